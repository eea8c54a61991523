import { t } from '../../core/i18n/index.js';
import { portfolioFilters } from '../components/portfolio-filters.js';
import { portfolioTable } from '../components/portfolio-table.js';
import type { MountedView } from '../components/view-frame.js';
import { mountView } from '../components/view-frame.js';
import type { PageContext, Page } from '../context.js';
import type { PortfolioAnswer } from '../contract.js';
import { h, replaceChildren } from '../dom.js';
import type { PortfolioFilter, SortKey } from '../portfolio-filter.js';
import { applyFilter, filterFromQuery, filterToQuery, firstDirection } from '../portfolio-filter.js';
import { accountHash, portfolioHash } from '../router.js';
import { showLoadFailed, showLoading } from './load-failed.js';

/**
 * The manager's portfolio: the matrix of key accounts and a table to sort and filter them. The
 * filter lives in the fragment (`#/portfolio?tier=A&owner=…`), so a filtered view can be linked.
 */
export function mountPortfolioPage(
  container: HTMLElement,
  ctx: PageContext,
  query: ReadonlyMap<string, string>,
): Page {
  const doc = container.ownerDocument;
  let answer: PortfolioAnswer | undefined;
  let filter: PortfolioFilter = filterFromQuery(query);
  let matrix: MountedView | undefined;
  let disposed = false;
  let loading = false;
  const results = h(doc, 'div', { class: 'results' });

  const load = async () => {
    showLoading(container, t('workspace.load.portfolio', ctx.lang()));
    loading = true;
    try {
      const loaded = await ctx.api.portfolio();
      if (disposed) return;
      answer = loaded;
      ctx.showTenant(loaded.tenant);
      render();
    } catch (error) {
      if (!disposed) showLoadFailed(container, ctx, error, () => void load());
    } finally {
      loading = false;
    }
  };

  const setFilter = (next: PortfolioFilter) => {
    filter = next;
    ctx.replaceHash(portfolioHash(filterToQuery(filter)));
    renderResults();
  };

  const sortBy = (key: SortKey) => {
    const direction =
      filter.sort === key ? (filter.direction === 'asc' ? 'desc' : 'asc') : firstDirection(key);
    setFilter({ ...filter, sort: key, direction });
    results.querySelector<HTMLButtonElement>(`button[data-sort="${key}"]`)?.focus();
  };

  function render() {
    if (!answer) return;
    const lang = ctx.lang();
    matrix?.dispose();
    const notes = [
      answer.truncated &&
        h(
          doc,
          'p',
          { class: 'note' },
          t('workspace.portfolio.truncated', lang, { count: answer.accounts.length }),
        ),
      answer.failures.length > 0 &&
        h(
          doc,
          'details',
          { class: 'note note--warning' },
          h(doc, 'summary', {}, t('workspace.portfolio.failures', lang, { count: answer.failures.length })),
          h(doc, 'ul', {}, ...answer.failures.map((f) => h(doc, 'li', {}, `${f.accountId}: ${f.reason}`))),
        ),
    ];
    const filters = portfolioFilters(doc, answer.accounts, answer.model, filter, lang, (narrowing) =>
      setFilter({ ...narrowing, sort: filter.sort, direction: filter.direction }),
    );
    replaceChildren(
      container,
      h(doc, 'h1', {}, t('workspace.portfolio.title', lang)),
      ...notes,
      filters,
      results,
    );
    renderResults();
  }

  function renderResults() {
    if (!answer) return;
    const current = answer;
    const lang = ctx.lang();
    const rows = applyFilter(current.accounts, filter, lang);
    const open = (id: string) => ctx.navigate(accountHash(id));
    const matrixBox = h(doc, 'div', { class: 'view portfolio-matrix', 'data-testid': 'portfolio-matrix' });
    const table =
      rows.length > 0
        ? h(
            doc,
            'div',
            { class: 'table-scroll' },
            portfolioTable(doc, rows, current.model, filter, lang, { onSort: sortBy, onOpen: open }),
          )
        : h(
            doc,
            'p',
            { class: 'placeholder' },
            t(
              current.accounts.length > 0 ? 'workspace.portfolio.noMatch' : 'workspace.portfolio.empty',
              lang,
            ),
          );
    matrix?.dispose();
    replaceChildren(
      results,
      h(
        doc,
        'p',
        { class: 'count', role: 'status' },
        t('workspace.portfolio.count', lang, { shown: rows.length, total: current.accounts.length }),
      ),
      h(
        doc,
        'section',
        { class: 'panel', 'aria-label': t('workspace.portfolio.matrix', lang) },
        h(doc, 'h2', {}, t('workspace.portfolio.matrix', lang)),
        matrixBox,
      ),
      table,
    );
    matrix = mountView(
      matrixBox,
      (svg, width) =>
        ctx.views.portfolio(svg, rows, current.model, {
          lang,
          onSelect: open,
          ...(width !== undefined ? { width } : {}),
        }),
      () => t('workspace.view.failed', ctx.lang()),
    );
  }

  void load();
  return {
    // Without data (it failed to load) the page asks again, so its sentences come in the new language.
    rerender: () => (answer ? render() : loading ? undefined : void load()),
    dispose() {
      disposed = true;
      matrix?.dispose();
    },
  };
}

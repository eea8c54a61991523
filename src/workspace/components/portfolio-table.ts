import type { Lang, MessageKey } from '../../core/i18n/index.js';
import { formatDate, formatMoney, formatNumber, t } from '../../core/i18n/index.js';
import type { PortfolioRow } from '../../core/portfolio.js';
import type { PortfolioAnswer } from '../contract.js';
import { button, h } from '../dom.js';
import type { PortfolioFilter, SortKey } from '../portfolio-filter.js';
import { SORT_KEYS } from '../portfolio-filter.js';
import { accountHash } from '../router.js';
import { changeMark } from './score-trend.js';
import { sparkline } from './sparkline.js';

const HEADER: Readonly<Record<SortKey, MessageKey>> = {
  name: 'workspace.portfolio.column.name',
  owner: 'workspace.portfolio.column.owner',
  tier: 'term.tier',
  score: 'term.score',
  trend: 'workspace.portfolio.column.trend',
  quadrant: 'term.quadrant',
  revenue: 'workspace.portfolio.column.revenue',
  gaps: 'workspace.portfolio.column.gaps',
  overdue: 'workspace.portfolio.column.overdue',
};

const NUMERIC: ReadonlySet<SortKey> = new Set(['score', 'trend', 'revenue', 'overdue']);

export interface PortfolioTableEvents {
  onSort(key: SortKey): void;
  onOpen(accountId: string): void;
}

/** The key accounts as a table: sortable by every column, each row opening its account. */
export function portfolioTable(
  doc: Document,
  rows: readonly PortfolioRow[],
  model: PortfolioAnswer['model'],
  filter: PortfolioFilter,
  lang: Lang,
  events: PortfolioTableEvents,
): HTMLTableElement {
  const headers = SORT_KEYS.map((key) => {
    const active = filter.sort === key;
    const arrow =
      active && h(doc, 'span', { 'aria-hidden': 'true' }, filter.direction === 'asc' ? ' ▲' : ' ▼');
    return h(
      doc,
      'th',
      {
        scope: 'col',
        class: NUMERIC.has(key) ? 'num' : undefined,
        'aria-sort': active ? (filter.direction === 'asc' ? 'ascending' : 'descending') : undefined,
      },
      button(doc, h(doc, 'span', {}, t(HEADER[key], lang), arrow), () => events.onSort(key), {
        class: 'sort',
        'data-sort': key,
      }),
    );
  });
  const body = h(doc, 'tbody', {}, ...rows.map((r) => rowOf(doc, r, model, lang, events)));
  return h(
    doc,
    'table',
    { class: 'table portfolio-table', 'data-testid': 'portfolio-table' },
    h(doc, 'caption', { class: 'visually-hidden' }, t('workspace.portfolio.caption', lang)),
    h(doc, 'thead', {}, h(doc, 'tr', {}, ...headers)),
    body,
  );
}

function rowOf(
  doc: Document,
  row: PortfolioRow,
  model: PortfolioAnswer['model'],
  lang: Lang,
  events: PortfolioTableEvents,
): HTMLTableRowElement {
  const link = h(doc, 'a', { href: accountHash(row.id) }, row.name);
  const place = [row.city, row.industry].filter(Boolean).join(' · ');
  const tr = h(
    doc,
    'tr',
    { 'data-account-id': row.id, class: 'clickable' },
    h(doc, 'th', { scope: 'row' }, link, place && h(doc, 'span', { class: 'sub' }, place)),
    h(doc, 'td', {}, row.ownerName ?? '–'),
    h(doc, 'td', {}, h(doc, 'span', { class: `tier tier--${row.tier}` }, row.tier)),
    h(doc, 'td', { class: 'num' }, h(doc, 'strong', {}, formatNumber(row.score, lang))),
    h(doc, 'td', { class: 'num' }, trendCell(doc, row, lang)),
    h(doc, 'td', {}, model.quadrants[row.quadrant].label[lang]),
    h(
      doc,
      'td',
      { class: 'num', title: t('workspace.portfolio.revenueYear', lang, { year: String(row.revenueYear) }) },
      formatMoney(row.revenue, lang, row.currency),
    ),
    gapCell(doc, row, lang),
    h(doc, 'td', { class: row.overdueActions > 0 ? 'num warn' : 'num' }, String(row.overdueActions)),
  );
  // The whole row opens the account; the name is the link for keyboards and screen readers.
  tr.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest('a')) return;
    events.onOpen(row.id);
  });
  return tr;
}

/** The score's course: a sparkline of the history and the change since its oldest point. */
function trendCell(doc: Document, row: PortfolioRow, lang: Lang): HTMLElement {
  const values = [...row.trend.map((p) => p.score), row.score];
  const oldest = row.trend[0];
  const line = sparkline(
    doc,
    values,
    t('workspace.portfolio.trend', lang, { scores: values.map((v) => formatNumber(v, lang)).join(', ') }),
  );
  const change =
    row.scoreChange !== undefined && oldest
      ? h(
          doc,
          'span',
          { title: t('workspace.portfolio.changeSince', lang, { date: formatDate(oldest.scoredAt, lang) }) },
          changeMark(doc, row.scoreChange, lang),
        )
      : undefined;
  return h(doc, 'span', { class: 'score-cell' }, line, change);
}

function gapCell(doc: Document, row: PortfolioRow, lang: Lang): HTMLTableCellElement {
  const { critical, warning } = row.gaps;
  const title = row.topGaps.map((g) => `• ${g.text[lang]}`).join('\n');
  const attrs = { class: 'gaps-cell', title: title || undefined };
  if (critical === 0 && warning === 0) return h(doc, 'td', attrs, '–');
  return h(
    doc,
    'td',
    attrs,
    critical > 0 &&
      h(
        doc,
        'span',
        { class: 'severity severity--critical' },
        t('workspace.gaps.critical', lang, { count: critical }),
      ),
    critical > 0 && warning > 0 && ' ',
    warning > 0 &&
      h(
        doc,
        'span',
        { class: 'severity severity--warning' },
        t('workspace.gaps.warning', lang, { count: warning }),
      ),
  );
}

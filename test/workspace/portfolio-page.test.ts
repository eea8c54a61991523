import { describe, expect, it } from '@jest/globals';
import { formatMoney } from '../../src/core/i18n/index.js';
import type { PortfolioAnswer } from '../../src/workspace/contract.js';
import { parseParams } from '../../src/workspace/params.js';
import { mountPortfolioPage } from '../../src/workspace/pages/portfolio.js';
import {
  demoRows,
  demoSnapshot,
  historyFor,
  makeDom,
  overTheWire,
  portfolioAnswer,
  settle,
} from './fixtures.js';
import { FakeService, testContext } from './page-kit.js';

async function openPortfolio(
  query = '',
  answer: PortfolioAnswer = portfolioAnswer(),
  lang: 'de' | 'en' = 'de',
) {
  const dom = makeDom();
  const container = dom.window.document.getElementById('app')!;
  const service = new FakeService(overTheWire(demoSnapshot('acc-classic')), answer);
  const ctx = testContext(service.api, lang);
  const page = mountPortfolioPage(container, ctx, parseParams(query));
  await settle();
  const rows = () =>
    [...container.querySelectorAll<HTMLTableRowElement>('[data-testid="portfolio-table"] tbody tr')].map(
      (tr) => tr.dataset.accountId!,
    );
  const header = (key: string) => container.querySelector<HTMLButtonElement>(`button[data-sort="${key}"]`)!;
  return { dom, container, ctx, page, rows, header, answer };
}

const byId = (answer: PortfolioAnswer) => new Map(answer.accounts.map((r) => [r.id, r]));

describe('portfolio page', () => {
  it('lists every key account, best score first, with the matrix drawn above', async () => {
    const { container, rows, answer, ctx } = await openPortfolio();
    const ids = rows();
    expect(ids).toHaveLength(answer.accounts.length);
    const scores = ids.map((id) => byId(answer).get(id)!.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(container.querySelector('th[aria-sort]')!.querySelector('button')!.dataset.sort).toBe('score');
    expect(container.querySelector('th[aria-sort]')!.getAttribute('aria-sort')).toBe('descending');
    const matrix = container.querySelector('[data-testid="portfolio-matrix"] svg')!;
    expect(matrix.getAttribute('data-drawn')).toBe(`portfolio:${answer.accounts.length}`);
    expect(ctx.views.draws.at(-1)!.options.lang).toBe('de');
  });

  it('shows quadrant, revenue and gaps of a row in the language', async () => {
    const { container, answer } = await openPortfolio('', portfolioAnswer(), 'en');
    const row = answer.accounts.find((r) => r.gaps.critical > 0 && r.gaps.warning > 0)!;
    const tr = container.querySelector(`tr[data-account-id="${row.id}"]`)!;
    const text = tr.textContent!;
    expect(text).toContain(answer.model.quadrants[row.quadrant].label.en);
    expect(text).toContain(formatMoney(row.revenue, 'en', row.currency));
    const gapCell = tr.querySelector('td.gaps-cell')!;
    expect(gapCell.textContent).toBe(`critical: ${row.gaps.critical} warnings: ${row.gaps.warning}`);
    expect(gapCell.getAttribute('title')).toContain(row.topGaps[0]!.text.en);
  });

  it('sorts by a clicked column, then the other way, and keeps the order in the fragment', async () => {
    const { rows, header, ctx, answer, container } = await openPortfolio();
    header('name').click();
    const names = rows().map((id) => byId(answer).get(id)!.name);
    expect(names).toEqual(
      [...names].sort(new Intl.Collator('de', { sensitivity: 'base', numeric: true }).compare),
    );
    expect(header('name').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(header('score').closest('th')!.hasAttribute('aria-sort')).toBe(false);
    expect(ctx.hashes.at(-1)).toBe('#/portfolio?sort=name&dir=asc');
    expect(container.ownerDocument.activeElement).toBe(header('name'));

    header('name').click();
    expect(rows().map((id) => byId(answer).get(id)!.name)).toEqual([...names].reverse());
    expect(header('name').closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(ctx.hashes.at(-1)).toBe('#/portfolio?sort=name&dir=desc');
  });

  it('filters by tier and text, redraws the matrix and links the view', async () => {
    const { dom, container, rows, ctx, answer } = await openPortfolio();
    const tier = container.querySelector<HTMLSelectElement>('select[name="tier"]')!;
    tier.value = 'A';
    tier.dispatchEvent(new dom.window.Event('change'));
    const tierA = answer.accounts.filter((r) => r.tier === 'A');
    expect(tierA.length).toBeGreaterThan(0);
    expect(rows().sort()).toEqual(tierA.map((r) => r.id).sort());
    expect(ctx.hashes.at(-1)).toBe('#/portfolio?tier=A');
    expect(container.querySelector('[data-testid="portfolio-matrix"] svg')!.getAttribute('data-drawn')).toBe(
      `portfolio:${tierA.length}`,
    );

    const search = container.querySelector<HTMLInputElement>('input[name="q"]')!;
    search.focus();
    search.value = tierA[0]!.name;
    search.dispatchEvent(new dom.window.Event('input'));
    expect(rows()).toEqual([tierA[0]!.id]);
    expect(parseParams(ctx.hashes.at(-1)!.split('?')[1]!).get('q')).toBe(tierA[0]!.name);
    // The filters stay in place while typing.
    expect(container.ownerDocument.activeElement).toBe(search);
    expect(container.querySelector('.count')!.textContent).toBe(
      `1 von ${answer.accounts.length} Key Accounts`,
    );
  });

  it('opens with the filter of a linked view', async () => {
    const { container, rows, answer } = await openPortfolio('tier=B&sort=revenue&dir=asc');
    expect(container.querySelector<HTMLSelectElement>('select[name="tier"]')!.value).toBe('B');
    const revenues = rows().map((id) => byId(answer).get(id)!.revenue);
    expect(rows().every((id) => byId(answer).get(id)!.tier === 'B')).toBe(true);
    expect(revenues).toEqual([...revenues].sort((a, b) => a - b));
  });

  it('says when nothing matches and resets the filters', async () => {
    const { container, rows, ctx, dom } = await openPortfolio('q=no-such-account-anywhere');
    expect(rows()).toEqual([]);
    expect(container.textContent).toContain('Kein Key Account passt zu diesen Filtern.');
    const reset = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Filter zurücksetzen',
    )!;
    reset.dispatchEvent(new dom.window.MouseEvent('click'));
    expect(rows().length).toBeGreaterThan(0);
    expect(ctx.hashes.at(-1)).toBe('#/portfolio');
  });

  it('opens an account from a row or from the matrix', async () => {
    const { container, ctx, rows } = await openPortfolio();
    const id = rows()[2]!;
    container.querySelector<HTMLElement>(`tr[data-account-id="${id}"] td`)!.click();
    expect(ctx.navigations).toEqual([`#/accounts/${id}`]);
    ctx.views.draws.at(-1)!.options.onSelect!('acc-event');
    expect(ctx.navigations.at(-1)).toBe('#/accounts/acc-event');
    expect(container.querySelector(`tr[data-account-id="${id}"] a`)!.getAttribute('href')).toBe(
      `#/accounts/${id}`,
    );
  });

  it('shows the trend of a score and its change', async () => {
    const rising = 'acc-classic';
    const accounts = demoRows((id) => (id === rising ? historyFor([10, 5]) : []));
    const { container } = await openPortfolio('', portfolioAnswer({ accounts }), 'en');
    const tr = container.querySelector(`tr[data-account-id="${rising}"]`)!;
    expect(tr.querySelector('svg.sparkline polyline')!.getAttribute('points')!.split(' ')).toHaveLength(3);
    expect(tr.querySelector('.change--up')).not.toBeNull();
    const other = container.querySelector('tr[data-account-id="acc-event"]')!;
    expect(other.querySelector('svg.sparkline')).toBeNull();
    expect(other.querySelector('.change')).toBeNull();
  });

  it('tells when the list is cut short or accounts failed to load', async () => {
    const answer = portfolioAnswer({
      truncated: true,
      failures: [{ accountId: '999', reason: 'CRM timeout' }],
    });
    const { container } = await openPortfolio('', answer, 'en');
    expect(container.textContent).toContain(`Showing the first ${answer.accounts.length} key accounts`);
    expect(container.querySelector('details')!.textContent).toContain('999: CRM timeout');
  });
});

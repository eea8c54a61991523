import type { Lang } from '../core/i18n/index.js';
import type { PortfolioRow } from '../core/portfolio.js';
import type { QuadrantId, Tier } from '../core/scoring/index.js';
import { isQuadrant, isTier, quadrantRank, tierRank } from './vocabulary.js';

export const SORT_KEYS = [
  'name',
  'owner',
  'tier',
  'score',
  'trend',
  'quadrant',
  'revenue',
  'gaps',
  'overdue',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** What the manager narrowed the portfolio to, and its order; kept in the route's query. */
export interface PortfolioFilter {
  readonly owner?: string;
  readonly tier?: Tier;
  readonly quadrant?: QuadrantId;
  readonly search?: string;
  readonly sort: SortKey;
  readonly direction: SortDirection;
}

/** Best first: the strongest score on top. */
export const DEFAULT_FILTER: PortfolioFilter = { sort: 'score', direction: 'desc' };

/** The direction a column sorts in when first chosen: numbers high first, names A first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'name' || key === 'owner' || key === 'tier' || key === 'quadrant' ? 'asc' : 'desc';
}

/** The filter a query describes; unknown or malformed values are left out. */
export function filterFromQuery(query: ReadonlyMap<string, string>): PortfolioFilter {
  const owner = query.get('owner')?.trim();
  const tier = query.get('tier');
  const quadrant = query.get('quadrant');
  const search = query.get('q')?.trim();
  const sortText = query.get('sort');
  const sort = (SORT_KEYS as readonly string[]).includes(sortText ?? '')
    ? (sortText as SortKey)
    : DEFAULT_FILTER.sort;
  const dirText = query.get('dir');
  const direction: SortDirection =
    dirText === 'asc' || dirText === 'desc'
      ? dirText
      : sortText === sort
        ? firstDirection(sort)
        : DEFAULT_FILTER.direction;
  return {
    ...(owner ? { owner } : {}),
    ...(isTier(tier) ? { tier } : {}),
    ...(isQuadrant(quadrant) ? { quadrant } : {}),
    ...(search ? { search } : {}),
    sort,
    direction,
  };
}

/** The query of a filter, defaults left out, in a stable order. */
export function filterToQuery(filter: PortfolioFilter): [string, string | undefined][] {
  const isDefaultSort = filter.sort === DEFAULT_FILTER.sort && filter.direction === DEFAULT_FILTER.direction;
  return [
    ['owner', filter.owner],
    ['tier', filter.tier],
    ['quadrant', filter.quadrant],
    ['q', filter.search],
    ['sort', isDefaultSort ? undefined : filter.sort],
    ['dir', isDefaultSort ? undefined : filter.direction],
  ];
}

/** Lower case without accents: "muller" finds "Müller", "koln" finds "Köln". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function matchesSearch(row: PortfolioRow, words: readonly string[]): boolean {
  const haystack = folded([row.name, row.ownerName, row.city, row.industry].filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}

/** The rows the filter keeps, in its order; ties keep name order, then id order. */
export function applyFilter(
  rows: readonly PortfolioRow[],
  filter: PortfolioFilter,
  lang: Lang,
): PortfolioRow[] {
  const words = filter.search ? folded(filter.search).split(/\s+/).filter(Boolean) : [];
  const kept = rows.filter(
    (r) =>
      (filter.owner === undefined || r.ownerName === filter.owner) &&
      (filter.tier === undefined || r.tier === filter.tier) &&
      (filter.quadrant === undefined || r.quadrant === filter.quadrant) &&
      matchesSearch(r, words),
  );
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byName = (a: PortfolioRow, b: PortfolioRow) =>
    collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const compare = comparator(filter.sort, collator);
  const sign = filter.direction === 'asc' ? 1 : -1;
  return kept.sort((a, b) => sign * compare(a, b) || byName(a, b));
}

function comparator(key: SortKey, collator: Intl.Collator): (a: PortfolioRow, b: PortfolioRow) => number {
  switch (key) {
    case 'name':
      return (a, b) => collator.compare(a.name, b.name);
    case 'owner':
      // An account without an owner sorts as an empty name.
      return (a, b) => collator.compare(a.ownerName ?? '', b.ownerName ?? '');
    case 'tier':
      return (a, b) => tierRank(a.tier) - tierRank(b.tier);
    case 'score':
      return (a, b) => a.score - b.score;
    case 'trend':
      // without history an account has not moved
      return (a, b) => (a.scoreChange ?? 0) - (b.scoreChange ?? 0);
    case 'quadrant':
      return (a, b) => quadrantRank(a.quadrant) - quadrantRank(b.quadrant);
    case 'revenue':
      return (a, b) => a.revenue - b.revenue;
    case 'gaps':
      return (a, b) => a.gaps.critical - b.gaps.critical || a.gaps.warning - b.gaps.warning;
    case 'overdue':
      return (a, b) => a.overdueActions - b.overdueActions;
  }
}

/** The owners to choose from, in alphabetical order. */
export function ownersOf(rows: readonly PortfolioRow[], lang: Lang): string[] {
  const names = new Set<string>();
  for (const r of rows) if (r.ownerName) names.add(r.ownerName);
  return [...names].sort(new Intl.Collator(lang).compare);
}

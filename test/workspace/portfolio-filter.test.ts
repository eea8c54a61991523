import { describe, expect, it } from '@jest/globals';
import { parseParams } from '../../src/workspace/params.js';
import type { PortfolioFilter } from '../../src/workspace/portfolio-filter.js';
import {
  applyFilter,
  DEFAULT_FILTER,
  filterFromQuery,
  filterToQuery,
  ownersOf,
} from '../../src/workspace/portfolio-filter.js';
import { accountHash, parseRoute, portfolioHash } from '../../src/workspace/router.js';
import { demoRows } from './fixtures.js';

const queryOf = (hash: string) => {
  const route = parseRoute(hash);
  if (route?.page !== 'portfolio') throw new Error(`not a portfolio route: ${hash}`);
  return route.query;
};

describe('routes', () => {
  it('reads the portfolio with its query and an account by id', () => {
    expect(parseRoute('#/portfolio')).toEqual({ page: 'portfolio', query: new Map() });
    expect(queryOf('#/portfolio?tier=A&owner=Eva%20Roth').get('owner')).toBe('Eva Roth');
    expect(parseRoute('#/accounts/acc-007')).toEqual({ page: 'account', accountId: 'acc-007' });
    expect(parseRoute(accountHash('a/b c'))).toEqual({ page: 'account', accountId: 'a/b c' });
  });

  it('knows no other page', () => {
    for (const hash of ['', '#', '#/', '#/accounts/', '#/accounts/1/2', '#/settings', '#link=x'])
      expect(parseRoute(hash)).toBeUndefined();
  });
});

describe('filters in the query', () => {
  it('survive the round trip through the fragment', () => {
    const filter: PortfolioFilter = {
      owner: 'Jürgen Groß & Söhne',
      tier: 'B',
      quadrant: 'develop',
      search: 'köln bau',
      sort: 'revenue',
      direction: 'asc',
    };
    const hash = portfolioHash(filterToQuery(filter));
    expect(hash.startsWith('#/portfolio?')).toBe(true);
    expect(filterFromQuery(queryOf(hash))).toEqual(filter);
  });

  it('leave the default order out of the link', () => {
    expect(portfolioHash(filterToQuery(DEFAULT_FILTER))).toBe('#/portfolio');
    expect(portfolioHash(filterToQuery({ ...DEFAULT_FILTER, tier: 'A' }))).toBe('#/portfolio?tier=A');
  });

  it('drop values that are not valid', () => {
    expect(filterFromQuery(parseParams('tier=D&quadrant=grow&sort=colour&dir=up&q=%20%20'))).toEqual(
      DEFAULT_FILTER,
    );
  });

  it('sort a column chosen without direction its natural way', () => {
    expect(filterFromQuery(parseParams('sort=name'))).toEqual({ sort: 'name', direction: 'asc' });
    expect(filterFromQuery(parseParams('sort=overdue'))).toEqual({ sort: 'overdue', direction: 'desc' });
  });
});

describe('applyFilter on the demo portfolio', () => {
  const rows = demoRows();

  it('sorts by score, best first, by default', () => {
    const sorted = applyFilter(rows, DEFAULT_FILTER, 'de');
    expect(sorted).toHaveLength(rows.length);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i - 1]!.score).toBeGreaterThanOrEqual(sorted[i]!.score);
  });

  it('sorts every column both ways', () => {
    const keyOf = {
      revenue: (r: (typeof rows)[number]) => r.revenue,
      overdue: (r: (typeof rows)[number]) => r.overdueActions,
      tier: (r: (typeof rows)[number]) => r.tier.charCodeAt(0),
    } as const;
    for (const [sort, key] of Object.entries(keyOf) as [
      keyof typeof keyOf,
      (r: (typeof rows)[number]) => number,
    ][]) {
      const up = applyFilter(rows, { sort, direction: 'asc' }, 'en').map(key);
      const down = applyFilter(rows, { sort, direction: 'desc' }, 'en').map(key);
      expect(up).toEqual([...up].sort((a, b) => a - b));
      expect(down).toEqual([...down].sort((a, b) => b - a));
    }
    const names = applyFilter(rows, { sort: 'name', direction: 'asc' }, 'de').map((r) => r.name);
    expect(names).toEqual(
      [...names].sort(new Intl.Collator('de', { sensitivity: 'base', numeric: true }).compare),
    );
  });

  it('sorts by trend: the biggest gain first, accounts without history as unmoved', () => {
    const moved = rows.map((r, i) => ({ ...r, scoreChange: i % 3 === 0 ? undefined : (i % 7) - 3 }));
    const change = (r: (typeof moved)[number]) => r.scoreChange ?? 0;
    const sorted = applyFilter(moved, filterFromQuery(parseParams('sort=trend')), 'de').map(change);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    expect(sorted[0]).toBe(3);
  });

  it('ranks critical gaps above warnings', () => {
    const sorted = applyFilter(rows, { sort: 'gaps', direction: 'desc' }, 'de');
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!.gaps, sorted[i]!.gaps];
      expect(a.critical > b.critical || (a.critical === b.critical && a.warning >= b.warning)).toBe(true);
    }
  });

  it('keeps only the rows of the chosen owner, tier and quadrant', () => {
    const owner = ownersOf(rows, 'de')[0]!;
    const tier = rows[0]!.tier;
    const quadrant = rows[0]!.quadrant;
    const kept = applyFilter(rows, { ...DEFAULT_FILTER, owner, tier, quadrant }, 'de');
    const expected = rows.filter((r) => r.ownerName === owner && r.tier === tier && r.quadrant === quadrant);
    expect(kept.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(applyFilter(rows, { ...DEFAULT_FILTER, tier: 'A' }, 'de').every((r) => r.tier === 'A')).toBe(true);
  });

  it('finds accounts by words of name, place, industry or owner, ignoring case and accents', () => {
    const classic = rows.find((r) => r.id === 'acc-classic')!;
    const word = classic.name.split(' ')[0]!;
    const found = applyFilter(rows, { ...DEFAULT_FILTER, search: word.toUpperCase() }, 'de');
    expect(found.map((r) => r.id)).toContain('acc-classic');
    expect(
      found.every((r) =>
        `${r.name} ${r.ownerName} ${r.city} ${r.industry}`.toUpperCase().includes(word.toUpperCase()),
      ),
    ).toBe(true);

    const withUmlaut = rows.find((r) => /[äöüÄÖÜ]/.test(`${r.name} ${r.city ?? ''}`));
    if (withUmlaut) {
      const text = `${withUmlaut.name} ${withUmlaut.city ?? ''}`;
      const token = text.split(/\s+/).find((w) => /[äöüÄÖÜ]/.test(w))!;
      const plain = token.normalize('NFD').replace(/\p{M}/gu, '');
      expect(applyFilter(rows, { ...DEFAULT_FILTER, search: plain }, 'de').map((r) => r.id)).toContain(
        withUmlaut.id,
      );
    }
    expect(applyFilter(rows, { ...DEFAULT_FILTER, search: `${word} zzzz-nowhere` }, 'de')).toEqual([]);
  });

  it('lists each owner once, in alphabetical order', () => {
    const owners = ownersOf(rows, 'de');
    expect(new Set(owners).size).toBe(owners.length);
    expect(owners.length).toBeGreaterThan(1);
    expect(owners).toEqual([...owners].sort(new Intl.Collator('de').compare));
  });
});

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  CLASSIC_CASE,
  EVENT_DRIVEN_CASE,
  generatePortfolio,
  portfolioLayout,
} from '../../../src/core/demo/index.js';
import type { ProfileKind } from '../../../src/core/demo/index.js';
import { AccountSnapshot } from '../../../src/core/model/index.js';
import { daysBetween, isoDay } from '../../../src/core/time.js';
import { dateProblems, largeRequests, lastThreeYears, structureProblems } from './invariants.js';

const now = new Date('2026-11-27T09:00:00Z');
const today = isoDay(now);
const portfolio = generatePortfolio({ now });
const profileOf = new Map(portfolioLayout().map((e) => [e.id, e.profile]));
const byProfile = (profile: ProfileKind) => portfolio.filter((s) => profileOf.get(s.account.id) === profile);
const find = (id: string) => portfolio.find((s) => s.account.id === id)!;

describe('generatePortfolio', () => {
  it('has 36 accounts by default and refuses fewer than 30', () => {
    expect(portfolio).toHaveLength(36);
    expect(generatePortfolio({ now, accounts: 30 })).toHaveLength(30);
    expect(() => generatePortfolio({ now, accounts: 29 })).toThrow(RangeError);
    expect(() => generatePortfolio({ now, accounts: 40.5 })).toThrow(RangeError);
  });

  it('produces snapshots that parse unchanged, defaults already applied, and survive JSON', () => {
    for (const s of portfolio) {
      expect(AccountSnapshot.parse(s)).toEqual(s);
      // Catches −0 and undefined values, which a JSON file or a CRM would not give back.
      expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    }
  });

  it('repeats itself for the same seed and differs for another', () => {
    expect(generatePortfolio({ now })).toEqual(portfolio);
    expect(generatePortfolio({ now, seed: 7 })).toEqual(generatePortfolio({ now, seed: '7' }));
    const other = generatePortfolio({ now, seed: 'another seed' });
    expect(other.map((s) => s.account.name)).not.toEqual(portfolio.map((s) => s.account.name));
    // The fixed cases keep their identity whatever the seed.
    expect(other.map((s) => s.account.id)).toEqual(portfolio.map((s) => s.account.id));
    expect(other[0]!.account.name).toBe('Brenner Hydraulik GmbH');
  });

  it('keeps the accounts of a smaller portfolio when it grows', () => {
    expect(generatePortfolio({ now, accounts: 30 })).toEqual(portfolio.slice(0, 30));
  });

  it('gives every record an id unique across the portfolio, and every company its own name', () => {
    const ids = portfolio.flatMap((s) => [
      s.account.id,
      ...s.contacts.map((c) => c.id),
      ...s.relationships.map((r) => r.id),
      ...s.deals.map((d) => d.id),
      ...s.actions.map((a) => a.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    const names = portfolio.map((s) => s.account.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps references inside each account and the org chart a single tree', () => {
    for (const s of portfolio) expect([s.account.id, ...structureProblems(s)]).toEqual([s.account.id]);
  });

  it('dates everything relative to now, with statuses that agree with it', () => {
    for (const s of portfolio) {
      const stale = profileOf.get(s.account.id) === 'stale';
      expect([s.account.id, ...dateProblems(s, now, stale)]).toEqual([s.account.id]);
    }
    // Some actions are overdue: still open although their due date has passed.
    const overdue = portfolio.flatMap((s) =>
      s.actions.filter((a) => (a.status === 'planned' || a.status === 'in_progress') && a.due < today),
    );
    expect(overdue.length).toBeGreaterThan(0);
    // The timeline reaches well into the next year.
    expect(portfolio.some((s) => s.actions.some((a) => daysBetween(today, a.due) > 365))).toBe(true);
  });

  it('knows 4–15 people per account, except single-threaded accounts with one', () => {
    for (const s of portfolio) {
      const single = profileOf.get(s.account.id) === 'single_threaded';
      if (single) expect(s.contacts).toHaveLength(1);
      else expect(s.contacts.length >= 4 && s.contacts.length <= 15).toBe(true);
      expect(s.contacts.filter((c) => c.roles.includes('decider')).length).toBeLessThanOrEqual(1);
    }
  });

  it('writes German contacts as German B2B customers do', () => {
    const dach = portfolio.filter((s) => ['DE', 'AT', 'CH'].includes(s.account.country!));
    const titles = dach.flatMap((s) => s.contacts.map((c) => c.jobTitle));
    expect(titles.some((t) => t === 'Geschäftsführer' || t === 'Geschäftsführerin')).toBe(true);
    const names = dach.flatMap((s) => s.contacts.map((c) => c.name));
    expect(names.some((n) => /[äöüß]/.test(n))).toBe(true);
    expect(names.some((n) => n.startsWith('Dr. '))).toBe(true);
    for (const s of portfolio) {
      for (const c of s.contacts) if (c.email) expect(c.email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.[a-z]{2}$/);
    }
  });

  it('gives most accounts a plan with goals for this year and the next two', () => {
    const planned = portfolio.filter((s) => s.plan);
    expect(planned.length / portfolio.length).toBeGreaterThanOrEqual(0.75);
    const year = now.getUTCFullYear();
    for (const s of planned) {
      if (profileOf.get(s.account.id) === 'stale') continue;
      expect(s.plan!.goals.map((g) => g.year)).toEqual([year, year + 1, year + 2]);
      expect(s.plan!.capacityHoursPerYear).toBeGreaterThan(0);
    }
  });
});

describe('the classic case (Maßnahmenplanung über die Zeitachse)', () => {
  it('bought exactly 25,000 EUR in each of the three full years, and the plan aims higher', () => {
    const classic = find(CLASSIC_CASE.id);
    expect(classic.account.name).toBe('Brenner Hydraulik GmbH');
    expect(lastThreeYears(classic, now)).toEqual([25_000, 25_000, 25_000]);
    const goals = classic.plan!.goals;
    expect(goals.map((g) => g.year)).toEqual([2026, 2027, 2028]);
    for (const g of goals) expect(g.targetRevenue).toBeGreaterThan(25_000);
  });

  it('stays the classic case for any seed and any now', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (seed, at) => {
          const classic = generatePortfolio({ seed, now: at, accounts: 30 })[0]!;
          expect(classic.account.id).toBe('acc-classic');
          expect(lastThreeYears(classic, at)).toEqual([25_000, 25_000, 25_000]);
          for (const g of classic.plan!.goals) expect(g.targetRevenue).toBeGreaterThan(25_000);
        },
      ),
      { numRuns: 10 },
    );
  });
});

describe('profiles the score and the analyses can tell apart', () => {
  it('has an event-driven candidate: a request at least five times last year’s revenue', () => {
    const candidate = find(EVENT_DRIVEN_CASE.id);
    expect(lastThreeYears(candidate, now)[2]).toBeGreaterThan(0);
    expect(largeRequests(candidate, now, 5)).toHaveLength(1);
    // No other account has a request even three times its revenue, so the flag stays meaningful.
    const flagged = portfolio.filter((s) => largeRequests(s, now, 3).length > 0).map((s) => s.account.id);
    expect(flagged).toEqual([EVENT_DRIVEN_CASE.id]);
  });

  it('grows the growing accounts and shrinks the declining ones', () => {
    for (const s of byProfile('growing')) {
      const [first, , last] = lastThreeYears(s, now);
      expect(last!).toBeGreaterThan(first! * 1.3);
    }
    for (const s of byProfile('declining')) {
      const [first, , last] = lastThreeYears(s, now);
      expect(last!).toBeLessThan(first! * 0.85);
    }
  });

  it('makes strong key accounts large, covered and supportive', () => {
    const strong = byProfile('strong');
    expect(strong.length).toBeGreaterThanOrEqual(5);
    for (const s of strong) {
      expect(lastThreeYears(s, now)[2]).toBeGreaterThanOrEqual(250_000);
      expect(s.account.stage).toBe('key_account');
      const decider = s.contacts.find((c) => c.roles.includes('decider'));
      expect(decider?.attitude).toBeGreaterThanOrEqual(1);
    }
  });

  it('sets a decider against us where the profile says so', () => {
    const against = byProfile('decider_against');
    expect(against.length).toBeGreaterThan(0);
    for (const s of against) {
      const decider = s.contacts.find((c) => c.roles.includes('decider'))!;
      expect(decider.attitude).toBeLessThan(0);
      expect(decider.influence).toBeGreaterThanOrEqual(4);
    }
  });

  it('leaves stale accounts untouched for months', () => {
    const stale = byProfile('stale');
    expect(stale.length).toBeGreaterThan(0);
    for (const s of stale) {
      expect(daysBetween(s.account.lastActivityAt!.slice(0, 10), today)).toBeGreaterThanOrEqual(300);
      for (const c of s.contacts)
        if (c.lastConfirmedAt) expect(daysBetween(c.lastConfirmedAt, today)).toBeGreaterThanOrEqual(500);
    }
  });

  it('has newcomers without history before last year', () => {
    for (const s of byProfile('newcomer')) {
      const [first, second, last] = lastThreeYears(s, now);
      expect([first, second]).toEqual([0, 0]);
      expect(last).toBeGreaterThan(0);
    }
  });
});

describe('any seed and any now', () => {
  it('always yields valid, consistent snapshots', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer()),
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (seed, at) => {
          const layout = new Map(portfolioLayout(30).map((e) => [e.id, e.profile]));
          for (const s of generatePortfolio({ seed, now: at, accounts: 30 })) {
            expect(AccountSnapshot.safeParse(s).success).toBe(true);
            expect(structureProblems(s)).toEqual([]);
            expect(dateProblems(s, at, layout.get(s.account.id) === 'stale')).toEqual([]);
          }
        },
      ),
      { numRuns: 8 },
    );
  });
});

import fc from 'fast-check';
import type { AccountSnapshot } from '../../src/core/model/index.js';
import {
  AccountSnapshot as AccountSnapshotSchema,
  ACTION_STATUSES,
  BUYING_ROLES,
  DEAL_STATUSES,
  HORIZONS,
  RELATIONSHIP_KINDS,
  SELECTION_RATINGS,
} from '../../src/core/model/index.js';

const day = fc
  .integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2028, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const rating = fc.integer({ min: 1, max: 5 });

/** Any valid snapshot: random sizes, random data, every optional field sometimes missing. */
export const snapshotArb: fc.Arbitrary<AccountSnapshot> = fc
  .record({
    contactCount: fc.integer({ min: 0, max: 8 }),
    ratings: fc.dictionary(fc.constantFrom(...SELECTION_RATINGS), rating),
    annualRevenue: fc.option(fc.integer({ min: 1_000_000, max: 5_000_000_000 }), { nil: undefined }),
    lastActivityAt: fc.option(day, { nil: undefined }),
    contacts: fc.array(
      fc.record({
        roles: fc.uniqueArray(fc.constantFrom(...BUYING_ROLES), { maxLength: 3 }),
        influence: fc.option(rating, { nil: undefined }),
        attitude: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
        lastConfirmedAt: fc.option(day, { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    relationships: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        kind: fc.constantFrom(...RELATIONSHIP_KINDS),
        strength: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 10 },
    ),
    potentials: fc.array(
      fc.record({
        horizon: fc.constantFrom(...HORIZONS),
        volumePerYear: fc.integer({ min: 0, max: 2_000_000 }),
        probability: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 5 },
    ),
    actions: fc.array(
      fc.record({
        start: day,
        days: fc.integer({ min: 0, max: 200 }),
        status: fc.constantFrom(...ACTION_STATUSES),
      }),
      { maxLength: 6 },
    ),
    deals: fc.array(
      fc.record({
        amount: fc.integer({ min: 0, max: 3_000_000 }),
        margin: fc.option(fc.double({ min: 0, max: 0.6, noNaN: true }), { nil: undefined }),
        status: fc.constantFrom(...DEAL_STATUSES),
        closeDate: day,
        probability: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 10 },
    ),
    categorySpend: fc.option(fc.integer({ min: 1, max: 5_000_000 }), { nil: undefined }),
  })
  .map((r) => {
    const contacts = r.contacts.map((c, i) => ({ id: `c${i}`, name: `Kontakt ${i}`, ...c }));
    const relationships =
      contacts.length < 2
        ? []
        : r.relationships
            .map((x, i) => ({
              id: `r${i}`,
              fromId: `c${x.from % contacts.length}`,
              toId: `c${x.to % contacts.length}`,
              kind: x.kind,
              strength: x.strength,
            }))
            .filter((x) => x.fromId !== x.toId);
    return AccountSnapshotSchema.parse({
      account: {
        id: 'acc-prop',
        name: 'Eigenschaft GmbH',
        ratings: r.ratings,
        annualRevenue: r.annualRevenue,
        lastActivityAt: r.lastActivityAt ? `${r.lastActivityAt}T10:00:00Z` : undefined,
        categorySpendPerYear: r.categorySpend,
      },
      contacts,
      relationships,
      potentials: r.potentials.map((p, i) => ({ id: `p${i}`, productLine: `Linie ${i}`, ...p })),
      actions: r.actions.map((a, i) => {
        const due = new Date(Date.parse(a.start) + a.days * 86_400_000).toISOString().slice(0, 10);
        return {
          id: `a${i}`,
          title: `Maßnahme ${i}`,
          start: a.start,
          due,
          status: a.status,
          completedOn: a.status === 'done' ? due : undefined,
        };
      }),
      deals: r.deals.map((d, i) => ({
        id: `d${i}`,
        name: `Auftrag ${i}`,
        amount: d.amount,
        contributionMargin: d.margin === undefined ? undefined : d.amount * d.margin,
        status: d.status,
        closeDate: d.closeDate,
        probability: d.probability,
      })),
    });
  });

/** The same snapshot with every list in another order. */
export function shuffled(s: AccountSnapshot, seed: number): AccountSnapshot {
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    let x = seed || 1;
    for (let i = out.length - 1; i > 0; i--) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const j = x % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    ...s,
    contacts: shuffle(s.contacts).map((c) => ({ ...c, roles: shuffle(c.roles) })),
    relationships: shuffle(s.relationships),
    valueChain: shuffle(s.valueChain),
    potentials: shuffle(s.potentials),
    actions: shuffle(s.actions),
    deals: shuffle(s.deals),
    plan: s.plan ? { ...s.plan, goals: shuffle(s.plan.goals) } : undefined,
  };
}

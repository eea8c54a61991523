import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { AccountSnapshot } from '../../../../src/core/model/index.js';
import { AccountSnapshot as AccountSnapshotSchema } from '../../../../src/core/model/index.js';
import { generatePortfolio } from '../../../../src/core/demo/index.js';
import {
  accountSnapshotFromRecord,
  accountSnapshotQuery,
  snapshotToCrmPlan,
} from '../../../../src/crm/salesforce/mapping/index.js';
import { snapshotArb } from '../../../core/arbitraries.js';
import { crmView } from './crm-view.js';
import { FakeOrg } from './fake-org.js';

const NOW = new Date('2026-11-27T09:00:00Z');

/** Core → write plan → org → snapshot SOQL → core. */
function roundTrip(snapshot: AccountSnapshot): { back: AccountSnapshot; org: FakeOrg } {
  const org = new FakeOrg();
  org.apply(snapshotToCrmPlan(snapshot));
  const queries = accountSnapshotQuery([org.idOf(`Account/${snapshot.account.id}`)!]);
  expect(queries).toHaveLength(1);
  const records = org.query(queries[0]!);
  expect(records).toHaveLength(1);
  return { back: accountSnapshotFromRecord(records[0]!), org };
}

/** Snapshots with what the plain arbitrary leaves out: titled names, long titles, decimals, plans. */
const edgyArb: fc.Arbitrary<AccountSnapshot> = fc
  .record({
    base: snapshotArb,
    names: fc.array(
      fc.constantFrom(
        'Dr. Anna von der Heide',
        'Prof. Dr. Klaus  Meier',
        'Madonna',
        'Jean-Luc de la Tour',
        'Ömer Yılmaz',
      ),
      { minLength: 8, maxLength: 8 },
    ),
    titles: fc.array(fc.string({ minLength: 1, maxLength: 120 }), { minLength: 6, maxLength: 6 }),
    hours: fc.double({ min: 0, max: 9999, noNaN: true }),
    years: fc.uniqueArray(fc.integer({ min: 2024, max: 2030 }), { maxLength: 3 }),
    owner: fc.option(fc.constantFrom('Julia Hoffmann', 'Ben Krüger'), { nil: undefined }),
  })
  .map(({ base, names, titles, hours, years, owner }) =>
    AccountSnapshotSchema.parse({
      ...base,
      account: { ...base.account, ownerName: owner, employees: 120, city: 'Würzburg', country: 'DE' },
      contacts: base.contacts.map((c, i) => ({ ...c, name: names[i % names.length] })),
      actions: base.actions.map((a, i) => ({
        ...a,
        title: titles[i]!.trim() || 'x',
        ownerName: owner,
        effortHours: hours,
      })),
      plan: {
        id: 'plan',
        ownerName: owner,
        capacityHoursPerYear: hours,
        strategy: 'Wachsen',
        goals: years.map((year) => ({
          year,
          targetRevenue: 25_000 + year,
          note: year % 2 ? 'Ziel' : undefined,
        })),
      },
    }),
  );

describe('Salesforce round trip: core → Salesforce → core', () => {
  const portfolio = generatePortfolio({ now: NOW });

  it.each(portfolio.map((s) => [s.account.id, s] as const))('keeps demo account %s', (_id, snapshot) => {
    const { back, org } = roundTrip(snapshot);
    expect(back).toEqual(crmView(snapshot, org.idOf));
  });

  it('keeps generated snapshots, up to what Salesforce cannot hold', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const { back, org } = roundTrip(snapshot);
        expect(back).toEqual(crmView(snapshot, org.idOf));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps names, owners, plans and cut titles of edgier snapshots', () => {
    fc.assert(
      fc.property(edgyArb, (snapshot) => {
        const { back, org } = roundTrip(snapshot);
        expect(back).toEqual(crmView(snapshot, org.idOf));
      }),
      { numRuns: 150 },
    );
  });

  it('loses exactly what the README lists, no more', () => {
    const demo = portfolio.find((s) => s.account.id === 'acc-001')!;
    const longTitle = `${'Werksbesichtigung mit der Technischen Leitung und dem Einkauf, '.repeat(2)}Teil 2`;
    const snapshot = AccountSnapshotSchema.parse({
      ...demo,
      actions: [{ ...demo.actions[0]!, title: longTitle }],
      deals: [{ ...demo.deals[0]!, probability: 0.123, contributionMargin: 1000.005 }],
      plan: { ...demo.plan!, capacityHoursPerYear: 350.25 },
    });
    const { back } = roundTrip(snapshot);
    // Action title: the record name holds 80 characters; cut with an ellipsis.
    expect(back.actions[0]!.title).toHaveLength(80);
    expect(back.actions[0]!.title).toBe(`${longTitle.slice(0, 79)}…`);
    // Whole percent, cents, tenths of an hour.
    expect(back.deals[0]!.probability).toBe(0.12);
    expect(back.plan!.capacityHoursPerYear).toBe(350.3);
    // A Date holds no time: the last activity comes back at midnight UTC.
    expect(demo.account.lastActivityAt).toBe('2026-11-18T09:23:00Z');
    expect(back.account.lastActivityAt).toBe('2026-11-18T00:00:00Z');
    // A won deal's stage label becomes the stage's API value.
    expect(demo.deals[0]!.stage).toBe('Abgeschlossen – gewonnen');
    expect(back.deals[0]!.stage).toBe('Closed Won');
    // Owners come back through the User lookups.
    expect(back.account.ownerName).toBe(demo.account.ownerName);
    expect(back.plan!.ownerName).toBe(demo.plan!.ownerName);
  });

  it('keeps both kinds of reporting line: ReportsToId and reports_to relationships', () => {
    const demo = portfolio.find((s) => s.account.id === 'acc-001')!;
    const { back } = roundTrip(demo);
    expect(back.contacts.filter((c) => c.reportsToId !== undefined)).toHaveLength(
      demo.contacts.filter((c) => c.reportsToId !== undefined).length,
    );
    expect(back.relationships.filter((r) => r.kind === 'reports_to')).toHaveLength(
      demo.relationships.filter((r) => r.kind === 'reports_to').length,
    );
  });
});

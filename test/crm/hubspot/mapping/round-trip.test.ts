import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { generatePortfolio, generateSnapshots } from '../../../../src/core/demo/index.js';
import type { AccountSnapshot } from '../../../../src/core/model/index.js';
import {
  HubSpotLookups,
  snapshotFromCrm,
  snapshotToCrmPlan,
} from '../../../../src/crm/hubspot/mapping/index.js';
import { snapshotArb } from '../../../core/arbitraries.js';
import { edgySnapshotArb } from './arbitraries.js';
import { canonical, sorted, withCoreIds } from './canonical.js';
import { accountRecords, lookupsFor, seedPortal } from './fake-portal.js';

const NOW = new Date('2026-11-27T09:00:00Z');

/** Snapshot → write plan → fake HubSpot → read → snapshot with core ids again. */
function roundTrip(snapshots: readonly AccountSnapshot[], lookups: HubSpotLookups): AccountSnapshot[] {
  const portal = seedPortal(snapshots.map((s) => snapshotToCrmPlan(s, { lookups })));
  return snapshots.map((s) => {
    const companyId = portal.ids.get(`${s.account.id}/company`)!;
    const read = snapshotFromCrm(accountRecords(portal, companyId), lookups);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    return withCoreIds(read.snapshot, portal.coreIds);
  });
}

function expectRoundTrip(snapshots: readonly AccountSnapshot[]): void {
  const lookups = new HubSpotLookups(lookupsFor(snapshots));
  const back = roundTrip(snapshots, lookups);
  snapshots.forEach((s, i) => expect(sorted(back[i]!)).toEqual(sorted(canonical(s, lookups))));
}

describe('HubSpot round trip', () => {
  const portfolio = generatePortfolio({ now: NOW });

  it('gives the demo portfolio back, losing only the department', () => {
    expectRoundTrip(portfolio);
    // In the demo every reports-to line and every tie survives: only departments are lost.
    const lookups = new HubSpotLookups(lookupsFor(portfolio));
    const back = roundTrip(portfolio, lookups);
    portfolio.forEach((s, i) => {
      const withoutDepartments = { ...s, contacts: s.contacts.map((c) => ({ ...c, department: undefined })) };
      expect(sorted(back[i]!)).toEqual(sorted(withoutDepartments));
    });
  });

  it('holds for generated benchmark snapshots', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (seed, ms) => {
          expectRoundTrip(generateSnapshots(2, { seed, now: new Date(ms) }));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('holds for any valid snapshot', () => {
    fc.assert(
      fc.property(snapshotArb, (s) => expectRoundTrip([s])),
      { numRuns: 150 },
    );
  });

  it('without portal lookups: industry and account owner are not written, the plan and action owners survive as text', () => {
    const lookups = new HubSpotLookups();
    const [s] = portfolio;
    const [back] = roundTrip([s!], lookups);
    expect(back!.account.industry).toBeUndefined();
    expect(back!.account.ownerName).toBeUndefined();
    expect(back!.plan?.ownerName).toBe(s!.plan?.ownerName);
    expect(back!.actions.map((a) => a.ownerName).sort()).toEqual(s!.actions.map((a) => a.ownerName).sort());
    expect(sorted(back!)).toEqual(sorted(canonical(s!, lookups)));
  });
});

describe('HubSpot round trip at the edges', () => {
  it('keeps reports-to fields, names, plans, tiny numbers and offset datetimes', () => {
    fc.assert(
      fc.property(edgySnapshotArb, (s) => expectRoundTrip([s])),
      { numRuns: 200 },
    );
  });
});

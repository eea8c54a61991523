import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Connection } from 'jsforce';
import { generatePortfolio } from '../../../src/core/demo/index.js';
import type { AccountSnapshot } from '../../../src/core/model/index.js';
import type { SfRecord } from '../../../src/crm/salesforce/mapping/index.js';
import {
  accountSnapshotFromRecord,
  accountSnapshotQuery,
} from '../../../src/crm/salesforce/mapping/index.js';
import type { SideSeedResult } from '../../../src/sandbox/seed/types.js';
import { crmView } from '../../crm/salesforce/mapping/crm-view.js';
import type { SalesforceHarness } from './harness.js';
import { startSalesforce } from './harness.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const portfolio = generatePortfolio({ now: NOW });

/** Child lists jsforce left unfinished (`done: false`) completed with queryMore, as an adapter must. */
async function completeChildren(conn: Connection, record: Record<string, unknown>): Promise<void> {
  for (const value of Object.values(record)) {
    const child = value as { done?: boolean; nextRecordsUrl?: string; records?: unknown[] } | null;
    if (!child || typeof child !== 'object' || !Array.isArray(child.records)) continue;
    while (child.done === false && child.nextRecordsUrl) {
      const more = await conn.queryMore(child.nextRecordsUrl);
      child.records.push(...more.records);
      child.done = more.done;
      child.nextRecordsUrl = more.nextRecordsUrl;
    }
  }
}

/** The seeded accounts, read with the mapping's snapshot SOQL through jsforce. */
async function readBack(conn: Connection, seeded: SideSeedResult): Promise<AccountSnapshot[]> {
  const ids = portfolio.map((s) => seeded.accounts[s.account.id]!);
  const byId = new Map<string, AccountSnapshot>();
  for (const soql of accountSnapshotQuery(ids)) {
    const result = await conn.query<Record<string, unknown>>(soql, { autoFetch: true, maxFetch: 10_000 });
    for (const record of result.records) {
      await completeChildren(conn, record);
      const snapshot = accountSnapshotFromRecord(record as unknown as SfRecord);
      byId.set(snapshot.account.id, snapshot);
    }
  }
  return ids.map((id) => byId.get(id)!);
}

describe('seeding the demo portfolio into the Salesforce side', () => {
  let sf: SalesforceHarness;
  let seeded: SideSeedResult;
  const idOf = (key: string) => seeded.ids.get(key);

  beforeAll(async () => {
    sf = await startSalesforce();
    const report = await sf.sandbox.seed({ portfolio: 'demo', now: NOW.toISOString() });
    seeded = report.sides.salesforce!;
  });
  afterAll(() => sf.stop());

  it('creates users for the owners and every record of the write plans, quickly', () => {
    expect(seeded.created.Account).toBe(36);
    expect(seeded.created.Contact).toBe(portfolio.reduce((n, s) => n + s.contacts.length, 0));
    expect(seeded.created.Opportunity).toBe(portfolio.reduce((n, s) => n + s.deals.length, 0));
    expect(seeded.created.Task).toBe(portfolio.filter((s) => s.account.lastActivityAt).length);
    expect(seeded.created.User).toBeGreaterThan(0);
    expect(seeded.ms).toBeLessThan(3000);
  });

  it('jsforce reads the snapshots back, up to what Salesforce cannot hold', async () => {
    const back = await readBack(sf.connect(), seeded);
    portfolio.forEach((s, i) => expect(back[i]).toEqual(crmView(s, idOf)));
  });

  it('derives LastActivityDate from the completed task and names owners through Owner.Name', async () => {
    const conn = sf.connect();
    const classic = portfolio[0]!;
    const id = seeded.accounts[classic.account.id]!;
    const [account] = (
      await conn.query<{ LastActivityDate: string; Owner: { Name: string } }>(
        `SELECT LastActivityDate, Owner.Name FROM Account WHERE Id = '${id}'`,
      )
    ).records;
    expect(account!.LastActivityDate).toBe(classic.account.lastActivityAt!.slice(0, 10));
    expect(account!.Owner.Name).toBe(classic.account.ownerName);
    const tasks = await conn.query<{ Status: string; IsClosed: boolean; AccountId: string }>(
      `SELECT Status, IsClosed, AccountId FROM Task WHERE WhatId = '${id}'`,
    );
    expect(tasks.records).toEqual([
      expect.objectContaining({ Status: 'Completed', IsClosed: true, AccountId: id }),
    ]);
  });

  it('keeps LastActivityDate in step with tasks written through the API', async () => {
    const conn = sf.connect();
    const id = seeded.accounts[portfolio[1]!.account.id]!;
    const created = await conn.sobject('Task').create({
      Subject: 'Call',
      ActivityDate: '2027-01-05',
      Status: 'Not Started',
      WhatId: id,
    });
    const lastActivity = async () =>
      (
        await conn.query<{ LastActivityDate: string | null }>(
          `SELECT LastActivityDate FROM Account WHERE Id = '${id}'`,
        )
      ).records[0]!.LastActivityDate;
    const before = await lastActivity();
    expect(before).not.toBe('2027-01-05');
    await conn.sobject('Task').update({ Id: created.id!, Status: 'Completed' });
    expect(await lastActivity()).toBe('2027-01-05');
    await conn.sobject('Task').destroy(created.id!);
    expect(await lastActivity()).toBe(before);
  });

  it('after a reset, seeding again gives the same data', async () => {
    sf.sandbox.reset();
    const again = (await sf.sandbox.seed({ portfolio: 'demo', now: NOW.toISOString() })).sides.salesforce!;
    expect(again.created).toEqual(seeded.created);
    const back = await readBack(sf.connect(), again);
    portfolio.forEach((s, i) => expect(back[i]).toEqual(crmView(s, (key) => again.ids.get(key))));
    seeded = again;
  });

  it('refuses to seed a side that holds accounts', async () => {
    await expect(sf.sandbox.seed({ portfolio: 'demo' })).rejects.toThrow(/reset/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crmView } from '../../salesforce/mapping/crm-view.js';
import type { SeededOrg } from './setup.js';
import { collect, portfolio, seededOrg } from './setup.js';

describe('Salesforce adapter: loading the seeded demo', () => {
  let org: SeededOrg;
  beforeAll(async () => {
    org = await seededOrg();
  });
  afterAll(() => org.sf.stop());

  it('lists every key account and loads snapshots equal to the seeded demo (up to the documented losses)', async () => {
    const adapter = org.adapter();
    const ids = await collect(adapter.listAccounts());
    const expectedIds = portfolio.map((s) => org.seeded.accounts[s.account.id]!);
    expect([...ids].sort()).toEqual([...expectedIds].sort());

    await org.resetStats();
    const batch = await adapter.loadSnapshots(expectedIds);
    expect(batch.failures).toEqual([]);
    portfolio.forEach((s, i) =>
      expect(batch.snapshots[i]).toEqual(crmView(s, (key) => org.seeded.ids.get(key))),
    );
    // one query for 36 accounts (≤ 200 per query), no call per record
    const calls = await org.calls();
    expect(calls.total).toBe(Math.ceil(expectedIds.length / 200));
    expect(adapter.usage().calls).toBe(1 + 1); // list + load
  });

  it('fails unknown and malformed ids one by one, loading the rest', async () => {
    const adapter = org.adapter();
    const good = org.seeded.accounts[portfolio[0]!.account.id]!;
    const unknown = '001000000000000AAA';
    const batch = await adapter.loadSnapshots([good, 'acc-007', unknown]);
    expect(batch.snapshots.map((s) => s.account.id)).toEqual([good]);
    expect(batch.failures).toEqual([
      { accountId: 'acc-007', reason: expect.stringMatching(/not a Salesforce account id/) },
      { accountId: unknown, reason: expect.stringMatching(/not found/) },
    ]);
  });

  it('a bad record fails its own account only, with the field named', async () => {
    const adapter = org.adapter();
    const conn = org.sf.connect();
    const victim = portfolio[1]!;
    // a relationship pointing at a contact of another account
    const relationship = victim.relationships[0]!;
    const relationshipId = org.seeded.ids.get(`KAM_Relationship__c/${relationship.id}`)!;
    const stranger = org.seeded.ids.get(`Contact/${portfolio[0]!.contacts[0]!.id}`)!;
    await conn.sobject('KAM_Relationship__c').update({ Id: relationshipId, To_Contact__c: stranger });
    const ids = portfolio.slice(0, 3).map((s) => org.seeded.accounts[s.account.id]!);
    const batch = await adapter.loadSnapshots(ids);
    expect(batch.snapshots).toHaveLength(2);
    expect(batch.failures).toEqual([
      { accountId: ids[1], reason: expect.stringContaining(`To_Contact__c: unknown contact "${stranger}"`) },
    ]);
    const original = org.seeded.ids.get(`Contact/${relationship.toId}`)!;
    await conn.sobject('KAM_Relationship__c').update({ Id: relationshipId, To_Contact__c: original });
  });

  it('reports accounts changed since a checkpoint, through the account or its children, each once', async () => {
    const adapter = org.adapter();
    const conn = org.sf.connect();
    // checkpoints are whole seconds (SOQL DateTime): start in a second after the seeding
    await new Promise((r) => setTimeout(r, 1010 - (Date.now() % 1000)));
    const checkpoint = new Date().toISOString();
    expect(await collect(adapter.changedSince(new Date(Date.now() + 60_000).toISOString()))).toEqual([]);
    const a = portfolio[2]!;
    const b = portfolio[3]!;
    const accountA = org.seeded.accounts[a.account.id]!;
    const accountB = org.seeded.accounts[b.account.id]!;
    await conn.sobject('Account').update({ Id: accountA, BillingCity: 'Linz' });
    await conn
      .sobject('KAM_Action__c')
      .update({ Id: org.seeded.ids.get(`KAM_Action__c/${a.actions[0]!.id}`)!, Goal__c: 'x' });
    await conn
      .sobject('Contact')
      .update({ Id: org.seeded.ids.get(`Contact/${b.contacts[0]!.id}`)!, Title: 'CPO' });
    const changed = await collect(adapter.changedSince(checkpoint));
    expect([...changed].sort()).toEqual([accountA, accountB].sort());
  });
});

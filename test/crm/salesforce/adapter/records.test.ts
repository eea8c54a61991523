import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Action, Contact, Relationship } from '../../../../src/core/model/index.js';
import type { SeededOrg } from './setup.js';
import { portfolio, seededOrg } from './setup.js';

describe('Salesforce adapter: KAM records', () => {
  let org: SeededOrg;
  let accountId: string;
  beforeAll(async () => {
    org = await seededOrg();
    accountId = org.seeded.accounts[portfolio[0]!.account.id]!;
  });
  afterAll(() => org.sf.stop());

  const load = async () => (await org.adapter().loadSnapshots([accountId])).snapshots[0]!;

  it('creates, updates and deletes an action', async () => {
    const adapter = org.adapter();
    const draft: Action = {
      id: 'new-action-1',
      title: 'Workshop on the 2027 frame contract',
      start: '2026-12-01',
      due: '2026-12-15',
      status: 'planned',
      kind: 'workshop',
      effortHours: 6.25,
    } as Action;
    const created = await adapter.saveRecord(accountId, 'action', draft);
    expect(created.id).toMatch(/^[a-zA-Z0-9]{18}$/);
    expect(created).toMatchObject({ title: draft.title, status: 'planned', effortHours: 6.3 });
    expect((await load()).actions.map((a) => a.id)).toContain(created.id);

    const updated = await adapter.saveRecord(accountId, 'action', {
      ...created,
      status: 'done',
      completedOn: '2026-12-10',
    });
    expect(updated).toMatchObject({ id: created.id, status: 'done', completedOn: '2026-12-10' });

    await adapter.deleteRecord(accountId, 'action', created.id);
    expect((await load()).actions.map((a) => a.id)).not.toContain(created.id);
  });

  it('saves a KAM record on an account that is not a key account, as on any other', async () => {
    const adapter = org.adapter();
    const conn = org.sf.connect();
    const other = await conn
      .sobject('Account')
      .create({ Name: 'Noch kein Key Account AG', KAM_Is_Key_Account__c: false });
    if (!other.success) throw new Error('could not create the account');
    const draft = {
      id: 'new-action-2',
      title: 'Erstgespräch',
      start: '2026-12-01',
      due: '2026-12-05',
      status: 'planned',
      kind: 'meeting',
    } as Action;
    const created = await adapter.saveRecord(other.id, 'action', draft);
    expect(created).toMatchObject({ title: 'Erstgespräch', status: 'planned' });
    expect(created.id).not.toBe('new-action-2');
    // a load still reports it as not a key account, with nothing loaded
    expect(await adapter.loadSnapshots([other.id])).toEqual({
      snapshots: [],
      notKeyAccounts: [other.id],
      failures: [],
    });
  });

  it('creates a relationship between two contacts and rejects one that fails the core schema', async () => {
    const adapter = org.adapter();
    const [a, b] = (await load()).contacts;
    const rel = { id: 'new-rel', fromId: a!.id, toId: b!.id, kind: 'trusts', strength: 2 } as Relationship;
    const created = await adapter.saveRecord(accountId, 'relationship', rel);
    expect(created).toMatchObject({ fromId: a!.id, toId: b!.id, kind: 'trusts', strength: 2 });
    await expect(adapter.saveRecord(accountId, 'relationship', { ...rel, strength: 99 })).rejects.toThrow();
    await adapter.deleteRecord(accountId, 'relationship', created.id);
  });

  it('updates a contact’s buying-center fields only', async () => {
    const adapter = org.adapter();
    const before = (await load()).contacts[0]!;
    const edited: Contact = {
      ...before,
      roles: ['decider', 'user'],
      influence: 5,
      attitude: -1,
      name: 'Someone Else',
    } as Contact;
    const saved = await adapter.saveRecord(accountId, 'contact', edited);
    expect(saved).toMatchObject({ id: before.id, roles: ['user', 'decider'], influence: 5, attitude: -1 });
    expect(saved.name).toBe(before.name);
  });

  it('saves the plan as one record per year, dropping years no longer planned', async () => {
    const adapter = org.adapter();
    const plan = (await load()).plan!;
    const goals = [
      { year: 2027, targetRevenue: 1_000_000 },
      { year: 2028, targetRevenue: 1_250_000.5 },
    ];
    const saved = await adapter.saveRecord(accountId, 'plan', { ...plan, goals, capacityHoursPerYear: 120 });
    expect(saved.goals).toEqual(goals.map((g) => expect.objectContaining(g)));
    expect(saved.capacityHoursPerYear).toBe(120);
    const conn = org.sf.connect();
    const years = await conn.query<{ Year__c: number }>(
      `SELECT Year__c FROM KAM_Account_Plan__c WHERE Account__c = '${accountId}' ORDER BY Year__c`,
    );
    expect(years.records.map((r) => r.Year__c)).toEqual([2027, 2028]);
  });
});

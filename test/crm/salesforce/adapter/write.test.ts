import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_MODEL, score } from '../../../../src/core/scoring/index.js';
import type { ScoreWrite } from '../../../../src/crm/port.js';
import { scoreResultToCrm } from '../../../../src/crm/salesforce/mapping/index.js';
import type { SeededOrg } from './setup.js';
import { collect, NOW, portfolio, seededOrg } from './setup.js';

describe('Salesforce adapter: writing scores', () => {
  let org: SeededOrg;
  let ids: string[];
  beforeAll(async () => {
    org = await seededOrg();
    ids = portfolio.map((s) => org.seeded.accounts[s.account.id]!);
  });
  afterAll(() => org.sf.stop());

  const scoreAll = async (adapter: ReturnType<SeededOrg['adapter']>, accountIds: readonly string[]) => {
    const batch = await adapter.loadSnapshots(accountIds);
    return batch.snapshots.map((s): ScoreWrite => ({
      accountId: s.account.id,
      result: score(s, DEFAULT_MODEL, NOW),
    }));
  };

  it('writes changed outputs in one collection call, visible through SOQL; a repeat sends nothing', async () => {
    const adapter = org.adapter();
    await org.resetStats();
    const listed = await collect(adapter.listAccounts());
    const writes = await scoreAll(adapter, listed);
    const summary = await adapter.writeScores(writes, 'en');
    expect(summary).toEqual({ written: ids.length, unchanged: 0, failures: [] });

    const stats = await org.calls();
    // list (1 page) + ceil(36/200) snapshot queries + ceil(36/200) collection writes
    const lowerBound = 1 + Math.ceil(ids.length / 200) + Math.ceil(ids.length / 200);
    expect(stats.total).toBe(lowerBound);
    expect(stats.byRoute['PATCH /services/data/:version/composite/sobjects']).toBe(1);
    expect(adapter.usage()).toEqual({ calls: lowerBound, retries: 0, rateLimited: 0 });

    const conn = org.sf.connect();
    const first = writes[0]!;
    const expected = scoreResultToCrm(first.result, 'en');
    const [stored] = (
      await conn.query<Record<string, unknown>>(
        `SELECT KAM_Score__c, KAM_Tier__c, KAM_Quadrant__c, KAM_Score_Reasons__c, KAM_Score_Model__c FROM Account WHERE Id = '${first.accountId}'`,
      )
    ).records;
    expect(stored).toMatchObject({
      KAM_Score__c: expected.KAM_Score__c,
      KAM_Tier__c: expected.KAM_Tier__c,
      KAM_Quadrant__c: expected.KAM_Quadrant__c,
      KAM_Score_Reasons__c: expected.KAM_Score_Reasons__c,
      KAM_Score_Model__c: expected.KAM_Score_Model__c,
    });

    await org.resetStats();
    expect(await adapter.writeScores(writes, 'en')).toEqual({
      written: 0,
      unchanged: ids.length,
      failures: [],
    });
    expect((await org.calls()).total).toBe(0);

    // a fresh adapter (no outputs known) reads them with one light query and still writes nothing
    const fresh = org.adapter();
    const later = writes.map((w) => ({ ...w, result: { ...w.result, scoredAt: '2026-11-28T09:00:00Z' } }));
    expect(await fresh.writeScores(later, 'en')).toEqual({ written: 0, unchanged: ids.length, failures: [] });
    const again = await org.calls();
    expect(again.total).toBe(1);
    expect(again.byRoute['PATCH /services/data/:version/composite/sobjects']).toBeUndefined();
  });

  it('a rejected record fails its account only; the others are written', async () => {
    const adapter = org.adapter();
    const some = ids.slice(0, 5);
    const writes = (await scoreAll(adapter, some)).map((w) => ({
      ...w,
      result: { ...w.result, score: Math.min(100, w.result.score + 1) },
    }));
    const doomed = some[2]!;
    await org.sf.connect().sobject('Account').destroy(doomed);
    const summary = await adapter.writeScores(writes, 'de');
    expect(summary.written).toBe(4);
    expect(summary.failures).toEqual([{ accountId: doomed, reason: expect.any(String) }]);
    expect(summary.failures[0]!.reason).not.toBe('');
  });

  it('fails ids that are not Salesforce ids or no longer exist, without a write for them', async () => {
    const adapter = org.adapter();
    const [w] = await scoreAll(adapter, ids.slice(0, 1));
    const gone = '001000000000000AAA';
    const summary = await adapter.writeScores(
      [
        { accountId: 'acc-1', result: w!.result },
        { accountId: gone, result: w!.result },
      ],
      'en',
    );
    expect(summary.written).toBe(0);
    expect(summary.failures.map((f) => f.accountId)).toEqual(['acc-1', gone]);
  });
});

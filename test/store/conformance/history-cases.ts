/** Score history: append rule, order, limit, isolation. */
import { describe, expect, it } from '@jest/globals';
import type { CaseContext } from './harness.js';
import { hubspotTenant, scoreEntry } from './fixtures.js';

const T1 = '2026-03-01T08:00:00.000Z';
const T2 = '2026-03-02T08:00:00.000Z';
const T3 = '2026-03-03T08:00:00.000Z';
const T4 = '2026-03-04T08:00:00.000Z';

export function historyCases(ctx: () => CaseContext): void {
  describe('score history', () => {
    it('returns the account history newest first, at most `limit` entries', async () => {
      const { store } = ctx();
      const t = await store.saveTenant(hubspotTenant('4711'));
      const e1 = scoreEntry('9001', T1, 'h1', { score: 40.5, tier: 'C', quadrant: 'reduce' });
      const e2 = scoreEntry('9001', T2, 'h2', { score: 52, tier: 'B', quadrant: 'develop' });
      const e3 = scoreEntry('9001', T3, 'h3', { score: 66.25, tier: 'A', quadrant: 'invest' });
      // Appended out of time order: the history is ordered by scoredAt, not by insertion.
      await store.appendScores(t.id, [e2]);
      await store.appendScores(t.id, [e3, e1]);
      expect(await store.scoreHistory(t.id, '9001', 10)).toEqual([e3, e2, e1]);
      expect(await store.scoreHistory(t.id, '9001', 2)).toEqual([e3, e2]);
      expect(await store.scoreHistory(t.id, '9001', 0)).toEqual([]);
      expect(await store.scoreHistory(t.id, '9002', 10)).toEqual([]);
    });

    it('skips an entry equal to the newest one, appends one that differs, and the same hash again after a different one', async () => {
      const { store } = ctx();
      const t = await store.saveTenant(hubspotTenant('4711'));
      const first = scoreEntry('9001', T1, 'h1');
      await store.appendScores(t.id, [first]);
      await store.appendScores(t.id, [scoreEntry('9001', T2, 'h1')]);
      expect(await store.scoreHistory(t.id, '9001', 10)).toEqual([first]);

      const changed = scoreEntry('9001', T3, 'h2', { score: 61 });
      await store.appendScores(t.id, [changed]);
      const back = scoreEntry('9001', T4, 'h1');
      await store.appendScores(t.id, [back]);
      expect(await store.scoreHistory(t.id, '9001', 10)).toEqual([back, changed, first]);
    });

    it('appends the same inputs scored by another model version', async () => {
      const { store } = ctx();
      const t = await store.saveTenant(hubspotTenant('4711'));
      const before = scoreEntry('9001', T1, 'h1');
      const after = scoreEntry('9001', T2, 'h1', { modelVersion: 'kam-default@1.1.0' });
      await store.appendScores(t.id, [before, after]);
      expect(await store.scoreHistory(t.id, '9001', 10)).toEqual([after, before]);
    });

    it('appends a repeated entry once within one batch, judging each account separately', async () => {
      const { store } = ctx();
      const t = await store.saveTenant(hubspotTenant('4711'));
      const a1 = scoreEntry('9001', T1, 'a1');
      const b1 = scoreEntry('9002', T1, 'b1');
      await store.appendScores(t.id, [a1, b1, scoreEntry('9001', T2, 'a1'), scoreEntry('9002', T2, 'b1')]);
      expect(await store.scoreHistory(t.id, '9001', 10)).toEqual([a1]);
      expect(await store.scoreHistory(t.id, '9002', 10)).toEqual([b1]);
      // Re-running the same job adds nothing.
      await store.appendScores(t.id, [a1, b1]);
      expect(await store.scoreHistory(t.id, '9001', 10)).toEqual([a1]);
    });

    it('appends an entry once when 10 workers append it at the same time', async () => {
      const { store } = ctx();
      const t = await store.saveTenant(hubspotTenant('4711'));
      await store.appendScores(t.id, [scoreEntry('9001', T1, 'h1')]);
      const accounts = ['9001', '9002', '9003'];
      // Each worker lists the accounts in another order: appends must not deadlock either.
      await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          store.appendScores(
            t.id,
            accounts.map((_, i) => scoreEntry(accounts[(i + n) % accounts.length]!, T2, 'h2')),
          ),
        ),
      );
      for (const account of accounts) {
        expect(
          (await store.scoreHistory(t.id, account, 10)).filter((e) => e.inputHash === 'h2'),
        ).toHaveLength(1);
      }
    }, 30_000);

    it('keeps each tenant’s history apart, even for equal account ids', async () => {
      const { store } = ctx();
      const a = await store.saveTenant(hubspotTenant('4711'));
      const b = await store.saveTenant(hubspotTenant('4712'));
      const ofA = scoreEntry('9001', T1, 'h1');
      const ofB = scoreEntry('9001', T2, 'h1', { score: 12, tier: 'C', quadrant: 'reduce' });
      await store.appendScores(a.id, [ofA]);
      // Equal to A's newest entry, but B has none: appended.
      await store.appendScores(b.id, [ofB]);
      expect(await store.scoreHistory(a.id, '9001', 10)).toEqual([ofA]);
      expect(await store.scoreHistory(b.id, '9001', 10)).toEqual([ofB]);
    });

    it('returns scoredAt as a canonical UTC instant', async () => {
      const { store } = ctx();
      const t = await store.saveTenant(hubspotTenant('4711'));
      await store.appendScores(t.id, [scoreEntry('9001', '2026-03-01T09:00:00+01:00', 'h1')]);
      const [entry] = await store.scoreHistory(t.id, '9001', 1);
      expect(entry?.scoredAt).toBe('2026-03-01T08:00:00.000Z');
    });

    it('refuses entries of an unknown tenant and invalid entries, appending nothing of the batch', async () => {
      const { store } = ctx();
      const t = await store.saveTenant(hubspotTenant('4711'));
      await expect(store.appendScores('hubspot:404', [scoreEntry('9001', T1, 'h1')])).rejects.toMatchObject({
        code: 'STORE_UNKNOWN_TENANT',
      });
      const bad = { ...scoreEntry('9001', T2, 'h2'), tier: 'D' } as never;
      await expect(store.appendScores(t.id, [scoreEntry('9001', T1, 'h1'), bad])).rejects.toThrow(
        /^invalid score history entry 1: tier: /,
      );
      expect(await store.scoreHistory(t.id, '9001', 10)).toEqual([]);
    });
  });
}

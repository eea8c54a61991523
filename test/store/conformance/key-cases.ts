/** De-duplication keys: claim once, expiry, concurrency, release, purge. */
import { describe, expect, it } from '@jest/globals';
import type { CaseContext } from './harness.js';

const T = Date.parse('2026-03-01T08:00:00Z');

/** A deterministic shuffle (so a failure reproduces), different per seed. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function keyCases(ctx: () => CaseContext): void {
  describe('claim keys', () => {
    it('claims only keys not claimed before, in the order asked, each once', async () => {
      const { store } = ctx();
      expect(await store.claimKeys(['evt:2', 'evt:1'], 60_000, T)).toEqual(['evt:2', 'evt:1']);
      expect(await store.claimKeys(['evt:1', 'evt:3', 'evt:2', 'evt:3'], 60_000, T + 1)).toEqual(['evt:3']);
      expect(await store.claimKeys([], 60_000, T + 2)).toEqual([]);
    });

    it('lets a key be claimed again once its claim expired, for a new ttl', async () => {
      const { store } = ctx();
      await store.claimKeys(['evt:1'], 1_000, T);
      expect(await store.claimKeys(['evt:1'], 1_000, T + 999)).toEqual([]);
      expect(await store.claimKeys(['evt:1'], 5_000, T + 1_000)).toEqual(['evt:1']);
      expect(await store.claimKeys(['evt:1'], 5_000, T + 5_999)).toEqual([]);
      expect(await store.claimKeys(['evt:1'], 5_000, T + 6_000)).toEqual(['evt:1']);
    });

    it('gives each key to exactly one of 10 concurrent claims', async () => {
      const { store } = ctx();
      // Warm up: with connections already open, the claims below really overlap.
      await Promise.all(Array.from({ length: 10 }, (_, n) => store.claimKeys([`warm-up:${n}`], 60_000, T)));
      for (let round = 0; round < 5; round++) {
        const keys = Array.from({ length: 60 }, (_, i) => `hubspot:4711:evt:${round}:${i}`);
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, n) =>
            store.claimKeys(shuffled(keys, round * 10 + n + 1), 60_000, T),
          ),
        );
        const won = results.flat();
        expect(won).toHaveLength(keys.length);
        expect([...new Set(won)].sort()).toEqual([...keys].sort());
        expect(await store.claimKeys(keys, 60_000, T + 1)).toEqual([]);
      }
    }, 30_000);

    it('gives an expired key to exactly one of 10 concurrent claims', async () => {
      const { store } = ctx();
      await store.claimKeys(['evt:1', 'evt:2'], 1_000, T);
      await Promise.all(Array.from({ length: 10 }, (_, n) => store.claimKeys([`warm-up:${n}`], 60_000, T)));
      const results = await Promise.all(
        Array.from({ length: 10 }, () => store.claimKeys(['evt:2', 'evt:1'], 1_000, T + 2_000)),
      );
      expect(results.flat().sort()).toEqual(['evt:1', 'evt:2']);
    }, 30_000);

    it('forgets released claims, so the keys can be claimed again before they expire', async () => {
      const { store } = ctx();
      await store.claimKeys(['evt:1', 'evt:2'], 60_000, T);
      await store.releaseKeys(['evt:1', 'evt:unknown']);
      expect(await store.claimKeys(['evt:1', 'evt:2'], 60_000, T + 1)).toEqual(['evt:1']);
      await store.releaseKeys([]);
    });

    it('purges expired claims only and says how many', async () => {
      const { store } = ctx();
      await store.claimKeys(['evt:short-1', 'evt:short-2'], 100, T);
      await store.claimKeys(['evt:long'], 10_000, T);
      expect(await store.purgeExpiredKeys(T + 99)).toBe(0);
      expect(await store.purgeExpiredKeys(T + 100)).toBe(2);
      expect(await store.purgeExpiredKeys(T + 100)).toBe(0);
      expect(await store.claimKeys(['evt:long', 'evt:short-1'], 100, T + 200)).toEqual(['evt:short-1']);
    });

    it('refuses a claim without a positive ttl', async () => {
      await expect(ctx().store.claimKeys(['evt:1'], 0, T)).rejects.toMatchObject({ code: 'STORE_BAD_INPUT' });
    });
  });
}

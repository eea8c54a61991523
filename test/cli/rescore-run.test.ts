import { describe, expect, it } from '@jest/globals';
import type { Progress } from '../../src/cli/progress.js';
import { rescore } from '../../src/cli/rescore-run.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';
import type { CrmPort, ScoreWrite } from '../../src/crm/port.js';
import { musterMaschinenbau, NOW } from '../core/fixtures.js';

/**
 * A port over ids `a1…aN`: `bad` ids fail to load, `notKey` ids are not key accounts, writes of
 * `refuse` throw as a whole.
 */
function fakePort(opts: { bad?: string[]; notKey?: string[]; refuse?: string } = {}) {
  const loads: string[][] = [];
  const writes: string[][] = [];
  let calls = 0;
  const port = {
    kind: 'hubspot',
    async loadSnapshots(ids: readonly string[]) {
      calls++;
      loads.push([...ids]);
      const ok = ids.filter((id) => !opts.bad?.includes(id) && !opts.notKey?.includes(id));
      return {
        snapshots: ok.map((id) => {
          const s = musterMaschinenbau();
          return { ...s, account: { ...s.account, id } };
        }),
        notKeyAccounts: ids.filter((id) => opts.notKey?.includes(id)),
        failures: ids
          .filter((id) => opts.bad?.includes(id))
          .map((accountId) => ({ accountId, reason: 'bad data' })),
      };
    },
    async writeScores(w: readonly ScoreWrite[]) {
      calls++;
      writes.push(w.map((x) => x.accountId));
      if (opts.refuse && w.some((x) => x.accountId === opts.refuse)) throw new Error('daily limit reached');
      return { written: w.length, unchanged: 0, failures: [] };
    },
    usage: () => ({ calls, rateLimited: 0, retries: 0 }),
  } as unknown as CrmPort;
  return { port, loads, writes };
}

async function* pages(...p: string[][]): AsyncIterable<readonly string[]> {
  for (const page of p) yield page;
}

const updates: number[][] = [];
const progress: Progress = { update: (d, t, c) => void updates.push([d, t, c]), stop: () => undefined };
const base = { model: DEFAULT_MODEL, now: NOW, lang: 'en' as const, dryRun: false, progress };

describe('rescore loop', () => {
  it('re-chunks pages of ids so each load and write holds at most the chunk size', async () => {
    updates.length = 0;
    const f = fakePort({ bad: ['a3'] });
    const s = await rescore(f.port, { ...base, ids: pages(['a1', 'a2', 'a3'], ['a4', 'a5']), chunkSize: 2 });
    expect(f.loads).toEqual([['a1', 'a2'], ['a3', 'a4'], ['a5']]);
    expect(f.writes).toEqual([['a1', 'a2'], ['a4'], ['a5']]);
    expect(s).toMatchObject({ seen: 5, scored: 4, changed: 4, written: 4, calls: 6 });
    expect(s.failures).toEqual([{ accountId: 'a3', reason: 'bad data' }]);
    expect(updates.map((u) => u[0])).toEqual([2, 4, 5]);
  });

  it('says which accounts are not key accounts and writes nothing for them', async () => {
    const f = fakePort({ notKey: ['a2'] });
    const s = await rescore(f.port, { ...base, ids: pages(['a1', 'a2', 'a3']) });
    expect(f.writes).toEqual([['a1', 'a3']]);
    expect(s).toMatchObject({ seen: 3, scored: 2, written: 2 });
    expect(s.failures).toEqual([{ accountId: 'a2', reason: 'not a key account (nothing written)' }]);
  });

  it('a dry run never writes', async () => {
    const f = fakePort();
    const s = await rescore(f.port, { ...base, dryRun: true, ids: pages(['a1', 'a2']) });
    expect(f.writes).toEqual([]);
    expect(s).toMatchObject({ scored: 2, changed: null, written: 0 });
  });

  it('a chunk the CRM refuses fails its accounts and stops the run', async () => {
    const f = fakePort({ refuse: 'a3' });
    const s = await rescore(f.port, {
      ...base,
      ids: pages(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']),
      chunkSize: 2,
    });
    expect(f.loads).toHaveLength(2);
    expect(s.written).toBe(2);
    expect(s.failures).toEqual([
      { accountId: 'a3', reason: 'daily limit reached' },
      { accountId: 'a4', reason: 'daily limit reached' },
    ]);
    expect(s.stopped).toBe('daily limit reached');
  });
});

import { describe, expect, it } from '@jest/globals';
import { Batcher } from '../../../src/service/worker/batcher.js';

/** A batch call the test finishes by hand, so "while a batch is running" is not a matter of timing. */
interface Call {
  readonly key: string;
  readonly items: readonly string[];
  finish(): void;
  fail(error: Error): void;
}

function recordingBatcher(maxBatch: number, waitMs: number) {
  const calls: Call[] = [];
  const batcher = new Batcher<string, string>(
    (key, items) =>
      new Promise((resolve, reject) => {
        calls.push({
          key,
          items,
          finish: () => resolve(new Map(items.map((i) => [i, `${key}:${i}`]))),
          fail: reject,
        });
      }),
    maxBatch,
    waitMs,
  );
  return { batcher, calls };
}

/** Polls until `check` holds (generous timeout: only the order of events matters here). */
async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Batcher', () => {
  it('hands over a partial batch once its wait has passed', async () => {
    const { batcher, calls } = recordingBatcher(100, 10);
    const answers = Promise.all([batcher.add('t1', 'a'), batcher.add('t1', 'b')]);
    await until(() => calls.length === 1, 'the first batch');
    expect(calls[0]!.items).toEqual(['a', 'b']);
    calls[0]!.finish();
    await expect(answers).resolves.toEqual(['t1:a', 't1:b']);
  });

  it('holds a partial batch while a batch of its key runs, then hands it over whole', async () => {
    const { batcher, calls } = recordingBatcher(100, 5);
    const first = batcher.add('t1', 'a');
    await until(() => calls.length === 1, 'the first batch');
    const later = Promise.all(['b', 'c', 'd'].map((item) => batcher.add('t1', item)));
    await sleep(50); // well past the wait: still held, the first batch has not finished
    expect(calls).toHaveLength(1);
    calls[0]!.finish();
    await until(() => calls.length === 2, 'the held batch');
    expect(calls[1]!.items).toEqual(['b', 'c', 'd']);
    calls[1]!.finish();
    await expect(first).resolves.toBe('t1:a');
    await expect(later).resolves.toEqual(['t1:b', 't1:c', 't1:d']);
  });

  it('hands over a full batch at once, even while another runs', async () => {
    const { batcher, calls } = recordingBatcher(2, 1_000_000);
    void batcher.add('t1', 'a');
    void batcher.add('t1', 'b');
    await until(() => calls.length === 1, 'the first full batch');
    void batcher.add('t1', 'c');
    void batcher.add('t1', 'd');
    await until(() => calls.length === 2, 'the second full batch');
    expect(calls.map((c) => c.items)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    for (const c of calls) c.finish();
  });

  it('does not hold one key for another', async () => {
    const { batcher, calls } = recordingBatcher(100, 5);
    void batcher.add('t1', 'a');
    await until(() => calls.length === 1, 'the first batch');
    const other = batcher.add('t2', 'a');
    await until(() => calls.length === 2, "the other key's batch");
    expect(calls[1]!.key).toBe('t2');
    calls[1]!.finish();
    await expect(other).resolves.toBe('t2:a');
    calls[0]!.finish();
  });

  it('answers equal items of one batch once, and hands over the held batch after a failure', async () => {
    const { batcher, calls } = recordingBatcher(100, 5);
    const failing = Promise.allSettled([batcher.add('t1', 'a'), batcher.add('t1', 'a')]);
    await until(() => calls.length === 1, 'the first batch');
    expect(calls[0]!.items).toEqual(['a']);
    const held = batcher.add('t1', 'b');
    await sleep(20);
    calls[0]!.fail(new Error('CRM down'));
    const settled = await failing;
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    await until(() => calls.length === 2, 'the held batch after the failure');
    calls[1]!.finish();
    await expect(held).resolves.toBe('t1:b');
  });
});

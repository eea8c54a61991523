import { expect, it } from '@jest/globals';
import { QueueError } from '../../../src/jobs/errors.js';
import type { CaseContext } from './harness.js';
import { gate, Recorder, sleep, TEST_POLICY, waitFor } from './harness.js';

export function lifecycleCases(ctx: CaseContext): void {
  it('never runs more handlers at once than its concurrency', async () => {
    const queue = ctx.open({ coalesceMs: 50 });
    const rec = new Recorder();
    queue.process(
      rec.handler(() => sleep(100)),
      { concurrency: 3 },
    );
    await queue.enqueue(
      Array.from({ length: 12 }, (_, i) => ({ tenantId: 't1', subject: `account:${i}`, requestedAt: i })),
    );

    await waitFor('twelve jobs to end', () => rec.ended.length === 12);
    expect(rec.maxInFlight).toBeLessThanOrEqual(3);
    expect(rec.maxInFlight).toBeGreaterThan(1);
    expect(new Set(rec.runs.map((r) => r.job.subject)).size).toBe(12);
  });

  it('waits in close() for a running handler and keeps a job not yet started for the next start', async () => {
    const first = ctx.open();
    const rec = new Recorder();
    const release = gate();
    first.process(
      rec.handler(async (job) => {
        if (job.subject === 'account:running') await release.wait;
      }),
      { concurrency: 1 },
    );
    await first.enqueue([{ tenantId: 't1', subject: 'account:running', requestedAt: 1 }]);
    await waitFor('the first job to start', () => rec.runs.length === 1);
    await first.enqueue([
      { tenantId: 't1', subject: 'account:later', requestedAt: 2, callbacks: ['cb-later'] },
    ]);

    let closed = false;
    const closing = first.close().then(() => {
      closed = true;
    });
    await sleep(TEST_POLICY.coalesceMs * 2);
    expect(closed).toBe(false);
    release.open();
    await closing;
    expect(rec.runs).toHaveLength(1);
    expect(rec.runs[0]!.endedAt).toBeDefined();

    const second = ctx.open();
    const after = new Recorder();
    second.process(after.handler(), { concurrency: 1 });
    await waitFor('the kept job to end', () => after.ended.length === 1);
    expect(after.runs[0]!.job).toMatchObject({
      subject: 'account:later',
      requests: 1,
      callbacks: ['cb-later'],
    });
    await sleep(TEST_POLICY.coalesceMs * 2);
    expect(after.runs).toHaveLength(1);
  });

  it('rejects bad requests, naming the field, and enqueues nothing of the batch', async () => {
    const queue = ctx.open();
    const bad = [
      { tenantId: 't1', subject: 'account:ok', requestedAt: 1 },
      { tenantId: '', subject: 'account:x', requestedAt: 1 },
    ];
    await expect(queue.enqueue(bad)).rejects.toThrow(/job request 1: tenantId/);
    await expect(
      queue.enqueue([{ tenantId: 't1', subject: 'contact', requestedAt: 1 }]),
    ).rejects.toMatchObject({
      code: 'QUEUE_BAD_INPUT',
      message: expect.stringMatching(/subject: must be account:<id> or record:<type>:<id>/),
    });
    await queue.enqueue([]);
    expect(await queue.depth()).toEqual({ waiting: 0, active: 0, dead: 0 });
  });

  it('refuses a second process() and any use after close()', async () => {
    const queue = ctx.open();
    queue.process(async () => {}, { concurrency: 1 });
    expect(() => queue.process(async () => {}, { concurrency: 1 })).toThrow(QueueError);
    await queue.close();
    await queue.close();
    await expect(
      queue.enqueue([{ tenantId: 't1', subject: 'account:a', requestedAt: 1 }]),
    ).rejects.toMatchObject({
      code: 'QUEUE_STATE',
    });
    const other = ctx.open();
    expect(() => other.process(async () => {}, { concurrency: 0 })).toThrow(/concurrency/);
  });
}

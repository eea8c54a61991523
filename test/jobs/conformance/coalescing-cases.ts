import { expect, it } from '@jest/globals';
import type { JobRequest } from '../../../src/jobs/port.js';
import type { CaseContext } from './harness.js';
import { CLOCK_SLACK_MS, gate, Recorder, sleep, TEST_POLICY, waitFor } from './harness.js';

const request = (subject: string, requestedAt: number, extra: Partial<JobRequest> = {}): JobRequest => ({
  tenantId: 't1',
  subject,
  requestedAt,
  ...extra,
});

export function coalescingCases(ctx: CaseContext): void {
  it('handles a job once, after its coalescing window', async () => {
    const queue = ctx.open();
    const rec = new Recorder();
    const enqueuedAt = Date.now();
    await queue.enqueue([request('account:a', 1_000)]);
    expect(await queue.depth()).toEqual({ waiting: 1, active: 0, dead: 0 });

    queue.process(rec.handler(), { concurrency: 2 });
    await waitFor('the job to end', () => rec.ended.length === 1);
    expect(rec.runs[0]!.startedAt).toBeGreaterThanOrEqual(
      enqueuedAt + TEST_POLICY.coalesceMs - CLOCK_SLACK_MS,
    );
    expect(rec.runs[0]!.job).toEqual({
      id: expect.any(String),
      tenantId: 't1',
      subject: 'account:a',
      requests: 1,
      firstRequestedAt: 1_000,
      callbacks: [],
      attempt: 1,
    });

    await sleep(TEST_POLICY.coalesceMs * 2);
    expect(rec.runs).toHaveLength(1);
    await waitFor('an empty queue', async () => (await queue.depth()).active === 0);
    expect(await queue.depth()).toEqual({ waiting: 0, active: 0, dead: 0 });
  });

  it('coalesces 50 requests for one subject into one job with every callback once', async () => {
    const queue = ctx.open();
    const rec = new Recorder();
    // Requests arrive one by one and as a batch; 20 distinct callbacks, some sent several times;
    // the earliest event is not the first to arrive.
    for (let i = 0; i < 25; i += 1) {
      await queue.enqueue([request('account:big', 5_000 - i, { callbacks: [`cb-${i % 20}`] })]);
    }
    await queue.enqueue(
      Array.from({ length: 25 }, (_, i) =>
        request('account:big', 6_000 + i, { callbacks: [`cb-${(25 + i) % 20}`] }),
      ),
    );
    queue.process(rec.handler(), { concurrency: 4 });

    await waitFor('the job to end', () => rec.ended.length === 1);
    await sleep(TEST_POLICY.coalesceMs * 2);
    expect(rec.runs).toHaveLength(1);
    const { job } = rec.runs[0]!;
    expect(job.requests).toBe(50);
    expect(job.firstRequestedAt).toBe(5_000 - 24);
    expect(job.callbacks).toEqual(Array.from({ length: 20 }, (_, i) => `cb-${i}`));
  });

  it('starts a job after its own delay when the request asks for one, without moving a waiting job', async () => {
    const queue = ctx.open({ coalesceMs: 1_500 });
    const rec = new Recorder();
    const enqueuedAt = Date.now();
    await queue.enqueue([request('record:0-1:7', 1, { delayMs: 0 }), request('account:slow', 2)]);
    // a request with a short delay joins the waiting job: it keeps its start
    await queue.enqueue([request('account:slow', 3, { delayMs: 0 })]);
    queue.process(rec.handler(), { concurrency: 2 });
    await waitFor('both jobs to end', () => rec.ended.length === 2);
    const started = Object.fromEntries(rec.runs.map((r) => [r.job.subject, r.startedAt]));
    expect(started['record:0-1:7']! - enqueuedAt).toBeLessThan(1_000);
    expect(started['account:slow']!).toBeGreaterThanOrEqual(enqueuedAt + 1_500 - CLOCK_SLACK_MS);
    expect(rec.runs.find((r) => r.job.subject === 'account:slow')!.job.requests).toBe(2);
  });

  it('keeps different subjects and tenants apart', async () => {
    const queue = ctx.open();
    const rec = new Recorder();
    const keys = [
      ['t1', 'account:a'],
      ['t1', 'account:b'],
      ['t2', 'account:a'],
      ['t1', 'record:contacts:7'],
    ] as const;
    for (let round = 0; round < 2; round += 1) {
      await queue.enqueue(keys.map(([tenantId, subject]) => ({ tenantId, subject, requestedAt: round })));
    }
    queue.process(rec.handler(), { concurrency: 4 });

    await waitFor('four jobs to end', () => rec.ended.length === keys.length);
    await sleep(TEST_POLICY.coalesceMs * 2);
    const seen = rec.runs.map((r) => [r.job.tenantId, r.job.subject, r.job.requests]);
    expect(seen).toHaveLength(keys.length);
    expect(seen).toEqual(expect.arrayContaining(keys.map(([t, s]) => [t, s, 2])));
    expect(new Set(rec.runs.map((r) => r.job.id)).size).toBe(keys.length);
  });

  it('makes a follow-up job for a request that arrives while its subject runs, after that run', async () => {
    const queue = ctx.open();
    const rec = new Recorder();
    const release = gate();
    queue.process(
      rec.handler(async (_job, run) => {
        if (run === rec.runs[0]) await release.wait;
      }),
      { concurrency: 2 },
    );
    await queue.enqueue([request('account:a', 1, { callbacks: ['first'] })]);
    await waitFor('the first run to start', () => rec.runs.length === 1);

    await queue.enqueue([request('account:a', 2, { callbacks: ['late'] })]);
    // Well past the follow-up's window: it must still wait for the running job of its subject.
    await sleep(TEST_POLICY.coalesceMs * 3);
    expect(rec.runs).toHaveLength(1);
    release.open();

    await waitFor('the follow-up to end', () => rec.ended.length === 2);
    const [first, second] = rec.runs;
    expect(second!.job.id).not.toBe(first!.job.id);
    expect(second!.job).toMatchObject({ subject: 'account:a', requests: 1, callbacks: ['late'], attempt: 1 });
    expect(second!.startedAt).toBeGreaterThanOrEqual(first!.endedAt!);
  });

  it('does not let a steady stream of requests postpone a subject forever', async () => {
    const queue = ctx.open();
    const rec = new Recorder();
    queue.process(rec.handler(), { concurrency: 2 });
    const total = 16;
    let lastEnqueuedAt = 0;
    // One request every 50 ms for four windows.
    for (let i = 0; i < total; i += 1) {
      await queue.enqueue([request('account:busy', i)]);
      lastEnqueuedAt = Date.now();
      await sleep(50);
    }
    await waitFor(
      'every request to be handled',
      () => rec.ended.reduce((sum, r) => sum + r.job.requests, 0) === total,
    );
    expect(rec.runs.length).toBeGreaterThanOrEqual(2);
    expect(rec.runs[0]!.startedAt).toBeLessThan(lastEnqueuedAt);
  });
}

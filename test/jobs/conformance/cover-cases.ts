import { expect, it } from '@jest/globals';
import type { JobRequest, Queue } from '../../../src/jobs/port.js';
import type { CaseContext } from './harness.js';
import { gate, Recorder, sleep, TEST_POLICY, waitFor } from './harness.js';

const request = (subject: string, requestedAt: number, extra: Partial<JobRequest> = {}): JobRequest => ({
  tenantId: 't1',
  subject,
  requestedAt,
  ...extra,
});

/** Waits until nothing waits or runs: a covered job some adapter is still clearing away has left. */
const untilEmpty = (queue: Queue) =>
  waitFor('an empty queue', async () => {
    const depth = await queue.depth();
    return depth.waiting === 0 && depth.active === 0;
  });

/** A queue whose first run of `account:a` holds until the test opens the gate. */
async function withRunningSubject(ctx: CaseContext) {
  const queue = ctx.open();
  const rec = new Recorder();
  const release = gate();
  queue.process(
    rec.handler(async (_job, run) => {
      if (run === rec.runs[0]) await release.wait;
    }),
    { concurrency: 2 },
  );
  await queue.enqueue([request('account:a', 1, { callbacks: ['running'] })]);
  await waitFor('the first run to start', () => rec.runs.length === 1);
  return { queue, rec, release };
}

export function coverCases(ctx: CaseContext): void {
  it('covers the requests queued while a subject runs: their callbacks, and no follow-up run', async () => {
    const { queue, rec, release } = await withRunningSubject(ctx);
    // Callbacks arrive out of name order and one twice: the answer keeps arrival order, each once.
    for (const callback of ['cb-3', 'cb-1', 'cb-4', 'cb-1', 'cb-2']) {
      await queue.enqueue([request('account:a', 10, { callbacks: [callback] })]);
    }
    expect(await queue.depth()).toMatchObject({ waiting: 1, active: 1 });

    const covered = await queue.coverPending('t1', ['account:a']);
    expect([...covered]).toEqual([['account:a', ['cb-3', 'cb-1', 'cb-4', 'cb-2']]]);
    await waitFor('the covered job to be gone', async () => (await queue.depth()).waiting === 0);

    release.open();
    await waitFor('the first run to end', () => rec.ended.length === 1);
    // Well past the covered job's window: it must never run.
    await sleep(TEST_POLICY.coalesceMs * 3);
    expect(rec.runs).toHaveLength(1);
    expect(rec.runs[0]!.job.callbacks).toEqual(['running']);
    await untilEmpty(queue);
    expect(await queue.depth()).toEqual({ waiting: 0, active: 0, dead: 0 });
    expect(await queue.deadLetters(10)).toEqual([]);
  });

  it('makes a follow-up job for a request that arrives after the cover', async () => {
    const { queue, rec, release } = await withRunningSubject(ctx);
    await queue.enqueue([request('account:a', 10, { callbacks: ['before'] })]);
    expect((await queue.coverPending('t1', ['account:a'])).get('account:a')).toEqual(['before']);
    await queue.enqueue([request('account:a', 20, { callbacks: ['after'] })]);

    await sleep(TEST_POLICY.coalesceMs * 2);
    expect(rec.runs).toHaveLength(1);
    release.open();
    await waitFor('the follow-up to end', () => rec.ended.length === 2);
    const [first, second] = rec.runs;
    expect(second!.job).toMatchObject({
      subject: 'account:a',
      requests: 1,
      firstRequestedAt: 20,
      callbacks: ['after'],
      attempt: 1,
    });
    expect(second!.startedAt).toBeGreaterThanOrEqual(first!.endedAt!);
    await sleep(TEST_POLICY.coalesceMs * 2);
    expect(rec.runs).toHaveLength(2);
  });

  it('covers only the subjects asked for, of the tenant asked for', async () => {
    const queue = ctx.open();
    const rec = new Recorder();
    await queue.enqueue([
      request('account:a', 1, { callbacks: ['t1-a'] }),
      request('account:b', 2, { callbacks: ['t1-b'] }),
      request('account:c', 3),
      request('record:contacts:7', 4, { callbacks: ['t1-contact'] }),
      { tenantId: 't2', subject: 'account:a', requestedAt: 5, callbacks: ['t2-a'] },
    ]);

    const covered = await queue.coverPending('t1', ['account:a', 'account:c', 'account:a']);
    // A covered job without callbacks is still named: its requests are covered too.
    expect(new Map(covered)).toEqual(
      new Map([
        ['account:a', ['t1-a']],
        ['account:c', []],
      ]),
    );
    expect(await queue.depth()).toEqual({ waiting: 3, active: 0, dead: 0 });

    queue.process(rec.handler(), { concurrency: 4 });
    await waitFor('three jobs to end', () => rec.ended.length === 3);
    await sleep(TEST_POLICY.coalesceMs * 2);
    const seen = rec.runs.map((r) => [r.job.tenantId, r.job.subject, r.job.callbacks]);
    expect(seen).toHaveLength(3);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['t1', 'account:b', ['t1-b']],
        ['t1', 'record:contacts:7', ['t1-contact']],
        ['t2', 'account:a', ['t2-a']],
      ]),
    );
  });

  it('answers an empty map when nothing is pending, and leaves a running job alone', async () => {
    const { queue, rec, release } = await withRunningSubject(ctx);
    expect((await queue.coverPending('t1', ['account:a', 'account:none'])).size).toBe(0);
    expect((await queue.coverPending('t1', [])).size).toBe(0);
    expect((await queue.coverPending('t2', ['account:a'])).size).toBe(0);
    await expect(queue.coverPending('t1', ['contact:1'])).rejects.toMatchObject({
      code: 'QUEUE_BAD_INPUT',
      message: expect.stringMatching(/subjects\.0: must be account:<id> or record:<type>:<id>/),
    });
    await expect(queue.coverPending('', ['account:a'])).rejects.toThrow(/tenantId: must not be empty/);

    release.open();
    await waitFor('the running job to end', () => rec.ended.length === 1);
    expect(rec.runs[0]!.error).toBeUndefined();
    await untilEmpty(queue);
    expect(await queue.depth()).toEqual({ waiting: 0, active: 0, dead: 0 });
  });

  it('leaves every request covered or run, never both nor neither, under concurrent enqueues', async () => {
    const policy = { coalesceMs: 20 };
    const producer = ctx.open(policy);
    const worker = ctx.open(policy);
    const subjects = ['account:x', 'account:y', 'account:z'];
    const covered: string[] = [];
    const takeCovered = (answer: ReadonlyMap<string, readonly string[]>) => {
      for (const callbacks of answer.values()) covered.push(...callbacks);
    };
    const rec = new Recorder();
    // As the service's worker does: cover the subject's queued requests, then do the work.
    worker.process(
      rec.handler(async (job) => {
        takeCovered(await worker.coverPending(job.tenantId, [job.subject]));
        await sleep(5 + (job.requests % 3) * 5);
      }),
      { concurrency: 3 },
    );

    const sent: string[] = [];
    const ops: Promise<void>[] = [];
    for (let i = 0; i < 200; i += 1) {
      const subject = subjects[i % subjects.length]!;
      if (i % 7 === 3) {
        ops.push(producer.coverPending('t1', [subject, subjects[(i + 1) % 3]!]).then(takeCovered));
      } else {
        const callback = `req-${i}`;
        sent.push(callback);
        ops.push(producer.enqueue([request(subject, i, { callbacks: [callback] })]));
      }
      if (i % 5 === 0) await sleep(3);
    }
    await Promise.all(ops);

    const ran = () => rec.ended.flatMap((r) => r.job.callbacks);
    await waitFor('every request to be covered or run', () => covered.length + ran().length >= sent.length);
    await untilEmpty(worker);
    await sleep(TEST_POLICY.coalesceMs * 2);
    const answered = [...covered, ...ran()].sort();
    expect(answered).toEqual([...sent].sort());
    expect(covered.length).toBeGreaterThan(0);
    expect(rec.ended.length).toBeGreaterThan(0);
    expect(rec.runs.every((r) => r.error === undefined)).toBe(true);
    expect(await worker.depth()).toEqual({ waiting: 0, active: 0, dead: 0 });
  });
}

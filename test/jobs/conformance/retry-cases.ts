import { expect, it } from '@jest/globals';
import { retryDelayMs } from '../../../src/jobs/backoff.js';
import { PermanentJobError } from '../../../src/jobs/port.js';
import type { CaseContext } from './harness.js';
import { CLOCK_SLACK_MS, Recorder, sleep, TEST_POLICY, waitFor } from './harness.js';

export function retryCases(ctx: CaseContext): void {
  it('retries a failing job with growing delays until it succeeds', async () => {
    const queue = ctx.open({ maxAttempts: 5 });
    const rec = new Recorder();
    queue.process(
      rec.handler(async (job) => {
        if (job.attempt < 4) throw new Error(`CRM unavailable (run ${job.attempt})`);
      }),
      { concurrency: 2 },
    );
    await queue.enqueue([{ tenantId: 't1', subject: 'account:flaky', requestedAt: 1, callbacks: ['cb'] }]);

    await waitFor('the fourth run to end', () => rec.ended.length === 4);
    await sleep(retryDelayMs(TEST_POLICY, 4) * 2);
    expect(rec.runs).toHaveLength(4);
    expect(rec.runs.map((r) => r.job.attempt)).toEqual([1, 2, 3, 4]);
    expect(new Set(rec.runs.map((r) => r.job.id)).size).toBe(1);
    expect(rec.runs.map((r) => r.job.callbacks)).toEqual([['cb'], ['cb'], ['cb'], ['cb']]);
    for (let retry = 1; retry <= 3; retry += 1) {
      const gap = rec.runs[retry]!.startedAt - rec.runs[retry - 1]!.endedAt!;
      expect(gap).toBeGreaterThanOrEqual(retryDelayMs(TEST_POLICY, retry) - CLOCK_SLACK_MS);
    }
    expect(await queue.depth()).toEqual({ waiting: 0, active: 0, dead: 0 });
    expect(await queue.deadLetters(10)).toEqual([]);
  });

  it('dead-letters a job whose attempts are used up, with the last reason', async () => {
    const queue = ctx.open({ maxAttempts: 3 });
    const rec = new Recorder();
    queue.process(
      rec.handler(async (job) => {
        throw new Error(`CRM answered 500 on run ${job.attempt}`);
      }),
      { concurrency: 1 },
    );
    const before = Date.now();
    await queue.enqueue([
      { tenantId: 't1', subject: 'account:doomed', requestedAt: 7, callbacks: ['a'] },
      { tenantId: 't1', subject: 'account:doomed', requestedAt: 8, callbacks: ['b'] },
    ]);

    await waitFor('a dead letter', async () => (await queue.depth()).dead === 1);
    await sleep(retryDelayMs(TEST_POLICY, 3) * 2);
    expect(rec.runs.map((r) => r.job.attempt)).toEqual([1, 2, 3]);
    expect(await queue.depth()).toEqual({ waiting: 0, active: 0, dead: 1 });
    const letters = await queue.deadLetters(10);
    expect(letters).toHaveLength(1);
    expect(letters[0]!.reason).toBe('CRM answered 500 on run 3');
    expect(letters[0]!.failedAt).toBeGreaterThanOrEqual(before - CLOCK_SLACK_MS);
    expect(letters[0]!.job).toEqual({
      id: rec.runs[0]!.job.id,
      tenantId: 't1',
      subject: 'account:doomed',
      requests: 2,
      firstRequestedAt: 7,
      callbacks: ['a', 'b'],
      attempt: 3,
    });
  });

  it('dead-letters a job at once on a PermanentJobError', async () => {
    const queue = ctx.open();
    const rec = new Recorder();
    queue.process(
      rec.handler(async () => {
        throw new PermanentJobError('account 42 does not exist');
      }),
      { concurrency: 1 },
    );
    await queue.enqueue([{ tenantId: 't1', subject: 'account:42', requestedAt: 1 }]);

    await waitFor('a dead letter', async () => (await queue.depth()).dead === 1);
    await sleep(retryDelayMs(TEST_POLICY, 1) * 3);
    expect(rec.runs).toHaveLength(1);
    const [letter] = await queue.deadLetters(5);
    expect(letter).toMatchObject({
      reason: 'account 42 does not exist',
      job: { subject: 'account:42', attempt: 1 },
    });
  });

  it('lists dead letters newest first, as many as asked for', async () => {
    const queue = ctx.open();
    const rec = new Recorder();
    queue.process(
      rec.handler(async (job) => {
        throw new PermanentJobError(`gone: ${job.subject}`);
      }),
      { concurrency: 1 },
    );
    for (const id of ['first', 'second', 'third']) {
      await queue.enqueue([{ tenantId: 't1', subject: `account:${id}`, requestedAt: 1 }]);
      await waitFor(`${id} to be dead`, async () =>
        (await queue.deadLetters(5)).some((d) => d.reason === `gone: account:${id}`),
      );
      await sleep(5);
    }
    const letters = await queue.deadLetters(2);
    expect(letters.map((d) => d.job.subject)).toEqual(['account:third', 'account:second']);
    expect(await queue.deadLetters(0)).toEqual([]);
    expect((await queue.depth()).dead).toBe(3);
  });
}

/** What the SQLite queue adds to the conformance suite: merging retries, leases under a moved clock, bad rows. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import type { Queue, QueuePolicy } from '../../src/jobs/port.js';
import { SqliteQueue } from '../../src/jobs/sqlite/sqlite-queue.js';
import { gate, Recorder, waitFor } from './conformance/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'kam-sqlite-queue-'));
let files = 0;
let open: Queue[] = [];
afterEach(async () => {
  await Promise.allSettled(open.map((q) => q.close()));
  open = [];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function queueOn(path: string, policy: Partial<QueuePolicy>, now?: () => number): SqliteQueue {
  const queue = new SqliteQueue({ path, policy, pollMs: 20, ...(now ? { now } : {}) });
  open.push(queue);
  return queue;
}
const freshFile = (): string => join(dir, `queue-${(files += 1)}.db`);

describe('SqliteQueue', () => {
  it('merges a failed job into the pending job its subject got meanwhile', async () => {
    const queue = queueOn(freshFile(), { coalesceMs: 100, baseDelayMs: 50, maxAttempts: 3 });
    const rec = new Recorder();
    queue.process(
      rec.handler(async (job) => {
        if (job.attempt > 1) return;
        await queue.enqueue([
          { tenantId: 't1', subject: job.subject, requestedAt: 9, callbacks: ['second'] },
        ]);
        throw new Error('CRM timeout');
      }),
      { concurrency: 2 },
    );
    await queue.enqueue([{ tenantId: 't1', subject: 'account:a', requestedAt: 5, callbacks: ['first'] }]);

    await waitFor('the retry to end', () => rec.ended.length === 2);
    const [first, retry] = rec.runs;
    expect(retry!.job).toEqual({
      id: first!.job.id,
      tenantId: 't1',
      subject: 'account:a',
      requests: 2,
      firstRequestedAt: 5,
      callbacks: ['first', 'second'],
      attempt: 2,
    });
    await waitFor('an empty queue', async () => (await queue.depth()).waiting === 0);
    expect(rec.runs).toHaveLength(2);
  });

  it('hands a job whose lease ran out to another queue on the file; the old run changes nothing', async () => {
    const path = freshFile();
    let now = 1_000_000;
    const clock = (): number => now;
    const policy = { coalesceMs: 0, leaseMs: 60_000 };
    const stuck = queueOn(path, policy, clock);
    const heir = queueOn(path, policy, clock);
    const stuckRec = new Recorder();
    const heirRec = new Recorder();
    const release = gate();
    const heirGate = gate();
    stuck.process(
      stuckRec.handler(() => release.wait),
      { concurrency: 1 },
    );
    await stuck.enqueue([{ tenantId: 't1', subject: 'account:a', requestedAt: 1 }]);
    await waitFor('the first run to start', () => stuckRec.runs.length === 1);

    heir.process(
      heirRec.handler(() => heirGate.wait),
      { concurrency: 1 },
    );
    now += 60_001;
    await waitFor('the second run to start', () => heirRec.runs.length === 1);
    expect(heirRec.runs[0]!.job).toMatchObject({ id: stuckRec.runs[0]!.job.id, attempt: 2 });

    release.open(); // the first run ends late: its lease is gone, so the job stays with the heir
    await waitFor('the first run to end', () => stuckRec.ended.length === 1);
    expect(await heir.depth()).toEqual({ waiting: 0, active: 1, dead: 0 });
    heirGate.open();
    await waitFor('the second run to end', async () => (await heir.depth()).active === 0);
    expect(await heir.depth()).toEqual({ waiting: 0, active: 0, dead: 0 });
  });

  it('dead-letters a job whose last attempt lost its lease', async () => {
    const path = freshFile();
    let now = 5_000_000;
    const clock = (): number => now;
    const policy = { coalesceMs: 0, leaseMs: 60_000, maxAttempts: 1 };
    const stuck = queueOn(path, policy, clock);
    const release = gate();
    const rec = new Recorder();
    stuck.process(
      rec.handler(() => release.wait),
      { concurrency: 1 },
    );
    await stuck.enqueue([{ tenantId: 't1', subject: 'account:a', requestedAt: 1 }]);
    await waitFor('the run to start', () => rec.runs.length === 1);

    const other = queueOn(path, policy, clock);
    other.process(async () => {}, { concurrency: 1 });
    now += 60_001;
    await waitFor('a dead letter', async () => (await other.depth()).dead === 1);
    const [letter] = await other.deadLetters(1);
    expect(letter!.reason).toMatch(/lease expired on run 1 of 1/);
    release.open();
  });

  it('reports a stored row it cannot read instead of guessing', async () => {
    const path = freshFile();
    const queue = queueOn(path, {});
    await queue.enqueue([{ tenantId: 't1', subject: 'account:a', requestedAt: 1 }]);
    const raw = new DatabaseSync(path);
    raw.exec(`INSERT INTO queue_dead_letters
      (job_id, tenant_id, subject, requests, first_requested_at, callbacks, attempt, reason, failed_at)
      VALUES ('j', 't1', 'account:a', 1, 1, 'not json', 1, 'x', 1)`);
    raw.close();
    await expect(queue.deadLetters(5)).rejects.toMatchObject({
      code: 'QUEUE_BAD_DATA',
      message: 'queue database: callbacks are not a JSON string array',
    });
  });

  it('works in memory', async () => {
    const queue = queueOn(':memory:', { coalesceMs: 0 });
    const rec = new Recorder();
    queue.process(rec.handler(), { concurrency: 1 });
    await queue.enqueue([{ tenantId: 't1', subject: 'record:deals:9', requestedAt: 3 }]);
    await waitFor('the job to end', () => rec.ended.length === 1);
    expect(rec.runs[0]!.job).toMatchObject({ subject: 'record:deals:9', requests: 1 });
  });
});

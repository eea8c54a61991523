/**
 * The queues across real processes: a worker killed with SIGKILL mid-run loses nothing (SQLite
 * file), and two workers on one BullMQ queue never run one job — or one subject — twice at once.
 * The workers run the compiled queue from `dist/` (`npm run build` first, as CI does).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { BullmqQueue } from '../../src/jobs/bullmq/bullmq-queue.js';
import type { JobRequest, QueuePolicy } from '../../src/jobs/port.js';
import { SqliteQueue } from '../../src/jobs/sqlite/sqlite-queue.js';
import { waitFor } from './conformance/harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const WORKER = join(here, 'fixtures', 'queue-worker.js');
const BUILT = join(here, '..', '..', 'dist', 'jobs', 'index.js');
const REDIS_URL = 'redis://127.0.0.1:6379';

interface RunEvent {
  readonly worker: string;
  readonly jobId: string;
  readonly subject: string;
  readonly requests: number;
  readonly event: 'start' | 'end';
  readonly at: number;
  readonly attempt?: number;
}

const children: ChildProcess[] = [];

/** Starts a worker process and resolves once it is taking jobs. */
async function startWorker(args: readonly string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`worker exited with ${code} before it was ready: ${stderr}`)),
    );
  });
  return child;
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

beforeAll(() => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npm run build\` before these tests`);
});

afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => stop(c, 'SIGKILL')));
});

describe('SQLite queue file shared by processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kam-queue-proc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hands the jobs of a worker killed with SIGKILL to the next worker: none lost', async () => {
    const db = join(dir, 'queue.db');
    const record = join(dir, 'runs.jsonl');
    const policy: Partial<QueuePolicy> = { coalesceMs: 0, leaseMs: 1_000 };
    const producer = new SqliteQueue({ path: db, policy });
    const subjects = Array.from({ length: 20 }, (_, i) => `account:${i}`);
    await producer.enqueue(subjects.map((subject) => ({ tenantId: 't1', subject, requestedAt: 1 })));
    const events = (): RunEvent[] =>
      existsSync(record)
        ? readFileSync(record, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as RunEvent)
        : [];

    const doomed = await startWorker([
      'sqlite',
      db,
      record,
      JSON.stringify({ name: 'doomed', handlerMs: 400, concurrency: 4, policy }),
    ]);
    await waitFor(
      'the first worker to be mid-run',
      () => events().filter((e) => e.event === 'start').length >= 4,
    );
    await stop(doomed, 'SIGKILL');
    const cutOff = events();
    const unfinished = cutOff
      .filter((e) => e.event === 'start' && !cutOff.some((x) => x.event === 'end' && x.jobId === e.jobId))
      .map((e) => e.subject);
    expect(unfinished.length).toBeGreaterThan(0);

    const heir = await startWorker([
      'sqlite',
      db,
      record,
      JSON.stringify({ name: 'heir', handlerMs: 5, concurrency: 4, policy }),
    ]);
    await waitFor(
      'every subject to be handled',
      () =>
        new Set(
          events()
            .filter((e) => e.event === 'end')
            .map((e) => e.subject),
        ).size === subjects.length,
    );
    const all = events();
    for (const subject of unfinished) {
      // Handed out again once the dead worker's lease ran out, as its next attempt.
      expect(all.some((e) => e.subject === subject && e.worker === 'heir' && e.event === 'end')).toBe(true);
      expect(
        all.find((e) => e.subject === subject && e.worker === 'heir' && e.event === 'start')?.attempt,
      ).toBe(2);
    }
    await waitFor(
      'an empty queue',
      async () => (await producer.depth()).waiting + (await producer.depth()).active === 0,
    );
    expect(await producer.depth()).toEqual({ waiting: 0, active: 0, dead: 0 });
    await stop(heir, 'SIGTERM');
    await producer.close();
  }, 60_000);
});

describe('BullMQ queue with two worker processes', () => {
  const prefix = `kam-test-${randomUUID()}`;
  const redis = new Redis(REDIS_URL);
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('handles 2,000 requests for 50 subjects as 200 jobs, never one job or subject twice at once', async () => {
    const policy: Partial<QueuePolicy> = { coalesceMs: 100, leaseMs: 5_000 };
    const queueName = 'two-workers';
    const record = `${prefix}:record`;
    const config = (name: string): string =>
      JSON.stringify({ name, handlerMs: 15, concurrency: 4, policy, prefix, queueName });
    await Promise.all(['w1', 'w2'].map((name) => startWorker(['redis', REDIS_URL, record, config(name)])));
    const producer = new BullmqQueue({ connection: REDIS_URL, prefix, queueName, policy });
    const events = async (): Promise<RunEvent[]> =>
      (await redis.lrange(record, 0, -1)).map((l) => JSON.parse(l) as RunEvent);
    const subjects = Array.from({ length: 50 }, (_, i) => `account:${i}`);

    // Four waves of 500 requests (10 per subject); a wave goes out once the last one's jobs have
    // all started, so each wave makes exactly one new job per subject.
    for (let wave = 0; wave < 4; wave += 1) {
      const requests: JobRequest[] = subjects.flatMap((subject) =>
        Array.from({ length: 10 }, (_, i) => ({ tenantId: 't1', subject, requestedAt: wave * 100 + i })),
      );
      await Promise.all(requests.map((r) => producer.enqueue([r])));
      await waitFor(
        `wave ${wave} to start`,
        async () => (await events()).filter((e) => e.event === 'start').length >= 50 * (wave + 1),
      );
    }
    await waitFor(
      '200 jobs to end',
      async () => (await events()).filter((e) => e.event === 'end').length === 200,
    );

    const all = await events();
    const starts = all.filter((e) => e.event === 'start');
    expect(starts).toHaveLength(200);
    expect(new Set(starts.map((e) => e.jobId)).size).toBe(200);
    expect(starts.reduce((sum, e) => sum + e.requests, 0)).toBe(2_000);
    for (const subject of subjects) expect(starts.filter((e) => e.subject === subject)).toHaveLength(4);
    expect(new Set(starts.map((e) => e.worker))).toEqual(new Set(['w1', 'w2']));

    // Per subject, runs in start order: each ends before the next begins (so no job overlaps itself).
    for (const subject of subjects) {
      const runs = starts
        .filter((e) => e.subject === subject)
        .map((s) => ({ start: s.at, end: all.find((e) => e.event === 'end' && e.jobId === s.jobId)!.at }))
        .sort((a, b) => a.start - b.start);
      for (let i = 1; i < runs.length; i += 1)
        expect(runs[i]!.start).toBeGreaterThanOrEqual(runs[i - 1]!.end);
    }
    await producer.close();
  }, 120_000);

  it('hands the jobs of a worker killed with SIGKILL to the other worker once their lock expires', async () => {
    const policy: Partial<QueuePolicy> = { coalesceMs: 0, leaseMs: 1_000 };
    const queueName = 'killed-worker';
    const record = `${prefix}:record-killed`;
    const config = (name: string, handlerMs: number): string =>
      JSON.stringify({ name, handlerMs, concurrency: 4, policy, prefix, queueName });
    const producer = new BullmqQueue({ connection: REDIS_URL, prefix, queueName, policy });
    const events = async (): Promise<RunEvent[]> =>
      (await redis.lrange(record, 0, -1)).map((l) => JSON.parse(l) as RunEvent);
    const subjects = Array.from({ length: 8 }, (_, i) => `account:${i}`);

    const doomed = await startWorker(['redis', REDIS_URL, record, config('doomed', 60_000)]);
    await producer.enqueue(subjects.map((subject) => ({ tenantId: 't1', subject, requestedAt: 1 })));
    await waitFor('the first worker to be mid-run', async () => (await events()).length >= 4);
    await stop(doomed, 'SIGKILL');
    const unfinished = (await events()).map((e) => e.subject);

    await startWorker(['redis', REDIS_URL, record, config('heir', 5)]);
    await waitFor(
      'every subject to be handled',
      async () =>
        new Set((await events()).filter((e) => e.event === 'end').map((e) => e.subject)).size ===
        subjects.length,
      30_000,
    );
    const all = await events();
    for (const subject of unfinished) {
      const rerun = all.find((e) => e.subject === subject && e.worker === 'heir' && e.event === 'start');
      expect(rerun?.attempt).toBe(2);
    }
    await waitFor('an empty queue', async () => (await producer.depth()).active === 0);
    expect(await producer.depth()).toEqual({ waiting: 0, active: 0, dead: 0 });
    await producer.close();
  }, 60_000);
});

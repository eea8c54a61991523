import { DelayedError, Queue as BullQueue, UnrecoverableError, Worker, type Job as BullJob } from 'bullmq';
import type { Redis } from 'ioredis';
import { retryDelayMs } from '../backoff.js';
import { errorMessage, QueueError } from '../errors.js';
import type {
  DeadLetter,
  JobHandler,
  JobRequest,
  ProcessOptions,
  Queue,
  QueueDepth,
  QueuePolicy,
} from '../port.js';
import { PermanentJobError } from '../port.js';
import { parseProcessOptions } from '../process-options.js';
import { resolvePolicy } from '../policy.js';
import { coalesceRequests, parseCover } from '../requests.js';
import { connectRedis, type RedisConnection } from './connection.js';
import {
  jobOf,
  parseAddReply,
  parseCoverReply,
  parseJobData,
  parseRunStart,
  type Claim,
  type JobData,
} from './job-data.js';
import { CoalesceKeys, jobIdOf } from './keys.js';
import { addRequests, coverPending, endRun, renewRun, startRun } from './scripts.js';

export interface BullmqQueueOptions {
  readonly connection: RedisConnection;
  /** Prefix of every key, BullMQ's and the coalescing layer's: queues with different prefixes never meet. */
  readonly prefix?: string;
  readonly queueName?: string;
  readonly policy?: Partial<QueuePolicy>;
  /** Told about failures of the queue itself (Redis unreachable, …); the queue keeps going. */
  readonly onError?: (error: Error) => void;
}

const JOB_NAME = 'kam';
// A claim outlives its job's data update by far; it only matters if a process dies in between.
const CLAIM_TTL_MS = 7 * 24 * 3_600_000;

/**
 * The `Queue` port on BullMQ (Redis), for several worker processes. BullMQ brings delays, retries
 * with backoff, failed jobs (the dead letters) and the hand-out of stalled jobs; coalescing is a
 * layer of small Lua scripts beside it: a subject's requests gather in a pending entry with a
 * generation number, one BullMQ job per generation runs after the window and takes the entry over
 * when it starts, so a later request opens the next generation (a follow-up job). A run lock per
 * subject keeps two runs of one subject apart.
 */
export class BullmqQueue implements Queue {
  readonly policy: QueuePolicy;
  private readonly connection: RedisConnection;
  private readonly redis: Redis;
  private workerRedis: Redis | undefined;
  private readonly queue: BullQueue;
  private readonly keys: CoalesceKeys;
  private readonly prefix: string;
  private readonly queueName: string;
  private readonly onError: (error: Error) => void;
  private worker: Worker | undefined;
  private closing: Promise<void> | undefined;

  constructor(options: BullmqQueueOptions) {
    this.policy = resolvePolicy(options.policy);
    this.prefix = options.prefix ?? 'kam';
    this.queueName = options.queueName ?? 'jobs';
    this.onError = options.onError ?? ((e) => process.emitWarning(`queue: ${e.message}`));
    this.connection = options.connection;
    this.redis = connectRedis(options.connection, 'producer');
    this.redis.on('error', (e: Error) => this.onError(e));
    this.keys = new CoalesceKeys(this.prefix, this.queueName);
    this.queue = new BullQueue(this.queueName, { connection: this.redis, prefix: this.prefix });
    this.queue.on('error', (e: Error) => this.onError(e));
  }

  async enqueue(requests: readonly JobRequest[]): Promise<void> {
    this.assertOpen();
    const groups = coalesceRequests(requests);
    const added = await Promise.all(
      groups.map(async (g) => {
        const reply = await addRequests.run(
          this.redis,
          [
            this.keys.pending(g.tenantId, g.subject),
            this.keys.pendingCallbacks(g.tenantId, g.subject),
            this.keys.generation,
          ],
          [g.requests, g.firstRequestedAt, g.delayMs ?? this.policy.coalesceMs, ...g.callbacks],
        );
        return { ...g, ...parseAddReply(reply) };
      }),
    );
    if (added.length === 0) return;
    // Added every time, not only for a new generation: a job id BullMQ already holds is ignored,
    // and a process that died between the script and this call leaves no generation without a job.
    await this.queue.addBulk(
      added.map((a) => ({
        name: JOB_NAME,
        data: { tenantId: a.tenantId, subject: a.subject, generation: a.generation } satisfies JobData,
        opts: {
          jobId: jobIdOf(a.generation),
          delay: a.delayMs,
          attempts: this.policy.maxAttempts,
          backoff: { type: 'kam' },
          removeOnComplete: true,
        },
      })),
    );
  }

  process(handler: JobHandler, options: ProcessOptions): void {
    this.assertOpen();
    if (this.worker) throw new QueueError('QUEUE_STATE', 'queue: process() was already called');
    const { concurrency } = parseProcessOptions(options);
    const redis = connectRedis(this.connection, 'worker');
    redis.on('error', (e: Error) => this.onError(e));
    this.workerRedis = redis;
    this.worker = new Worker(this.queueName, (job, token) => this.runJob(redis, job, token, handler), {
      connection: redis,
      prefix: this.prefix,
      concurrency,
      // BullMQ renews the lock at half its duration; a lock not renewed (process died) makes the
      // job stalled, and the stalled check hands it out again.
      lockDuration: this.policy.leaseMs,
      stalledInterval: Math.min(this.policy.leaseMs, 30_000),
      maxStalledCount: this.policy.maxAttempts,
      settings: { backoffStrategy: (attemptsMade: number) => retryDelayMs(this.policy, attemptsMade) },
    });
    this.worker.on('error', (e: Error) => this.onError(e));
  }

  async coverPending(
    tenantId: string,
    subjects: readonly string[],
  ): Promise<ReadonlyMap<string, readonly string[]>> {
    this.assertOpen();
    const unique = parseCover(tenantId, subjects);
    if (unique.length === 0) return new Map();
    const keys = unique.flatMap((s) => [
      this.keys.pending(tenantId, s),
      this.keys.pendingCallbacks(tenantId, s),
    ]);
    const entries = parseCoverReply(await coverPending.run(this.redis, keys, []), unique.length);
    const covered = new Map<string, readonly string[]>();
    const generations: string[] = [];
    entries.forEach((entry, i) => {
      if (!entry) return;
      covered.set(unique[i]!, entry.callbacks);
      generations.push(entry.generation);
    });
    // The covered generations' jobs would find nothing to run and end; removing them now keeps
    // depth() right. One starting this instant is locked (BullMQ answers 0) and ends by itself, as
    // does one a producer adds late (its script ran before the cover). The requests are covered
    // already, so a failure here is only reported.
    await Promise.all(
      generations.map((g) =>
        this.queue
          .remove(jobIdOf(g), { removeChildren: false })
          .catch((e: unknown) => this.onError(asError(e))),
      ),
    );
    return covered;
  }

  async depth(): Promise<QueueDepth> {
    this.assertOpen();
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active', 'failed');
    const n = (type: string): number => counts[type] ?? 0;
    return {
      waiting: n('waiting') + n('delayed') + n('prioritized'),
      active: n('active'),
      dead: n('failed'),
    };
  }

  async deadLetters(limit: number): Promise<readonly DeadLetter[]> {
    this.assertOpen();
    const count = Math.max(0, Math.floor(limit));
    if (count === 0) return [];
    const failed = await this.queue.getFailed(0, count - 1);
    return failed
      .map((job): DeadLetter => {
        const data = parseJobData(job.data);
        // A job that failed before it ever started (stalled too often) took over no requests.
        const claim: Claim = data.claim ?? { requests: 1, firstRequestedAt: job.timestamp, callbacks: [] };
        return {
          job: jobOf(job.id ?? '', data, claim, Math.max(0, job.attemptsMade - 1)),
          reason: job.failedReason,
          failedAt: job.finishedOn ?? job.timestamp,
        };
      })
      .sort((a, b) => b.failedAt - a.failedAt);
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    try {
      await this.worker?.close();
      await this.queue.close();
    } finally {
      for (const redis of [this.redis, this.workerRedis]) await redis?.quit().catch(() => redis.disconnect());
    }
  }

  private assertOpen(): void {
    if (this.closing) throw new QueueError('QUEUE_STATE', 'queue: used after close()');
  }

  /** One run of a BullMQ job: take the subject's run lock and the job's requests, then handle it. */
  private async runJob(
    redis: Redis,
    job: BullJob,
    token: string | undefined,
    handler: JobHandler,
  ): Promise<void> {
    const data = parseJobData(job.data);
    const id = job.id ?? jobIdOf(data.generation);
    const lock = this.keys.running(data.tenantId, data.subject);
    const start = parseRunStart(
      await startRun.run(
        redis,
        [
          this.keys.pending(data.tenantId, data.subject),
          this.keys.pendingCallbacks(data.tenantId, data.subject),
          this.keys.claimed(data.generation),
          lock,
        ],
        [data.generation, id, this.policy.leaseMs, data.claim ? '1' : '0', CLAIM_TTL_MS],
      ),
    );
    if (start.kind === 'stale') return; // a late duplicate of a generation that already ran
    if (start.kind === 'busy') {
      // Another run of this subject holds the lock: look again soon, without spending an attempt.
      const wait = Math.min(Math.max(start.retryInMs, 25), Math.max(100, this.policy.coalesceMs));
      await job.moveToDelayed(Date.now() + wait, token);
      throw new DelayedError();
    }
    let claim = data.claim;
    if (start.kind === 'claimed') {
      claim = start.claim;
      await job.updateData({ ...data, claim });
      await redis.del(this.keys.claimed(data.generation));
    }
    if (!claim) throw new QueueError('QUEUE_BAD_DATA', `redis queue: job ${id} holds no claim`);
    const renewal = setInterval(() => {
      renewRun.run(redis, [lock], [id, this.policy.leaseMs]).catch((e: unknown) => this.onError(asError(e)));
    }, this.policy.leaseMs / 3);
    try {
      // A run lost with its process counts like a failed one (BullMQ counts it as stalled).
      await handler(jobOf(id, data, claim, job.attemptsMade + job.stalledCounter));
    } catch (e) {
      if (e instanceof PermanentJobError) throw new UnrecoverableError(e.message);
      throw asError(e);
    } finally {
      clearInterval(renewal);
      await endRun.run(redis, [lock], [id]).catch((e: unknown) => this.onError(asError(e)));
    }
  }
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(errorMessage(e)));

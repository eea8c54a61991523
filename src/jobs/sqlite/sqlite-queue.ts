import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { errorMessage, QueueError } from '../errors.js';
import type {
  DeadLetter,
  Job,
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
import { openQueueDatabase } from './database.js';
import { SqliteJobStore, type RunOutcome } from './job-store.js';

export interface SqliteQueueOptions {
  /** A database file (created if missing; shared by every process that opens it) or `:memory:`. */
  readonly path: string;
  readonly policy?: Partial<QueuePolicy>;
  /** Longest wait between looks for due work (other processes' enqueues are only seen then). */
  readonly pollMs?: number;
  /** The clock (ms since epoch); timers still run in real time. */
  readonly now?: () => number;
  /** Told about failures of the queue itself (database busy, …); the queue keeps going. */
  readonly onError?: (error: Error) => void;
}

const DEFAULT_POLL_MS = 500;

/** Enqueues in this process wake the queues on the same file at once, not at their next poll. */
const wakeups = new EventEmitter().setMaxListeners(0);

/** The `Queue` port on an embedded SQLite database (`node:sqlite`): one process or several on one file. */
export class SqliteQueue implements Queue {
  readonly policy: QueuePolicy;
  private readonly db: DatabaseSync;
  private readonly store: SqliteJobStore;
  private readonly now: () => number;
  private readonly pollMs: number;
  private readonly onError: (error: Error) => void;
  private readonly wakeKey: string;
  private readonly wake = (): void => this.schedule(0);
  private handler: JobHandler | undefined;
  private concurrency = 0;
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private closing: Promise<void> | undefined;

  constructor(options: SqliteQueueOptions) {
    this.policy = resolvePolicy(options.policy);
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    if (!Number.isFinite(this.pollMs) || this.pollMs <= 0) {
      throw new QueueError('QUEUE_BAD_CONFIG', `sqlite queue: pollMs must be a positive number`);
    }
    this.now = options.now ?? Date.now;
    this.onError = options.onError ?? ((e) => process.emitWarning(`queue: ${e.message}`));
    this.db = openQueueDatabase(options.path);
    this.store = new SqliteJobStore(this.db, this.policy);
    this.wakeKey = options.path === ':memory:' ? `memory:${randomUUID()}` : resolve(options.path);
  }

  async enqueue(requests: readonly JobRequest[]): Promise<void> {
    this.assertOpen();
    const coalesced = coalesceRequests(requests);
    if (coalesced.length === 0) return;
    this.store.enqueue(coalesced, this.now());
    wakeups.emit(this.wakeKey);
  }

  process(handler: JobHandler, options: ProcessOptions): void {
    this.assertOpen();
    if (this.handler) throw new QueueError('QUEUE_STATE', 'queue: process() was already called');
    this.concurrency = parseProcessOptions(options).concurrency;
    this.handler = handler;
    wakeups.on(this.wakeKey, this.wake);
    this.schedule(0);
  }

  async coverPending(
    tenantId: string,
    subjects: readonly string[],
  ): Promise<ReadonlyMap<string, readonly string[]>> {
    this.assertOpen();
    const unique = parseCover(tenantId, subjects);
    if (unique.length === 0) return new Map();
    return this.store.cover(tenantId, unique);
  }

  async depth(): Promise<QueueDepth> {
    this.assertOpen();
    return this.store.depth(this.now());
  }

  async deadLetters(limit: number): Promise<readonly DeadLetter[]> {
    this.assertOpen();
    return this.store.deadLetters(Math.max(0, Math.floor(limit)));
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    wakeups.off(this.wakeKey, this.wake);
    clearTimeout(this.timer);
    await Promise.allSettled([...this.running]);
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closing) throw new QueueError('QUEUE_STATE', 'queue: used after close()');
  }

  private schedule(delayMs: number): void {
    if (!this.handler || this.closing) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pump(), Math.max(0, delayMs));
  }

  /** Starts as many due jobs as there are free slots, then sleeps until the next thing falls due. */
  private pump(): void {
    if (!this.handler || this.closing) return;
    const handler = this.handler;
    let next = this.pollMs;
    try {
      const free = this.concurrency - this.running.size;
      const now = this.now();
      if (free > 0) for (const job of this.store.reserve(free, now)) this.start(job, handler);
      const wakeAt = this.store.nextWakeAt(now);
      if (wakeAt !== undefined) next = Math.min(next, wakeAt - now);
    } catch (e) {
      this.onError(asError(e));
    }
    this.schedule(next);
  }

  private start(job: Job, handler: JobHandler): void {
    const run = this.run(job, handler);
    this.running.add(run);
    void run.finally(() => {
      this.running.delete(run);
      this.schedule(0);
    });
  }

  private async run(job: Job, handler: JobHandler): Promise<void> {
    // Renewing well inside the lease keeps a slow but healthy run from being handed out twice.
    const renewal = setInterval(() => {
      try {
        this.store.renew(job, this.now());
      } catch (e) {
        this.onError(asError(e));
      }
    }, this.policy.leaseMs / 3);
    let outcome: RunOutcome;
    try {
      await handler(job);
      outcome = { ok: true };
    } catch (e) {
      outcome = { ok: false, reason: errorMessage(e), permanent: e instanceof PermanentJobError };
    } finally {
      clearInterval(renewal);
    }
    try {
      this.store.finish(job, outcome, this.now());
    } catch (e) {
      // The lease runs out and the job is handed out again: at least once, never lost.
      this.onError(asError(e));
    }
  }
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(errorMessage(e)));

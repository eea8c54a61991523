/**
 * The `Queue` port: durable work for the workers. A job is about one subject of one tenant (an
 * account to re-score, or a CRM record still to be traced to its accounts). Many requests for the
 * same (tenant, subject) within the coalescing window become one job; a failed job is retried with
 * backoff and, when its attempts are used up, kept as a dead letter with the reason. Delivery is at
 * least once, so handlers must be idempotent (a re-score is). Every adapter passes the conformance
 * suite in `test/jobs/conformance`.
 */

/** One request for work, as the intake makes it. */
export interface JobRequest {
  readonly tenantId: string;
  /** What to do, see `subjects.ts`: `account:<id>` or `record:<type>:<id>`. */
  readonly subject: string;
  /** When the event behind the request happened (ms since epoch), for latency figures. */
  readonly requestedAt: number;
  /** Workflow callbacks waiting for this subject's result (HubSpot `callbackId`s). */
  readonly callbacks?: readonly string[];
  /**
   * How long a new job for this request waits for others to join it; default the policy's
   * `coalesceMs`. A request joining a waiting job never moves that job's start.
   */
  readonly delayMs?: number;
}

/** A job as a handler sees it. */
export interface Job {
  /** Unique per job (a follow-up job for the same subject has its own id). */
  readonly id: string;
  readonly tenantId: string;
  readonly subject: string;
  /** Requests coalesced into this job (≥ 1). */
  readonly requests: number;
  /** The earliest `requestedAt` of those requests. */
  readonly firstRequestedAt: number;
  /** Every callback of those requests, each once, in arrival order. */
  readonly callbacks: readonly string[];
  /** 1 on the first run, 2 on the first retry, … */
  readonly attempt: number;
}

/** A job given up on: attempts used up, or a permanent failure. */
export interface DeadLetter {
  readonly job: Job;
  readonly reason: string;
  /** ms since epoch */
  readonly failedAt: number;
}

export interface QueueDepth {
  /** Waiting for their coalescing window or a retry backoff to pass, or due and not yet started. */
  readonly waiting: number;
  /** Being handled now. */
  readonly active: number;
  readonly dead: number;
}

/**
 * Thrown by a handler for a failure no retry can fix (the tenant is gone, the account does not
 * exist): the job goes to the dead letters at once.
 */
export class PermanentJobError extends Error {
  readonly code = 'PERMANENT_JOB_FAILURE';
}

/** Handles one job; resolving completes it, throwing retries it (or dead-letters it, see above). */
export type JobHandler = (job: Job) => Promise<void>;

export interface ProcessOptions {
  /** Jobs handled at once by this process. */
  readonly concurrency: number;
}

/** How jobs are coalesced and retried: configuration, the same for every adapter. */
export interface QueuePolicy {
  /** A job starts this long after its first request; later requests join it. */
  readonly coalesceMs: number;
  /** Runs per job in all (first included) before it is dead-lettered. */
  readonly maxAttempts: number;
  /** Retry n waits min(maxDelayMs, baseDelayMs × 2^(n−1)). */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A started job not finished within this time (its process died) is handed out again. */
  readonly leaseMs: number;
}

export const DEFAULT_QUEUE_POLICY: QueuePolicy = {
  coalesceMs: 1_000,
  maxAttempts: 8,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  leaseMs: 60_000,
};

export interface Queue {
  /**
   * Adds the requests; durable once the promise resolves. A request joins the job for its
   * (tenant, subject) that has not started yet, keeping that job's start time (so a steady stream
   * cannot postpone it); if the subject's job has already started, a follow-up job is made, so a
   * change that arrives during a run is never lost.
   */
  enqueue(requests: readonly JobRequest[]): Promise<void>;
  /** Starts handing due jobs to `handler` in this process, until `close()`. Call once. */
  process(handler: JobHandler, options: ProcessOptions): void;
  /**
   * Called just before the work for these subjects starts reading (the worker's load): every request
   * queued for them until now is covered by that work. Their pending jobs (waiting, not started) are
   * removed and their callbacks returned (subject → callbacks, each once, in arrival order), for the
   * caller to complete with its result. Requests that arrive after this call make jobs as usual.
   *
   * Atomic against `enqueue` from any process: every request is either covered (its callbacks
   * returned) or left to a job that runs, never both. A subject with no pending job is absent from
   * the answer. A caller whose work then fails should enqueue the covered subjects again (with
   * their callbacks), so nothing they asked for is lost.
   */
  coverPending(
    tenantId: string,
    subjects: readonly string[],
  ): Promise<ReadonlyMap<string, readonly string[]>>;
  depth(): Promise<QueueDepth>;
  /** The newest dead letters first. */
  deadLetters(limit: number): Promise<readonly DeadLetter[]>;
  /**
   * Stops taking jobs and waits for the running ones to finish (a graceful stop loses nothing:
   * waiting jobs stay in the queue for the next start).
   */
  close(): Promise<void>;
}

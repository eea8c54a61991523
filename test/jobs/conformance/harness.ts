import type { Job, JobHandler, Queue, QueuePolicy } from '../../../src/jobs/port.js';

/** Where one test's queues live: every `open` sees the same jobs (a file, a Redis key prefix). */
export interface QueueStorage {
  open(policy: Partial<QueuePolicy>): Queue;
  teardown(): Promise<void>;
}

/** An adapter's part of the suite: fresh, empty storage per test. */
export type OpenStorage = () => Promise<QueueStorage>;

export interface CaseContext {
  /** A queue on this test's storage with the suite's short policy (and `overrides`); closed after the test. */
  open(overrides?: Partial<QueuePolicy>): Queue;
}

/** Short windows and backoffs so the suite runs in seconds. */
export const TEST_POLICY: QueuePolicy = {
  coalesceMs: 200,
  maxAttempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  leaseMs: 5_000,
};

/** Timers and the clocks behind due times (the process's, Redis's) may differ by a few ms. */
export const CLOCK_SLACK_MS = 25;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `predicate` holds; fails naming what it waited for. */
export async function waitFor(what: string, predicate: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

export interface Run {
  readonly job: Job;
  readonly startedAt: number;
  endedAt?: number;
  error?: unknown;
}

/** A deferred promise: a gate a test opens when it wants a handler to go on. */
export function gate(): { readonly wait: Promise<void>; open(): void } {
  let open = (): void => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

/** Records every run a handler sees; `behave` decides how a run ends (resolve, throw, wait). */
export class Recorder {
  readonly runs: Run[] = [];
  private inFlight = 0;
  maxInFlight = 0;

  handler(behave: (job: Job, run: Run) => Promise<void> = async () => {}): JobHandler {
    return async (job) => {
      const run: Run = { job, startedAt: Date.now() };
      this.runs.push(run);
      this.inFlight += 1;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      try {
        await behave(job, run);
      } catch (e) {
        run.error = e;
        throw e;
      } finally {
        this.inFlight -= 1;
        run.endedAt = Date.now();
      }
    };
  }

  get ended(): Run[] {
    return this.runs.filter((r) => r.endedAt !== undefined);
  }

  runsOf(subject: string, tenantId = 't1'): Run[] {
    return this.runs.filter((r) => r.job.subject === subject && r.job.tenantId === tenantId);
  }
}

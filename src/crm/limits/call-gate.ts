import type { CallWindow } from './call-window.js';
import type { CallPolicy, ClassifyFailure } from './policy.js';
import type { Timer } from './rolling-window.js';
import { REAL_TIMER, RollingWindow } from './rolling-window.js';

/** Calls made through one gate: every attempt counts as a call. */
export interface GateUsage {
  readonly calls: number;
  readonly rateLimited: number;
  readonly retries: number;
}

/** A caller's own count of the calls it made through a shared gate. */
export class Tally {
  calls = 0;
  rateLimited = 0;
  retries = 0;

  usage(): GateUsage {
    return { calls: this.calls, rateLimited: this.rateLimited, retries: this.retries };
  }
}

/** Thrown when a call still fails after the policy's last attempt. */
export class RetriesExhaustedError extends Error {
  readonly code = 'RETRIES_EXHAUSTED';
  constructor(
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(
      `gave up after ${attempts} attempts: ${lastError instanceof Error ? lastError.message : String(lastError)}`,
    );
  }
}

/**
 * Everything one tenant's CRM is called through: paced by a rolling window (each attempt holds a
 * slot until one window after its answer), retried on 429 (waiting what the CRM says) and on
 * transient failures (exponential backoff with jitter), counted. The window is this process's own
 * unless one shared by several processes is given.
 */
export class CallGate {
  private readonly counts = new Tally();

  constructor(
    private readonly policy: CallPolicy,
    private readonly classify: ClassifyFailure,
    private readonly timer: Timer = REAL_TIMER,
    private readonly random: () => number = Math.random,
    private readonly window: CallWindow = new RollingWindow(policy.maxCalls, policy.windowMs, timer),
  ) {}

  /** Runs `call`, retrying as the policy says; every attempt is counted here and in `tally`. */
  async run<T>(call: () => Promise<T>, tally?: Tally): Promise<T> {
    const tallies = tally ? [this.counts, tally] : [this.counts];
    for (let attempt = 1; ; attempt++) {
      const release = await this.window.acquire();
      for (const t of tallies) t.calls++;
      let error: unknown;
      try {
        return await call();
      } catch (e) {
        error = e;
      } finally {
        // the answer (or failure) is in: the slot now counts until one window after this moment,
        // and not through the backoff below
        release?.();
      }
      const failure = this.classify(error);
      if (failure.kind === 'fatal') throw error;
      if (attempt >= this.policy.maxAttempts) throw new RetriesExhaustedError(attempt, error);
      for (const t of tallies) t.retries++;
      if (failure.kind === 'rateLimited') {
        for (const t of tallies) t.rateLimited++;
        this.window.pause(failure.retryAfterMs ?? this.policy.rateLimitedDelayMs);
      } else {
        await this.timer.sleep(this.backoff(attempt));
      }
    }
  }

  /** Calls of everyone using this gate. */
  usage(): GateUsage {
    return this.counts.usage();
  }

  private backoff(attempt: number): number {
    const cap = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(cap * this.random());
  }
}

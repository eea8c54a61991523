import { setTimeout as sleep } from 'node:timers/promises';
import type { CallUsage } from '../../port.js';

/** How the adapter retries one org's calls. Configuration, not code: each tenant may get its own. */
export interface SalesforceRetryPolicy {
  /** Retries after the first attempt of one call. */
  readonly maxRetries: number;
  /** First wait; doubled each retry, with up to 50 % jitter, capped at `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: SalesforceRetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
};

/** The org's daily API allocation is used up: nothing more can be done today. Never retried. */
export class SalesforceLimitError extends Error {
  override readonly name = 'SalesforceLimitError';
  constructor(
    readonly used: number | undefined,
    readonly max: number | undefined,
  ) {
    super(
      `daily API allocation exhausted: ${used ?? '?'}/${max ?? '?'} (Salesforce answered REQUEST_LIMIT_EXCEEDED; ` +
        'calls are possible again when the rolling 24-hour usage drops)',
    );
  }
}

/** What jsforce throws: `errorCode` from Salesforce's body, or `ERROR_HTTP_<status>`; FetchError for the network. */
interface SdkError {
  readonly errorCode?: unknown;
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
}

export type FailureKind = 'daily_limit' | 'rate_limited' | 'transient' | 'fatal';

/** Error codes Salesforce uses for a failure worth trying again (5xx, row locks, maintenance). */
const TRANSIENT_CODES = new Set([
  'UNKNOWN_EXCEPTION',
  'SERVER_UNAVAILABLE',
  'UNABLE_TO_LOCK_ROW',
  'REQUEST_RUNNING_TOO_LONG',
  'QUERY_TIMEOUT',
]);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET']);

/**
 * Sorts a failed call. `REQUEST_LIMIT_EXCEEDED` means two things in Salesforce: the daily allocation
 * (`TotalRequests Limit exceeded`, final) or a concurrency limit (`ConcurrentPerOrgLongTxn …`,
 * passes in seconds): the message tells them apart.
 */
export function classifyFailure(error: unknown): FailureKind {
  const e = (error ?? {}) as SdkError;
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (code === 'REQUEST_LIMIT_EXCEEDED')
    return /TotalRequests/i.test(message) ? 'daily_limit' : 'rate_limited';
  if (TRANSIENT_CODES.has(code) || /^ERROR_HTTP_5\d\d$/.test(code)) return 'transient';
  if (e.name === 'FetchError' || (typeof e.code === 'string' && NETWORK_CODES.has(e.code)))
    return 'transient';
  return 'fatal';
}

/**
 * One org's call budget: counts calls, retries and rate-limited answers, remembers the last
 * `Sforce-Limit-Info: api-usage=N/M`, and runs each call with the retry policy. One instance per
 * org, shared by everything that calls that org.
 */
export class OrgLimits {
  private calls = 0;
  private retries = 0;
  private rateLimited = 0;
  private apiUsage: { used: number; max: number } | undefined;

  constructor(
    readonly policy: SalesforceRetryPolicy = DEFAULT_RETRY_POLICY,
    private readonly wait: (ms: number) => Promise<unknown> = (ms) => sleep(ms),
  ) {}

  /** The org's usage as its last answer told it (`Sforce-Limit-Info`), if any. */
  usageInfo(): { readonly used: number; readonly max: number } | undefined {
    return this.apiUsage;
  }

  noteUsage(used: number, max: number): void {
    this.apiUsage = { used, max };
  }

  usage(): CallUsage {
    return { calls: this.calls, rateLimited: this.rateLimited, retries: this.retries };
  }

  /** Runs one API call (each attempt counts), retrying transient failures with backoff. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      this.calls++;
      try {
        return await call();
      } catch (error) {
        const kind = classifyFailure(error);
        if (kind === 'daily_limit') throw new SalesforceLimitError(this.apiUsage?.used, this.apiUsage?.max);
        if (kind === 'rate_limited') this.rateLimited++;
        if (kind === 'fatal' || attempt >= this.policy.maxRetries) throw error;
        this.retries++;
        await this.wait(this.delay(attempt));
      }
    }
  }

  /** Waits before retrying records a call could not save (row locks), counted as a retry. */
  async backoff(attempt: number): Promise<void> {
    this.retries++;
    await this.wait(this.delay(attempt));
  }

  /** Backoff before retry `attempt + 1`. */
  delay(attempt: number): number {
    const base = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** attempt);
    return Math.round(base * (0.5 + Math.random() * 0.5));
  }
}

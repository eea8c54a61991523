import { z } from 'zod';

/**
 * How calls to one tenant's CRM are paced and retried. Configuration, not code: each CRM adapter
 * has a default, and a tenant (or a test) can pass its own.
 */
export const CallPolicy = z
  .object({
    /** Calls allowed per rolling window, per tenant (HubSpot private apps: 190 per 10 s). */
    maxCalls: z.number().int().positive().default(190),
    windowMs: z.number().int().positive().default(10_000),
    /** Attempts per call in all (first try included). */
    maxAttempts: z.number().int().min(1).max(50).default(8),
    /** Backoff for 5xx and network errors: base × 2^(attempt−1), capped, with full jitter. */
    baseDelayMs: z.number().int().min(0).default(250),
    maxDelayMs: z.number().int().min(0).default(30_000),
    /** Wait after a 429 when the CRM gives no hint. */
    rateLimitedDelayMs: z.number().int().min(0).default(1_000),
  })
  .strict();
export type CallPolicy = z.infer<typeof CallPolicy>;
export type CallPolicyInput = z.input<typeof CallPolicy>;

/** What a failed call means for retrying it; each CRM adapter classifies its own errors. */
export type CallFailure =
  /** The CRM said "too many requests"; `retryAfterMs` when it said how long to wait. */
  | { readonly kind: 'rateLimited'; readonly retryAfterMs?: number }
  /** A 5xx, a timeout, a dropped connection: worth another try after a backoff. */
  | { readonly kind: 'transient' }
  /** Anything else (4xx, an exhausted daily allowance): thrown at once. */
  | { readonly kind: 'fatal' };

export type ClassifyFailure = (error: unknown) => CallFailure;

/** A `Retry-After` header (seconds or an HTTP date) in milliseconds, if it is one. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

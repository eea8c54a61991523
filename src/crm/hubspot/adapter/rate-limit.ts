import type { CallFailure, CallPolicyInput } from '../../limits/index.js';
import { retryAfterMs } from '../../limits/index.js';

/** HubSpot's limits for a private app or OAuth app on Professional/Enterprise: 190 calls per 10 s. */
export const HUBSPOT_POLICY: CallPolicyInput = { maxCalls: 190, windowMs: 10_000 };

/** Thrown (never retried) when the portal's daily allowance is used up. */
export class HubSpotDailyLimitError extends Error {
  readonly code = 'HUBSPOT_DAILY_LIMIT';
  constructor() {
    super('HubSpot daily API limit reached for this portal; calls resume after midnight (portal time zone).');
  }
}

interface ErrorLike {
  readonly code?: unknown;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

function header(headers: ErrorLike['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function policyName(body: unknown): string | undefined {
  const parsed: unknown = typeof body === 'string' ? safeJson(body) : body;
  if (parsed && typeof parsed === 'object' && 'policyName' in parsed) {
    const name = (parsed as { policyName: unknown }).policyName;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * What a failed `@hubspot/api-client` call means: 429 → wait (`Retry-After`, else the rolling
 * window's interval when `X-HubSpot-RateLimit-Remaining` is 0); a DAILY 429 → fatal with a clear
 * error; 5xx and network errors → retry with backoff; other statuses → fatal.
 *
 * The whole interval, because the headers name the window's length, not when HubSpot's oldest
 * counted call leaves it. The gate's own window holds each slot until one window after its answer,
 * so on its own it stays under the portal's limit: a rolling-window 429 means calls it does not see
 * (another app of the portal, a process outside the shared window), and its own oldest slot says
 * nothing about theirs. A shorter wait would likely meet another 429 and spend another attempt.
 */
export function classifyHubSpotFailure(error: unknown): CallFailure {
  const e = (error ?? {}) as ErrorLike;
  if (typeof e.code !== 'number')
    return error instanceof HubSpotDailyLimitError ? { kind: 'fatal' } : { kind: 'transient' };
  if (e.code === 429) {
    if (policyName(e.body) === 'DAILY') return { kind: 'fatal' };
    const after = retryAfterMs(header(e.headers, 'retry-after'));
    if (after !== undefined) return { kind: 'rateLimited', retryAfterMs: after };
    const remaining = header(e.headers, 'x-hubspot-ratelimit-remaining');
    const interval = Number(header(e.headers, 'x-hubspot-ratelimit-interval-milliseconds'));
    if (remaining === '0' && Number.isFinite(interval) && interval > 0)
      return { kind: 'rateLimited', retryAfterMs: Math.min(interval, 10_000) };
    return { kind: 'rateLimited' };
  }
  return e.code >= 500 ? { kind: 'transient' } : { kind: 'fatal' };
}

/** The daily-limit 429 as its own error, so callers can tell "stop for today" from other failures. */
export function asDailyLimit(error: unknown): unknown {
  const e = (error ?? {}) as ErrorLike;
  return e.code === 429 && policyName(e.body) === 'DAILY' ? new HubSpotDailyLimitError() : error;
}

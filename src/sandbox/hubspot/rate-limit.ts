import type { HubSpotOptions } from '../options.js';

export type RatePolicy = 'TEN_SECONDLY_ROLLING' | 'DAILY' | 'SECONDLY';

export type RateDecision =
  | { readonly ok: true; readonly remaining: number; readonly dailyRemaining: number }
  | {
      readonly ok: false;
      readonly policy: RatePolicy;
      readonly remaining: number;
      readonly dailyRemaining: number;
    };

/** Timestamps of recent calls in a rolling window (a ring buffer sized to the limit). */
class RollingWindow {
  private readonly times: number[] = [];
  private head = 0;
  constructor(
    private readonly max: number,
    private readonly intervalMs: number,
  ) {}

  /** How many calls are left now (after expiring old ones). */
  remaining(now: number): number {
    while (this.head < this.times.length && this.times[this.head]! <= now - this.intervalMs) this.head++;
    if (this.head > 1024) {
      this.times.splice(0, this.head);
      this.head = 0;
    }
    return this.max - (this.times.length - this.head);
  }

  take(now: number): void {
    this.times.push(now);
  }
}

/**
 * HubSpot's limits per token: a rolling window (default 190 calls per 10 s), a daily counter
 * (UTC day), and search's own per-second limit. Refused calls do not count.
 */
export class RateLimiter {
  private readonly windows = new Map<string, RollingWindow>();
  private readonly searchWindows = new Map<string, RollingWindow>();
  private readonly daily = new Map<string, { day: string; count: number }>();

  constructor(readonly limits: HubSpotOptions['rateLimit']) {}

  take(token: string, now: Date, search: boolean): RateDecision {
    const ms = now.getTime();
    const window = getOrAdd(
      this.windows,
      token,
      () => new RollingWindow(this.limits.max, this.limits.intervalMs),
    );
    const day = now.toISOString().slice(0, 10);
    let used = this.daily.get(token);
    if (!used || used.day !== day) {
      used = { day, count: 0 };
      this.daily.set(token, used);
    }
    const remaining = window.remaining(ms);
    const dailyRemaining = this.limits.daily - used.count;
    if (dailyRemaining <= 0) return { ok: false, policy: 'DAILY', remaining, dailyRemaining: 0 };
    if (remaining <= 0) return { ok: false, policy: 'TEN_SECONDLY_ROLLING', remaining: 0, dailyRemaining };
    if (search) {
      const perSecond = getOrAdd(
        this.searchWindows,
        token,
        () => new RollingWindow(this.limits.searchPerSecond, 1000),
      );
      if (perSecond.remaining(ms) <= 0) return { ok: false, policy: 'SECONDLY', remaining, dailyRemaining };
      perSecond.take(ms);
    }
    window.take(ms);
    used.count++;
    return { ok: true, remaining: remaining - 1, dailyRemaining: dailyRemaining - 1 };
  }

  reset(): void {
    this.windows.clear();
    this.searchWindows.clear();
    this.daily.clear();
  }
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const MESSAGES: Record<RatePolicy, string> = {
  TEN_SECONDLY_ROLLING: 'You have reached your ten_secondly_rolling limit.',
  DAILY: 'You have reached your daily limit.',
  SECONDLY: 'You have reached your secondly limit.',
};

/** HubSpot's 429 body. */
export function rateLimitBody(policy: RatePolicy, correlationId: string) {
  return {
    status: 'error',
    message: MESSAGES[policy],
    errorType: 'RATE_LIMIT',
    correlationId,
    policyName: policy,
    category: 'RATE_LIMITS',
  };
}

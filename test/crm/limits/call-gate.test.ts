import { describe, expect, it } from '@jest/globals';
import type { CallFailure, CallWindow, Timer } from '../../../src/crm/limits/index.js';
import {
  CallGate,
  CallPolicy,
  RetriesExhaustedError,
  retryAfterMs,
  RollingWindow,
  Tally,
} from '../../../src/crm/limits/index.js';

/** A clock that only moves when someone sleeps. */
class FakeTimer implements Timer {
  t = 0;
  slept: number[] = [];
  now() {
    return this.t;
  }
  async sleep(ms: number) {
    this.slept.push(ms);
    this.t += ms;
  }
}

const failing = (code: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${code}`), { code, headers });
const classify = (e: unknown): CallFailure => {
  const code = (e as { code?: number }).code ?? 0;
  if (code === 429) return { kind: 'rateLimited', retryAfterMs: 2000 };
  return code >= 500 ? { kind: 'transient' } : { kind: 'fatal' };
};

describe('RollingWindow', () => {
  it('lets max calls start per window and holds the next until the oldest leaves it', async () => {
    const timer = new FakeTimer();
    const window = new RollingWindow(3, 10_000, timer);
    for (let i = 0; i < 3; i++) await window.acquire();
    expect(timer.t).toBe(0);
    await window.acquire();
    expect(timer.t).toBe(10_000);
  });

  it('holds everyone during a pause', async () => {
    const timer = new FakeTimer();
    const window = new RollingWindow(100, 10_000, timer);
    window.pause(1500);
    await window.acquire();
    expect(timer.t).toBe(1500);
  });
});

describe('CallGate', () => {
  const policy = CallPolicy.parse({ maxCalls: 100, maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 });

  it('retries 429s after the wait the CRM named, and 5xx with growing backoff', async () => {
    const timer = new FakeTimer();
    const gate = new CallGate(policy, classify, timer, () => 1);
    const errors = [failing(429), failing(503), failing(502)];
    const tally = new Tally();
    const value = await gate.run(async () => {
      const e = errors.shift();
      if (e) throw e;
      return 'ok';
    }, tally);
    expect(value).toBe('ok');
    expect(timer.slept).toEqual([2000, 200, 400]); // backoff by attempt number
    expect(tally.usage()).toEqual({ calls: 4, rateLimited: 1, retries: 3 });
    expect(gate.usage()).toEqual(tally.usage());
  });

  it('throws a fatal error at once and gives up after the last attempt', async () => {
    const gate = new CallGate(policy, classify, new FakeTimer(), () => 0);
    await expect(gate.run(() => Promise.reject(failing(400)))).rejects.toThrow('HTTP 400');
    expect(gate.usage().calls).toBe(1);
    const exhausted = gate.run(() => Promise.reject(failing(500)));
    await expect(exhausted).rejects.toBeInstanceOf(RetriesExhaustedError);
    expect(gate.usage().calls).toBe(5);
  });

  it('waits in the window it is given and pauses it on a 429', async () => {
    const seen: string[] = [];
    const window: CallWindow = {
      acquire: async () => void seen.push('acquire'),
      pause: (ms) => void seen.push(`pause ${ms}`),
    };
    const gate = new CallGate(policy, classify, new FakeTimer(), () => 0, window);
    const errors = [failing(429)];
    await gate.run(async () => {
      const e = errors.shift();
      if (e) throw e;
    });
    expect(seen).toEqual(['acquire', 'pause 2000', 'acquire']);
  });

  it('policy is configuration, validated', () => {
    expect(() => CallPolicy.parse({ maxCalls: 0 })).toThrow();
    expect(CallPolicy.parse({})).toMatchObject({ maxCalls: 190, windowMs: 10_000 });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('Fri, 27 Nov 2026 09:00:05 GMT', Date.parse('2026-11-27T09:00:00Z'))).toBe(5000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});

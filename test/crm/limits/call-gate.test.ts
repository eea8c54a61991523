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

/** A clock the test moves; sleepers wake when it passes their time. */
class ManualTimer implements Timer {
  t = 0;
  private sleepers: { at: number; wake: () => void }[] = [];
  now() {
    return this.t;
  }
  sleep(ms: number) {
    return new Promise<void>((wake) => this.sleepers.push({ at: this.t + ms, wake }));
  }
  /** Moves the clock on by `ms`, waking each sleeper at its time and letting it run. */
  async advance(ms: number) {
    const end = this.t + ms;
    for (;;) {
      await new Promise((r) => setImmediate(r));
      const next = Math.min(...this.sleepers.map((s) => s.at));
      if (!(next <= end)) break;
      this.t = next;
      const due = this.sleepers.filter((s) => s.at === next);
      this.sleepers = this.sleepers.filter((s) => s.at !== next);
      for (const s of due) s.wake();
    }
    this.t = end;
    await new Promise((r) => setImmediate(r));
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
    for (let i = 0; i < 3; i++) (await window.acquire())();
    expect(timer.t).toBe(0);
    await window.acquire();
    expect(timer.t).toBe(10_000);
  });

  it('holds the slot of a slow call until one window after its answer', async () => {
    const timer = new FakeTimer();
    const window = new RollingWindow(1, 10_000, timer);
    const release = await window.acquire();
    timer.t += 3_000; // the answer comes 3 s after the start
    release();
    await window.acquire();
    expect(timer.t).toBe(13_000);
  });

  it('never frees the slot of a call still in flight', async () => {
    const timer = new ManualTimer();
    const window = new RollingWindow(2, 1_000, timer);
    const first = await window.acquire();
    const second = await window.acquire();
    let startedAt: number | undefined;
    const third = window.acquire().then((release) => {
      startedAt = timer.now();
      return release;
    });
    await timer.advance(20_000);
    expect(startedAt).toBeUndefined();
    second();
    second(); // a second release changes nothing
    await timer.advance(999);
    expect(startedAt).toBeUndefined();
    await timer.advance(1);
    expect(startedAt).toBe(21_000);
    // the other call is still running: only the slot freed by `second` was free
    let fourthAt: number | undefined;
    void window.acquire().then(() => (fourthAt = timer.now()));
    (await third)();
    await timer.advance(10_000);
    expect(fourthAt).toBe(22_000);
    first();
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

  it('waits in the window it is given, releases each attempt as it ends and pauses on a 429', async () => {
    const seen: string[] = [];
    const window: CallWindow = {
      acquire: async () => {
        seen.push('acquire');
        return () => void seen.push('release');
      },
      pause: (ms) => void seen.push(`pause ${ms}`),
    };
    const gate = new CallGate(policy, classify, new FakeTimer(), () => 0, window);
    const errors = [failing(429)];
    await gate.run(async () => {
      seen.push('call');
      const e = errors.shift();
      if (e) throw e;
    });
    expect(seen).toEqual(['acquire', 'call', 'release', 'pause 2000', 'acquire', 'call', 'release']);
    // a window that counts starts only gives nothing to release
    const startsOnly: CallWindow = { acquire: async () => undefined, pause: () => undefined };
    await expect(
      new CallGate(policy, classify, new FakeTimer(), () => 0, startsOnly).run(async () => 7),
    ).resolves.toBe(7);
  });

  it('counts a slow call against the window until one window after its answer', async () => {
    const timer = new FakeTimer();
    const gate = new CallGate(CallPolicy.parse({ maxCalls: 1, windowMs: 10_000 }), classify, timer);
    await gate.run(() => timer.sleep(3_000));
    expect(await gate.run(async () => timer.now())).toBe(13_000);
  });

  it('counts a failed attempt until one window after its failure, and not through the backoff', async () => {
    const timer = new FakeTimer();
    const single = CallPolicy.parse({ maxCalls: 1, windowMs: 10_000, baseDelayMs: 4_000 });
    const gate = new CallGate(single, classify, timer, () => 1);
    let attempts = 0;
    const startedAt = await gate.run(async () => {
      if (++attempts > 1) return timer.now();
      await timer.sleep(2_000);
      throw failing(503);
    });
    // released at 2 s; the 4 s backoff ends at 6 s, inside the window; the slot frees at 12 s
    expect(startedAt).toBe(12_000);
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

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { RedisRollingWindow } from '../../../src/crm/limits/index.js';

/** Every key of this run starts with it; removed afterwards. */
const PREFIX = `kam-test:redis-window:${randomUUID()}`;
/** Times are taken on the caller's clock around Redis's: allow for delivery and timer granularity. */
const TOLERANCE_MS = 100;

const connect = () =>
  new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true, maxRetriesPerRequest: 2 });

/** Resolves when `check` holds, polling; fails after `timeoutMs`. */
async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('RedisRollingWindow', () => {
  // Two connections, as two worker processes would have.
  let first: Redis;
  let second: Redis;

  beforeAll(async () => {
    first = connect();
    second = connect();
    await Promise.all([first.connect(), second.connect()]);
  });

  afterAll(async () => {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await first.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
      keys.push(...found);
      cursor = next;
    } while (cursor !== '0');
    if (keys.length > 0) await first.del(...keys);
    await Promise.all([first.quit(), second.quit()]);
  });

  it('lets at most max calls start in any window, counted across processes', async () => {
    const options = { key: `${PREFIX}:shared`, max: 4, windowMs: 1_000 };
    const windows = [new RedisRollingWindow(first, options), new RedisRollingWindow(second, options)];
    const starts: number[] = [];
    const calls = 12; // three windows' worth
    await Promise.all(
      Array.from({ length: calls }, async (_, i) => {
        const release = await windows[i % 2]!.acquire();
        starts.push(Date.now());
        release(); // an instant answer: the slot counts one window from now
      }),
    );
    expect(starts).toHaveLength(calls);
    starts.sort((x, y) => x - y);
    // Any max + 1 consecutive starts span at least one window.
    for (let i = 0; i + options.max < starts.length; i++)
      expect(starts[i + options.max]! - starts[i]!).toBeGreaterThanOrEqual(options.windowMs - TOLERANCE_MS);
  }, 20_000);

  it('shares a pause: a 429 seen by one process holds back the others', async () => {
    const options = { key: `${PREFIX}:paused`, max: 100, windowMs: 10_000 };
    const pausing = new RedisRollingWindow(first, options);
    const other = new RedisRollingWindow(second, options);
    const before = Date.now();
    pausing.pause(800);
    await until(async () => (await second.pttl(other.keys.pausedUntil)) > 0);
    (await other.acquire())();
    expect(Date.now() - before).toBeGreaterThanOrEqual(800 - TOLERANCE_MS);
  }, 10_000);

  it('never shortens a pause', async () => {
    const window = new RedisRollingWindow(first, { key: `${PREFIX}:longest`, max: 1, windowMs: 1_000 });
    window.pause(5_000);
    window.pause(100);
    await until(async () => (await first.pttl(window.keys.pausedUntil)) > 0);
    expect(await first.pttl(window.keys.pausedUntil)).toBeGreaterThan(1_000);
  });

  it('keeps separate keys apart: one tenant waiting does not hold back another', async () => {
    const busy = new RedisRollingWindow(first, { key: `${PREFIX}:busy`, max: 2, windowMs: 1_500 });
    const idle = new RedisRollingWindow(second, { key: `${PREFIX}:idle`, max: 2, windowMs: 1_500 });
    (await busy.acquire())();
    (await busy.acquire())();
    const order: string[] = [];
    const waiting = busy.acquire().then((release) => {
      order.push('busy');
      release();
    });
    (await idle.acquire())();
    order.push('idle');
    await waiting;
    expect(order).toEqual(['idle', 'busy']);
  }, 10_000);

  it('holds a slot while its call runs, past its lease, and one window after the answer', async () => {
    // a lease much shorter than the call: only its renewal keeps the slot
    const options = { key: `${PREFIX}:slow`, max: 1, windowMs: 800, leaseMs: 150 };
    const caller = new RedisRollingWindow(first, options);
    const other = new RedisRollingWindow(second, options);
    const release = await caller.acquire();
    let otherStarted = false;
    const waiting = other.acquire().then((releaseOther) => {
      otherStarted = true;
      return releaseOther;
    });
    await new Promise((r) => setTimeout(r, 1_500)); // the call runs past lease + window
    expect(otherStarted).toBe(false);
    const answeredAt = Date.now();
    release();
    (await waiting)();
    expect(Date.now() - answeredAt).toBeGreaterThanOrEqual(options.windowMs - TOLERANCE_MS);
  }, 10_000);

  it('frees the slots of a process that died one window after their lease ran out', async () => {
    const options = { key: `${PREFIX}:died`, max: 1, windowMs: 500, leaseMs: 300 };
    const dying = connect();
    await dying.connect();
    const startedAt = Date.now();
    await new RedisRollingWindow(dying, options).acquire();
    dying.disconnect(); // neither renews nor releases from now on
    (await new RedisRollingWindow(second, options).acquire())();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(options.leaseMs + options.windowMs - TOLERANCE_MS);
  }, 10_000);

  it('refuses bad options, naming them', () => {
    expect(() => new RedisRollingWindow(first, { key: '', max: 0, windowMs: 1_000 })).toThrow(/key.*max/s);
  });
});

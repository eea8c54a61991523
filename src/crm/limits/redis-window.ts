import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { CallWindow } from './call-window.js';
import type { Timer } from './rolling-window.js';
import { REAL_TIMER } from './rolling-window.js';

/*
 * Both scripts read the clock with Redis's TIME, not the caller's: every process, on whatever
 * machine, then judges the window by one clock, and worker clocks that drift apart cannot let more
 * than `max` calls through. (Redis ≥ 5 replicates a script's effects, so reading TIME before a
 * write is allowed.) Times are milliseconds with microsecond fractions, written with
 * string.format because Lua's default number-to-string keeps only 14 digits.
 */

/**
 * KEYS[1] the sorted set of starts (score = start time), KEYS[2] the "paused until" key;
 * ARGV max, windowMs, a member unique to this start. Returns 0 when the start was recorded, else
 * the milliseconds to wait before asking again.
 */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local max = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local pausedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if pausedUntil > now then return math.ceil(pausedUntil - now) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.3f', now - windowMs))
if redis.call('ZCARD', KEYS[1]) < max then
  redis.call('ZADD', KEYS[1], string.format('%.3f', now), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], windowMs)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, math.ceil(tonumber(oldest[2]) + windowMs - now))
`;

/** KEYS[1] the "paused until" key; ARGV ms. Moves the pause's end later, never earlier. */
const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local ms = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + ms > current then
  redis.call('SET', KEYS[1], string.format('%.3f', now + ms), 'PX', math.ceil(ms))
end
return 0
`;

const sha1 = (script: string) => createHash('sha1').update(script).digest('hex');
const SCRIPTS = {
  acquire: { source: ACQUIRE, sha: sha1(ACQUIRE) },
  pause: { source: PAUSE, sha: sha1(PAUSE) },
} as const;

export const RedisWindowOptions = z
  .object({
    /** Names the window: every process using the same key shares it (e.g. `kam:hubspot:<portal id>`). */
    key: z.string().min(1),
    max: z.number().int().positive(),
    windowMs: z.number().int().positive(),
  })
  .strict();
export type RedisWindowOptions = z.infer<typeof RedisWindowOptions>;

const WaitMs = z.number().int().min(0);

/**
 * At most `max` starts per rolling `windowMs` for one key across every process that uses it: the
 * check and the record of a start are one Lua script over a sorted set, so two processes can never
 * both take the last slot. `pause(ms)` sets a shared "paused until" that every process honours, so
 * a 429 seen by one worker slows them all. Within a process, callers take turns in arrival order.
 */
export class RedisRollingWindow implements CallWindow {
  readonly keys: { readonly starts: string; readonly pausedUntil: string };
  private readonly options: RedisWindowOptions;
  private readonly owner = randomUUID();
  private sequence = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly redis: Redis,
    options: RedisWindowOptions,
    private readonly timer: Timer = REAL_TIMER,
  ) {
    const parsed = RedisWindowOptions.safeParse(options);
    if (!parsed.success)
      throw new Error(
        `RedisRollingWindow: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    this.options = parsed.data;
    this.keys = { starts: `${parsed.data.key}:starts`, pausedUntil: `${parsed.data.key}:paused-until` };
  }

  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Fire and forget: the command is queued on this connection before any later `acquire` of this
   * process, so this process honours it at once; a pause lost to a Redis failure only means the
   * CRM answers 429 again and the next pause lands.
   */
  pause(ms: number): void {
    if (!(ms > 0)) return;
    this.run('pause', [this.keys.pausedUntil], [String(Math.ceil(ms))]).catch(() => undefined);
  }

  private async waitForSlot(): Promise<void> {
    const { max, windowMs } = this.options;
    for (;;) {
      const member = `${this.owner}:${++this.sequence}`;
      const reply = await this.run(
        'acquire',
        [this.keys.starts, this.keys.pausedUntil],
        [String(max), String(windowMs), member],
      );
      const wait = WaitMs.safeParse(reply);
      if (!wait.success)
        throw new Error(`call window ${this.options.key}: unexpected answer from Redis: ${String(reply)}`);
      if (wait.data === 0) return;
      await this.timer.sleep(wait.data);
    }
  }

  /** EVALSHA, loading the script with EVAL when this Redis has not seen it (NOSCRIPT). */
  private async run(
    script: keyof typeof SCRIPTS,
    keys: readonly string[],
    args: readonly string[],
  ): Promise<unknown> {
    const { sha, source } = SCRIPTS[script];
    try {
      return await this.redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (e) {
      if (!(e instanceof Error) || !e.message.startsWith('NOSCRIPT')) throw e;
      return this.redis.eval(source, keys.length, ...keys, ...args);
    }
  }
}

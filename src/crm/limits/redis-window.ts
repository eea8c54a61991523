import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { CallWindow, ReleaseSlot } from './call-window.js';
import type { WindowScript } from './redis-window-scripts.js';
import { WINDOW_SCRIPTS } from './redis-window-scripts.js';
import type { Timer } from './rolling-window.js';
import { REAL_TIMER } from './rolling-window.js';

export const RedisWindowOptions = z
  .object({
    /** Names the window: every process using the same key shares it (e.g. `kam:hubspot:<portal id>`). */
    key: z.string().min(1),
    max: z.number().int().positive(),
    windowMs: z.number().int().positive(),
    /**
     * How long a running call's slot is held without news from its process. The process renews the
     * lease while the call runs; only a process that dies lets it run out, and its slots then leave
     * the window one window after that.
     */
    leaseMs: z.number().int().min(30).default(30_000),
  })
  .strict();
export type RedisWindowOptions = z.infer<typeof RedisWindowOptions>;
export type RedisWindowOptionsInput = z.input<typeof RedisWindowOptions>;

const WaitMs = z.number().int().min(0);

/**
 * At most `max` calls per rolling `windowMs` for one key across every process that uses it, each
 * slot held from the call's start until `windowMs` after its release (see `CallWindow`). Taking a
 * slot is one Lua script over a sorted set, so two processes can never both take the last one.
 * `pause(ms)` sets a shared "paused until" that every process honours, so a 429 seen by one worker
 * slows them all. Within a process, callers take turns in arrival order.
 */
export class RedisRollingWindow implements CallWindow {
  readonly keys: { readonly slots: string; readonly pausedUntil: string };
  private readonly options: RedisWindowOptions;
  private readonly owner = randomUUID();
  private sequence = 0;
  private queue: Promise<void> = Promise.resolve();
  /** Members of this process's calls still running, whose leases the heartbeat renews. */
  private readonly held = new Set<string>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly redis: Redis,
    options: RedisWindowOptionsInput,
    private readonly timer: Timer = REAL_TIMER,
  ) {
    const parsed = RedisWindowOptions.safeParse(options);
    if (!parsed.success)
      throw new Error(
        `RedisRollingWindow: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    this.options = parsed.data;
    this.keys = {
      // named when it held start times; kept so a rolling deploy's old and new processes share it
      slots: `${parsed.data.key}:starts`,
      pausedUntil: `${parsed.data.key}:paused-until`,
    };
  }

  acquire(): Promise<ReleaseSlot> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
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

  private async waitForSlot(): Promise<ReleaseSlot> {
    const { max, windowMs, leaseMs } = this.options;
    for (;;) {
      const member = `${this.owner}:${++this.sequence}`;
      const reply = await this.run(
        'acquire',
        [this.keys.slots, this.keys.pausedUntil],
        [String(max), String(windowMs), member, String(leaseMs)],
      );
      const wait = WaitMs.safeParse(reply);
      if (!wait.success)
        throw new Error(`call window ${this.options.key}: unexpected answer from Redis: ${String(reply)}`);
      if (wait.data === 0) return this.hold(member);
      await this.timer.sleep(wait.data);
    }
  }

  private hold(member: string): ReleaseSlot {
    this.held.add(member);
    if (!this.heartbeat) {
      this.heartbeat = setInterval(() => this.renew(), Math.floor(this.options.leaseMs / 3));
      this.heartbeat.unref(); // a running call keeps the process alive, not its lease
    }
    return () => this.release(member);
  }

  /**
   * Fire and forget, like `pause`. A release lost to a Redis failure leaves the slot at its lease's
   * end (no longer renewed): it then counts a while longer than needed, never shorter.
   */
  private release(member: string): void {
    if (!this.held.delete(member)) return;
    if (this.held.size === 0) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
    this.run('release', [this.keys.slots], [member]).catch(() => undefined);
  }

  /** A renewal lost to a Redis failure is made good by the next one, a third of a lease later. */
  private renew(): void {
    if (this.held.size === 0) return;
    const { leaseMs, windowMs } = this.options;
    this.run('renew', [this.keys.slots], [String(leaseMs), String(windowMs), ...this.held]).catch(
      () => undefined,
    );
  }

  /** EVALSHA, loading the script with EVAL when this Redis has not seen it (NOSCRIPT). */
  private async run(
    script: WindowScript,
    keys: readonly string[],
    args: readonly string[],
  ): Promise<unknown> {
    const { sha, source } = WINDOW_SCRIPTS[script];
    try {
      return await this.redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (e) {
      if (!(e instanceof Error) || !e.message.startsWith('NOSCRIPT')) throw e;
      return this.redis.eval(source, keys.length, ...keys, ...args);
    }
  }
}

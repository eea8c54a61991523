import type { CallWindow } from './call-window.js';

/** The clock and sleep a limiter uses, replaceable in tests. */
export interface Timer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_TIMER: Timer = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * At most `max` starts in any rolling window of `windowMs`, in arrival order, within this process.
 * Callers await `acquire()` before each call; `pause(ms)` holds everyone back (after a 429 with a
 * wait hint).
 */
export class RollingWindow implements CallWindow {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  private pausedUntil = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly timer: Timer = REAL_TIMER,
  ) {}

  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.timer.now() + ms);
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.timer.now();
      while (this.starts.length > 0 && this.starts[0]! <= now - this.windowMs) this.starts.shift();
      const waitPause = this.pausedUntil - now;
      const waitWindow = this.starts.length >= this.max ? this.starts[0]! + this.windowMs - now : 0;
      const wait = Math.max(waitPause, waitWindow);
      if (wait <= 0) {
        this.starts.push(now);
        return;
      }
      await this.timer.sleep(wait);
    }
  }
}

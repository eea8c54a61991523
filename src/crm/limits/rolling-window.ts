import type { CallWindow, ReleaseSlot } from './call-window.js';

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
 * At most `max` calls per rolling window of `windowMs`, in arrival order, within this process. A
 * call's slot is held from its start until `windowMs` after its release (see `CallWindow`);
 * `pause(ms)` holds everyone back (after a 429 with a wait hint).
 */
export class RollingWindow implements CallWindow {
  /** Slots whose call has not been released: they count however long the call takes. */
  private inFlight = 0;
  /** Release times of the other slots still in the window, oldest first. */
  private readonly released: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  private pausedUntil = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly timer: Timer = REAL_TIMER,
  ) {}

  acquire(): Promise<ReleaseSlot> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.timer.now() + ms);
  }

  private async waitForSlot(): Promise<ReleaseSlot> {
    for (;;) {
      const now = this.timer.now();
      while (this.released.length > 0 && this.released[0]! <= now - this.windowMs) this.released.shift();
      const waitPause = this.pausedUntil - now;
      const wait = Math.max(waitPause, this.waitForWindow(now));
      if (wait <= 0) {
        this.inFlight++;
        return this.releaser();
      }
      await this.timer.sleep(wait);
    }
  }

  /**
   * How long until a slot frees: the oldest release leaves the window `windowMs` after it; a call
   * still in flight cannot free its slot sooner than `windowMs` from now, so that is the longest
   * sleep before looking again.
   */
  private waitForWindow(now: number): number {
    if (this.inFlight + this.released.length < this.max) return 0;
    const oldest = this.released[0];
    return oldest === undefined ? this.windowMs : oldest + this.windowMs - now;
  }

  private releaser(): ReleaseSlot {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight--;
      this.released.push(this.timer.now());
    };
  }
}

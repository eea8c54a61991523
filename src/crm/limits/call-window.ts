/** Ends a call's hold on its slot; the gate calls it once the call has answered or failed. */
export type ReleaseSlot = () => void;

/**
 * Where calls wait for their turn: at most so many calls per rolling window, for everyone sharing
 * the window. In one process that is `RollingWindow`; across worker processes `RedisRollingWindow`.
 *
 * A slot is held from the call's start until `windowMs` after its release. The CRM counts a request
 * from when it arrives, which is somewhere between our start and the answer; freeing the slot
 * `windowMs` after the start would let the next call arrive while the CRM still counts the old one.
 */
export interface CallWindow {
  /**
   * Resolves when one call may start, with the release of its slot. A window that counts starts
   * only (a test double, say) may resolve to nothing.
   */
  acquire(): Promise<ReleaseSlot | undefined>;
  /** Holds back every caller of the window for `ms` (the CRM answered 429 with a wait hint). */
  pause(ms: number): void;
}

/** A window's size, as a factory of shared windows needs to know it. */
export interface WindowLimits {
  readonly maxCalls: number;
  readonly windowMs: number;
}

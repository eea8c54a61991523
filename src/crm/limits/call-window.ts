/**
 * Where calls wait for their turn: at most so many starts per rolling window, for everyone sharing
 * the window. In one process that is `RollingWindow`; across worker processes `RedisRollingWindow`.
 */
export interface CallWindow {
  /** Resolves when one call may start; that start counts against the window. */
  acquire(): Promise<void>;
  /** Holds back every caller of the window for `ms` (the CRM answered 429 with a wait hint). */
  pause(ms: number): void;
}

/** A window's size, as a factory of shared windows needs to know it. */
export interface WindowLimits {
  readonly maxCalls: number;
  readonly windowMs: number;
}

/** CRM-neutral call limits: per-tenant rolling window, retries with backoff, policy as configuration. */
export { CallGate, RetriesExhaustedError, Tally } from './call-gate.js';
export type { GateUsage } from './call-gate.js';
export type { CallWindow, ReleaseSlot, WindowLimits } from './call-window.js';
export { CallPolicy, retryAfterMs } from './policy.js';
export type { CallFailure, CallPolicyInput, ClassifyFailure } from './policy.js';
export { RedisRollingWindow, RedisWindowOptions } from './redis-window.js';
export type { RedisWindowOptionsInput } from './redis-window.js';
export { GateRegistry } from './registry.js';
export { REAL_TIMER, RollingWindow } from './rolling-window.js';
export type { Timer } from './rolling-window.js';

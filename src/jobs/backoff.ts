import type { QueuePolicy } from './port.js';

/**
 * How long retry `retry` (1 for the first retry) waits: min(maxDelayMs, baseDelayMs × 2^(retry−1)).
 * Both adapters use it, so a failing job backs off the same way on SQLite and on Redis.
 */
export function retryDelayMs(policy: Pick<QueuePolicy, 'baseDelayMs' | 'maxDelayMs'>, retry: number): number {
  const n = Math.max(1, Math.floor(retry));
  // 2^(n−1) overflows to Infinity for large n; min() then caps it at maxDelayMs.
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
}

import { z } from 'zod';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * HubSpot retries a failed batch up to 10 times, spread over about a day with some randomness.
 * These delays (sum ≈ 23.8 h) follow that; tests set milliseconds.
 */
export const HUBSPOT_RETRY_DELAYS_MS: readonly number[] = [
  1 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  1 * HOUR,
  2 * HOUR,
  3 * HOUR,
  4 * HOUR,
  6 * HOUR,
  7 * HOUR,
];

/** Delivery timing of webhooks, settable at run time (`PUT /__sandbox/hubspot/webhooks/config`). */
export const DeliveryTimings = z
  .object({
    /** how long new events wait to be batched with the ones that follow */
    batchWindowMs: z.number().int().min(0).max(60_000).default(500),
    /** an answer slower than this is a failure (HubSpot: 5 s) */
    timeoutMs: z.number().int().min(1).max(120_000).default(5_000),
    /** delay before retry n; its length is the number of retries */
    retryDelaysMs: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(7 * 24 * HOUR),
      )
      .max(50)
      .default([...HUBSPOT_RETRY_DELAYS_MS]),
    /** each delay is varied by up to this share, so failures are not all retried at once */
    jitter: z.number().min(0).max(1).default(0.1),
  })
  .strict();
export type DeliveryTimings = z.infer<typeof DeliveryTimings>;

/** The delay before retry `attempt` (1-based), with jitter; undefined once the retries are used up. */
export function retryDelay(t: DeliveryTimings, attempt: number, random: () => number): number | undefined {
  const base = t.retryDelaysMs[attempt - 1];
  if (base === undefined) return undefined;
  return Math.round(base * (1 + t.jitter * (random() * 2 - 1)));
}

import { z } from 'zod';
import { QueueError } from './errors.js';
import { DEFAULT_QUEUE_POLICY, type QueuePolicy } from './port.js';

const Millis = z.number().int().nonnegative();

const PolicySchema = z
  .object({
    coalesceMs: Millis,
    maxAttempts: z.number().int().min(1),
    baseDelayMs: Millis,
    maxDelayMs: Millis,
    // A lease shorter than this would expire while a healthy handler is still renewing it.
    leaseMs: z.number().int().min(100),
  })
  .refine((p) => p.maxDelayMs >= p.baseDelayMs, {
    message: 'maxDelayMs must be at least baseDelayMs',
    path: ['maxDelayMs'],
  }) satisfies z.ZodType<QueuePolicy>;

/** The default policy overridden by `overrides`, validated: a bad value names its field. */
export function resolvePolicy(overrides: Partial<QueuePolicy> = {}): QueuePolicy {
  const parsed = PolicySchema.safeParse({ ...DEFAULT_QUEUE_POLICY, ...overrides });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'policy';
    throw new QueueError('QUEUE_BAD_CONFIG', `queue policy: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

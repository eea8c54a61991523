import { z } from 'zod';
import { QueueError } from './errors.js';
import type { ProcessOptions } from './port.js';

const ProcessOptionsSchema = z.object({ concurrency: z.number().int().min(1) });

/** `process()`'s options, validated: a bad value names its field. */
export function parseProcessOptions(options: ProcessOptions): ProcessOptions {
  const parsed = ProcessOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new QueueError(
    'QUEUE_BAD_CONFIG',
    `process options: ${issue?.path.join('.') || 'options'}: ${issue?.message ?? 'invalid'}`,
  );
}

import { z } from 'zod';
import { QueueError } from '../errors.js';
import type { DeadLetter, Job } from '../port.js';

const Callbacks = z.array(z.string());

/** A stored JSON array of callbacks; anything else is reported, never guessed at. */
export function parseCallbacks(value: unknown): string[] {
  let json: unknown;
  try {
    json = typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    json = undefined;
  }
  const parsed = Callbacks.safeParse(json);
  if (!parsed.success)
    throw new QueueError('QUEUE_BAD_DATA', 'queue database: callbacks are not a JSON string array');
  return parsed.data;
}

const Count = z.number().int();
const Time = z.number();

export const JobRowSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  subject: z.string(),
  state: z.enum(['pending', 'active']),
  due_at: Time,
  requests: Count,
  first_requested_at: Time,
  callbacks: z.string(),
  attempt: Count,
  lease_until: Time.nullable(),
  last_error: z.string().nullable(),
});
export type JobRow = z.infer<typeof JobRowSchema>;

const DeadLetterRowSchema = z.object({
  job_id: z.string(),
  tenant_id: z.string(),
  subject: z.string(),
  requests: Count,
  first_requested_at: Time,
  callbacks: z.string(),
  attempt: Count,
  reason: z.string(),
  failed_at: Time,
});

function parseRow<T>(schema: z.ZodType<T>, row: unknown, table: string): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new QueueError(
    'QUEUE_BAD_DATA',
    `queue database: a ${table} row does not match the schema (${issue?.path.join('.')}: ${issue?.message})`,
  );
}

export const parseJobRow = (row: unknown): JobRow => parseRow(JobRowSchema, row, 'queue_jobs');

/** The job a row holds, as a handler sees it. */
export function jobOf(row: JobRow): Job {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    subject: row.subject,
    requests: row.requests,
    firstRequestedAt: row.first_requested_at,
    callbacks: parseCallbacks(row.callbacks),
    attempt: row.attempt,
  };
}

export function deadLetterOf(row: unknown): DeadLetter {
  const r = parseRow(DeadLetterRowSchema, row, 'queue_dead_letters');
  return {
    job: {
      id: r.job_id,
      tenantId: r.tenant_id,
      subject: r.subject,
      requests: r.requests,
      firstRequestedAt: r.first_requested_at,
      callbacks: parseCallbacks(r.callbacks),
      attempt: r.attempt,
    },
    reason: r.reason,
    failedAt: r.failed_at,
  };
}

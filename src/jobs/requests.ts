import { z } from 'zod';
import { QueueError } from './errors.js';
import type { JobRequest } from './port.js';
import { parseSubject } from './subjects.js';

const TenantId = z.string().min(1, 'must not be empty');
const SubjectString = z
  .string()
  .refine((s) => parseSubject(s) !== undefined, 'must be account:<id> or record:<type>:<id>');

const JobRequestSchema = z.object({
  tenantId: TenantId,
  subject: SubjectString,
  requestedAt: z.number().finite().nonnegative(),
  callbacks: z.array(z.string().min(1, 'must not be empty')).optional(),
  delayMs: z.number().int().nonnegative().max(86_400_000).optional(),
});

/** The requests for one (tenant, subject) of one `enqueue` call, folded into one. */
export interface CoalescedRequest {
  readonly tenantId: string;
  readonly subject: string;
  readonly requests: number;
  readonly firstRequestedAt: number;
  readonly callbacks: readonly string[];
  /** The shortest `delayMs` asked for, if any. */
  readonly delayMs?: number;
}

/** `a` followed by the callbacks of `b` it does not hold yet: each callback once, in arrival order. */
export function mergeCallbacks(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a);
  const merged = [...a];
  for (const callback of b) {
    if (!seen.has(callback)) {
      seen.add(callback);
      merged.push(callback);
    }
  }
  return merged;
}

/**
 * Validates the requests of one `enqueue` call and folds those for the same (tenant, subject), so
 * an adapter touches its storage once per subject however many events a webhook batch carried.
 */
export function coalesceRequests(requests: readonly JobRequest[]): CoalescedRequest[] {
  const byKey = new Map<string, CoalescedRequest>();
  requests.forEach((raw, index) => {
    const parsed = JobRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new QueueError(
        'QUEUE_BAD_INPUT',
        `job request ${index}: ${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    const r = parsed.data;
    const key = JSON.stringify([r.tenantId, r.subject]);
    const known = byKey.get(key);
    byKey.set(key, {
      tenantId: r.tenantId,
      subject: r.subject,
      requests: (known?.requests ?? 0) + 1,
      firstRequestedAt: Math.min(known?.firstRequestedAt ?? Infinity, r.requestedAt),
      callbacks: mergeCallbacks(known?.callbacks ?? [], r.callbacks ?? []),
      ...(r.delayMs === undefined && known?.delayMs === undefined
        ? {}
        : { delayMs: Math.min(r.delayMs ?? Infinity, known?.delayMs ?? Infinity) }),
    });
  });
  return [...byKey.values()];
}

const CoverSchema = z.object({ tenantId: TenantId, subjects: z.array(SubjectString) });

/** The arguments of `coverPending`, validated: the subjects each once, in the order given. */
export function parseCover(tenantId: string, subjects: readonly string[]): string[] {
  const parsed = CoverSchema.safeParse({ tenantId, subjects });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QueueError(
      'QUEUE_BAD_INPUT',
      `coverPending: ${issue?.path.join('.') || 'arguments'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return [...new Set(parsed.data.subjects)];
}

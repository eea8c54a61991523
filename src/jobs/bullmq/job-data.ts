import { z } from 'zod';
import { QueueError } from '../errors.js';
import type { Job } from '../port.js';

/** The requests a started job took over from its subject's pending entry. */
const ClaimSchema = z.object({
  requests: z.number().int().min(1),
  firstRequestedAt: z.coerce.number(),
  // Lua's cjson writes an empty array as `{}`.
  callbacks: z.union([z.array(z.string()), z.object({}).transform((): string[] => [])]),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** What a BullMQ job carries: its subject and generation, and its claim once it has started. */
const JobDataSchema = z.object({
  tenantId: z.string(),
  subject: z.string(),
  generation: z.string(),
  claim: ClaimSchema.optional(),
});
export type JobData = z.infer<typeof JobDataSchema>;

function invalid(what: string, error: z.ZodError): QueueError {
  const issue = error.issues[0];
  return new QueueError(
    'QUEUE_BAD_DATA',
    `redis queue: ${what} does not match the schema (${issue?.path.join('.')}: ${issue?.message})`,
  );
}

export function parseJobData(data: unknown): JobData {
  const parsed = JobDataSchema.safeParse(data);
  if (!parsed.success) throw invalid('job data', parsed.error);
  return parsed.data;
}

export function parseClaim(json: string): Claim {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new QueueError('QUEUE_BAD_DATA', 'redis queue: a claim is not JSON');
  }
  const parsed = ClaimSchema.safeParse(value);
  if (!parsed.success) throw invalid('a claim', parsed.error);
  return parsed.data;
}

/** What `startRun` answered, validated. */
export type RunStart =
  | { readonly kind: 'busy'; readonly retryInMs: number }
  | { readonly kind: 'held' }
  | { readonly kind: 'claimed'; readonly claim: Claim }
  | { readonly kind: 'stale' };

const StartReplySchema = z.union([
  z.tuple([z.literal('busy'), z.number()]),
  z.tuple([z.literal('held')]),
  z.tuple([z.literal('claimed'), z.string()]),
  z.tuple([z.literal('stale')]),
]);

export function parseRunStart(reply: unknown): RunStart {
  const parsed = StartReplySchema.safeParse(reply);
  if (!parsed.success) throw invalid('the run-start reply', parsed.error);
  const r = parsed.data;
  switch (r[0]) {
    case 'busy':
      return { kind: 'busy', retryInMs: r[1] };
    case 'claimed':
      return { kind: 'claimed', claim: parseClaim(r[1]) };
    default:
      return { kind: r[0] };
  }
}

const CoverReplySchema = z.array(z.array(z.string()));

/** What `coverPending` answered: per subject asked about, its covered generation and callbacks. */
export function parseCoverReply(
  reply: unknown,
  subjects: number,
): ({ readonly generation: string; readonly callbacks: string[] } | undefined)[] {
  const parsed = CoverReplySchema.safeParse(reply);
  if (!parsed.success) throw invalid('the cover reply', parsed.error);
  if (parsed.data.length !== subjects)
    throw new QueueError('QUEUE_BAD_DATA', `redis queue: the cover reply has ${parsed.data.length} entries`);
  return parsed.data.map(([generation, ...callbacks]) =>
    generation === undefined ? undefined : { generation, callbacks },
  );
}

const AddReplySchema = z.tuple([z.string(), z.number().int().nonnegative()]);

export function parseAddReply(reply: unknown): { generation: string; delayMs: number } {
  const parsed = AddReplySchema.safeParse(reply);
  if (!parsed.success) throw invalid('the add-requests reply', parsed.error);
  return { generation: parsed.data[0], delayMs: parsed.data[1] };
}

/** The job a handler sees. `runs` counts the runs started before this one (failed or lost). */
export function jobOf(id: string, data: JobData, claim: Claim, runs: number): Job {
  return {
    id,
    tenantId: data.tenantId,
    subject: data.subject,
    requests: claim.requests,
    firstRequestedAt: claim.firstRequestedAt,
    callbacks: claim.callbacks,
    attempt: runs + 1,
  };
}

import type { ScoreResult } from '../../core/scoring/index.js';
import type { Job, JobHandler } from '../../jobs/port.js';
import { PermanentJobError } from '../../jobs/port.js';
import { parseSubject } from '../../jobs/subjects.js';
import type { RecordRef } from '../../crm/port.js';
import type { TenantPorts } from '../tenants/tenant-ports.js';
import { UnknownTenantError } from '../tenants/tenant-ports.js';
import type { AccountScorer, ScoreOutcome } from './account-scorer.js';
import { Batcher } from './batcher.js';

/** What a waiting workflow execution is told: the new score, or that there is none. */
export type CallbackResult =
  | { readonly kind: 'scored'; readonly result: ScoreResult }
  | { readonly kind: 'failed'; readonly reason: string };

export interface JobHandlerDeps {
  readonly ports: TenantPorts;
  readonly scorer: AccountScorer;
  /** Completes blocked workflow executions (HubSpot); called once per job that carries callbacks. */
  readonly completeCallbacks: (
    tenantId: string,
    callbackIds: readonly string[],
    result: CallbackResult,
  ) => Promise<void>;
  /** Told when a job's accounts are all current: the time from its first request to now. */
  readonly onDone?: (job: Job, accounts: number) => void;
  readonly resolveBatch?: number;
  readonly resolveWaitMs?: number;
}

const SEP = '\u0000';

/**
 * The worker's job handler: a record subject is traced to its key accounts (batched per tenant),
 * then every account is re-scored (batched per tenant). Retrying a job is harmless: unchanged
 * scores are not written again and equal history entries are not appended.
 */
export function makeJobHandler(d: JobHandlerDeps): JobHandler {
  const resolver = new Batcher<string, readonly string[]>(
    async (tenantId, keys) => {
      const { port } = await d.ports.get(tenantId);
      const refs: RecordRef[] = keys.map((k) => {
        const [type, id] = k.split(SEP) as [string, string];
        return { type, id };
      });
      const accounts = await port.accountsOf(refs);
      return new Map(keys.map((k, i) => [k, accounts[i] ?? []]));
    },
    d.resolveBatch ?? 100,
    d.resolveWaitMs ?? 20,
  );

  return async (job: Job) => {
    const subject = parseSubject(job.subject);
    if (!subject) throw new PermanentJobError(`unknown job subject: ${job.subject}`);
    let accountIds: readonly string[];
    try {
      accountIds =
        subject.kind === 'account'
          ? [subject.accountId]
          : await resolver.add(job.tenantId, `${subject.type}${SEP}${subject.id}`);
    } catch (e) {
      if (e instanceof UnknownTenantError) throw new PermanentJobError(e.message);
      throw e;
    }
    let outcomes: ScoreOutcome[];
    try {
      outcomes = await Promise.all(accountIds.map((id) => d.scorer.score(job.tenantId, id)));
    } catch (e) {
      if (e instanceof UnknownTenantError) throw new PermanentJobError(e.message);
      throw e;
    }
    const retryable = outcomes.find((o) => o.kind === 'failed' && !o.permanent);
    if (retryable?.kind === 'failed') throw new Error(retryable.reason);
    if (job.callbacks.length > 0) {
      const first = outcomes[0];
      const result: CallbackResult =
        first === undefined
          ? { kind: 'failed', reason: `${subject.kind === 'record' ? subject.id : ''} is not a key account` }
          : first.kind === 'scored'
            ? { kind: 'scored', result: first.result }
            : { kind: 'failed', reason: first.reason };
      await d.completeCallbacks(job.tenantId, job.callbacks, result);
    }
    const permanent = outcomes.filter((o) => o.kind === 'failed');
    if (permanent.length > 0)
      throw new PermanentJobError(permanent.map((o) => (o.kind === 'failed' ? o.reason : '')).join('; '));
    d.onDone?.(job, accountIds.length);
  };
}

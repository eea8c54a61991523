import type { ScoreResult } from '../../core/scoring/index.js';
import type { RecordRef } from '../../crm/port.js';
import type { Job, JobHandler, JobRequest } from '../../jobs/port.js';
import { PermanentJobError } from '../../jobs/port.js';
import { accountSubject, parseSubject } from '../../jobs/subjects.js';
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
  /** Queues the account jobs a record job was traced to. */
  readonly enqueue: (requests: readonly JobRequest[]) => Promise<void>;
  /** Completes blocked workflow executions (HubSpot); called once per job that carries callbacks. */
  readonly completeCallbacks: (
    tenantId: string,
    callbackIds: readonly string[],
    result: CallbackResult,
  ) => Promise<void>;
  /** Told when an account job is done: the account is current in the CRM. */
  readonly onDone?: (job: Job) => void;
  readonly resolveBatch?: number;
  readonly resolveWaitMs?: number;
}

const SEP = '\u0000';

/** A failure of the tenant itself (uninstalled) cannot be retried away. */
async function tenantWork<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UnknownTenantError) throw new PermanentJobError(e.message);
    throw e;
  }
}

/**
 * The worker's job handler. A record job (a contact, deal or KAM record changed) is traced to its
 * key accounts, batched per tenant, and becomes account jobs — so every change to one account,
 * whatever record it touched, is coalesced into one re-score. An account job re-scores the account
 * (batched per tenant). Retrying is harmless: unchanged scores are not written again and equal
 * history entries are not appended.
 */
/** The job handler, and a wait for the tenant's record traces in flight (see `AccountScorer.beforeLoad`). */
export interface WorkerJobHandler extends JobHandler {
  tracesSettled(tenantId: string, maxWaitMs: number): Promise<void>;
}

export function makeJobHandler(d: JobHandlerDeps): WorkerJobHandler {
  // record traces running per tenant, from the trace to its account requests being queued
  const tracing = new Map<string, number>();
  const idle = new Map<string, (() => void)[]>();
  const traceEnded = (tenantId: string) => {
    const left = (tracing.get(tenantId) ?? 1) - 1;
    if (left > 0) return void tracing.set(tenantId, left);
    tracing.delete(tenantId);
    for (const wake of idle.get(tenantId) ?? []) wake();
    idle.delete(tenantId);
  };
  const tracesSettled = (tenantId: string, maxWaitMs: number): Promise<void> =>
    (tracing.get(tenantId) ?? 0) === 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const timer = setTimeout(resolve, maxWaitMs);
          idle.set(tenantId, [
            ...(idle.get(tenantId) ?? []),
            () => {
              clearTimeout(timer);
              resolve();
            },
          ]);
        });

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

  const traceRecord = async (job: Job, type: string, id: string) => {
    const accountIds = await tenantWork(() => resolver.add(job.tenantId, `${type}${SEP}${id}`));
    if (accountIds.length === 0) {
      if (job.callbacks.length > 0)
        await d.completeCallbacks(job.tenantId, job.callbacks, {
          kind: 'failed',
          reason: `${id} belongs to no key account`,
        });
      return;
    }
    await d.enqueue(
      accountIds.map((accountId, i) => ({
        tenantId: job.tenantId,
        subject: accountSubject(accountId),
        requestedAt: job.firstRequestedAt,
        // a workflow waits for one answer: the first account's
        ...(i === 0 && job.callbacks.length > 0 ? { callbacks: job.callbacks } : {}),
      })),
    );
  };

  /**
   * Completes the job's callbacks and those of the requests its load covered. If that fails, the
   * job is retried with its own callbacks; the covered ones are queued again, or they would be lost.
   */
  const answerCallbacks = async (job: Job, outcome: ScoreOutcome) => {
    const callbacks = [...new Set([...job.callbacks, ...outcome.coveredCallbacks])];
    if (callbacks.length === 0) return;
    try {
      await d.completeCallbacks(
        job.tenantId,
        callbacks,
        outcome.kind === 'scored'
          ? { kind: 'scored', result: outcome.result }
          : { kind: 'failed', reason: outcome.reason },
      );
    } catch (e) {
      const covered = outcome.coveredCallbacks.filter((c) => !job.callbacks.includes(c));
      if (covered.length > 0)
        await d.enqueue([
          {
            tenantId: job.tenantId,
            subject: job.subject,
            requestedAt: job.firstRequestedAt,
            callbacks: covered,
          },
        ]);
      throw e;
    }
  };

  const scoreAccount = async (job: Job, accountId: string) => {
    // This load answers the requests queued for the account until it starts (see ScoreOptions).
    const outcome = await tenantWork(() => d.scorer.score(job.tenantId, accountId, { coverQueued: true }));
    if (outcome.kind === 'failed' && !outcome.permanent) throw new Error(outcome.reason);
    await answerCallbacks(job, outcome);
    if (outcome.kind === 'failed') throw new PermanentJobError(outcome.reason);
    d.onDone?.(job);
  };

  const handle = async (job: Job) => {
    const subject = parseSubject(job.subject);
    if (!subject) throw new PermanentJobError(`unknown job subject: ${job.subject}`);
    if (subject.kind === 'account') return scoreAccount(job, subject.accountId);
    tracing.set(job.tenantId, (tracing.get(job.tenantId) ?? 0) + 1);
    try {
      return await traceRecord(job, subject.type, subject.id);
    } finally {
      traceEnded(job.tenantId);
    }
  };
  return Object.assign(handle, { tracesSettled });
}

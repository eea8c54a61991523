import type { ScoreResult, ScoringModel } from '../../core/scoring/index.js';
import { t } from '../../core/i18n/index.js';
import { DEFAULT_MODEL, score } from '../../core/scoring/index.js';
import type { ScoreWrite } from '../../crm/port.js';
import type { ScoreHistoryEntry, Store } from '../../store/port.js';
import type { TenantPort, TenantPorts } from '../tenants/tenant-ports.js';
import { Batcher } from './batcher.js';
import { QueueCover, type CoverQueue } from './queue-cover.js';

/** What became of one account's re-score, before the covered requests are added. */
type Outcome =
  | { readonly kind: 'scored'; readonly result: ScoreResult; readonly written: boolean }
  /** `permanent`: retrying cannot help (bad data in the CRM, account gone). */
  | { readonly kind: 'failed'; readonly reason: string; readonly permanent: boolean }
  /** The account exists but is not a key account: nothing to score, nothing to retry. */
  | { readonly kind: 'skipped'; readonly reason: string };

/** What became of one account's re-score. */
export type ScoreOutcome = Outcome & {
  /**
   * Workflow callbacks of requests that were queued for the account until its load started, taken
   * from the queue because this outcome answers them (only when asked for, see `ScoreOptions`).
   * Empty when the re-score is to be retried: those requests are queued again instead.
   */
  readonly coveredCallbacks: readonly string[];
};

export interface ScoreOptions {
  /**
   * Cover the requests queued for the account until its load starts (`Queue.coverPending`): their
   * jobs are removed, and the caller answers `coveredCallbacks` with the outcome.
   */
  readonly coverQueued?: boolean;
}

export interface AccountScorerOptions {
  readonly ports: TenantPorts;
  readonly store: Store;
  readonly now: () => Date;
  /** Accounts per load (HubSpot's and Salesforce's batch sizes are 100 and 200). */
  readonly maxBatch?: number;
  /** How long a batch waits for more accounts of its tenant. */
  readonly waitMs?: number;
  /**
   * Waited for right before a batch covers and loads (bounded by the caller): the worker lets the
   * tenant's record traces in flight land first, so their accounts' requests are covered by this load.
   */
  readonly beforeLoad?: (tenantId: string) => Promise<void>;
  /** The job queue, for covering queued requests (see `ScoreOptions`); without it nothing is covered. */
  readonly queue?: CoverQueue;
  /** Told when covering queued requests fails (the batch goes on: covering is an optimisation). */
  readonly onCoverError?: (error: unknown) => void;
  /** Told of every batch: accounts, written, failed, skipped (not key accounts). */
  readonly onBatch?: (
    tenantId: string,
    counts: { accounts: number; written: number; failed: number; skipped: number },
  ) => void;
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** HubSpot answers 401; Salesforce INVALID_SESSION_ID. */
function credentialsRefused(e: unknown): boolean {
  const x = e as
    { code?: unknown; statusCode?: unknown; errorCode?: unknown; lastError?: unknown } | undefined;
  if (x?.code === 401 || x?.statusCode === 401 || x?.errorCode === 'INVALID_SESSION_ID') return true;
  return x?.lastError !== undefined && credentialsRefused(x.lastError);
}

/** The store's record of a written score. */
export function historyEntry(r: ScoreResult): ScoreHistoryEntry {
  return {
    accountId: r.accountId,
    score: r.score,
    tier: r.tier,
    quadrant: r.quadrant,
    attractiveness: r.attractiveness,
    position: r.position,
    inputHash: r.inputHash,
    modelVersion: r.model.version,
    scoredAt: r.scoredAt,
  };
}

/**
 * Re-scores accounts: load → score → write back → history, in batches per tenant. A batch call
 * that fails (CRM down after the adapter's retries) rejects every account of the batch, so their
 * jobs are retried; a single account's bad data fails only that account. Right before a load, the
 * requests queued for its accounts are covered by it where the caller asked (`ScoreOptions`).
 */
export class AccountScorer {
  private readonly batcher: Batcher<string, ScoreOutcome>;
  private readonly cover: QueueCover | undefined;

  constructor(private readonly o: AccountScorerOptions) {
    this.cover =
      o.queue &&
      new QueueCover({ queue: o.queue, now: o.now, ...(o.onCoverError ? { onError: o.onCoverError } : {}) });
    // The accounts to cover are taken when the batch is handed over (synchronously), see QueueCover.take.
    this.batcher = new Batcher(
      (tenantId, ids) => this.run(tenantId, ids, this.cover?.take(tenantId, ids) ?? []),
      o.maxBatch ?? 100,
      o.waitMs ?? 20,
    );
  }

  score(tenantId: string, accountId: string, options: ScoreOptions = {}): Promise<ScoreOutcome> {
    if (options.coverQueued) this.cover?.want(tenantId, accountId);
    return this.batcher.add(tenantId, accountId);
  }

  private async model(tenantId: string): Promise<ScoringModel> {
    return (await this.o.store.scoringModel(tenantId)) ?? DEFAULT_MODEL;
  }

  private async run(
    tenantId: string,
    ids: readonly string[],
    toCover: readonly string[],
  ): Promise<Map<string, ScoreOutcome>> {
    try {
      return await this.runCovering(tenantId, ids, toCover);
    } catch (e) {
      // a refused token (revoked, expired early): the next attempt builds the port from the store again
      if (credentialsRefused(e)) this.o.ports.forget(tenantId);
      throw e;
    }
  }

  /**
   * Covers the queued requests of `toCover` right before the load, and hands them to the outcomes
   * that answer them; those of accounts to be retried (or of a failed batch) are queued again.
   */
  private async runCovering(
    tenantId: string,
    ids: readonly string[],
    toCover: readonly string[],
  ): Promise<Map<string, ScoreOutcome>> {
    const ports = await this.o.ports.get(tenantId);
    await this.o.beforeLoad?.(tenantId);
    const covered = (await this.cover?.cover(tenantId, toCover)) ?? new Map<string, readonly string[]>();
    let outcomes: Map<string, Outcome>;
    try {
      outcomes = await this.runBatch(tenantId, ids, ports);
    } catch (e) {
      await this.cover?.giveBack(tenantId, covered);
      throw e;
    }
    const out = new Map<string, ScoreOutcome>();
    const retried = new Map<string, readonly string[]>();
    for (const [id, outcome] of outcomes) {
      const callbacks = covered.get(id) ?? [];
      const retry = outcome.kind === 'failed' && !outcome.permanent;
      if (retry && covered.has(id)) retried.set(id, callbacks);
      out.set(id, { ...outcome, coveredCallbacks: retry ? [] : callbacks });
    }
    await this.cover?.giveBack(tenantId, retried);
    return out;
  }

  private async runBatch(
    tenantId: string,
    ids: readonly string[],
    { tenant, port }: TenantPort,
  ): Promise<Map<string, Outcome>> {
    const out = new Map<string, Outcome>();
    const batch = await port.loadSnapshots(ids);
    for (const f of batch.failures)
      out.set(f.accountId, { kind: 'failed', reason: f.reason, permanent: true });
    for (const id of batch.notKeyAccounts)
      out.set(id, { kind: 'skipped', reason: t('service.job.notKeyAccount', tenant.lang, { id }) });
    const model = await this.model(tenantId);
    const now = this.o.now();
    const writes: ScoreWrite[] = [];
    for (const snapshot of batch.snapshots) {
      try {
        writes.push({ accountId: snapshot.account.id, result: score(snapshot, model, now) });
      } catch (e) {
        out.set(snapshot.account.id, { kind: 'failed', reason: reasonOf(e), permanent: true });
      }
    }
    if (writes.length > 0) {
      const summary = await port.writeScores(writes, tenant.lang);
      const failed = new Map(summary.failures.map((f) => [f.accountId, f.reason]));
      const written: ScoreHistoryEntry[] = [];
      for (const w of writes) {
        const reason = failed.get(w.accountId);
        if (reason !== undefined) {
          out.set(w.accountId, { kind: 'failed', reason, permanent: false });
          continue;
        }
        out.set(w.accountId, { kind: 'scored', result: w.result, written: true });
        written.push(historyEntry(w.result));
      }
      await this.o.store.appendScores(tenantId, written);
    }
    for (const id of ids)
      if (!out.has(id))
        out.set(id, { kind: 'failed', reason: `account ${id} was not loaded`, permanent: true });
    const count = (kind: Outcome['kind']) => [...out.values()].filter((x) => x.kind === kind).length;
    this.o.onBatch?.(tenantId, {
      accounts: ids.length,
      written: count('scored'),
      failed: count('failed'),
      skipped: count('skipped'),
    });
    return out;
  }
}

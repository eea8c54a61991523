import type { ScoreResult, ScoringModel } from '../../core/scoring/index.js';
import { t } from '../../core/i18n/index.js';
import { DEFAULT_MODEL, score } from '../../core/scoring/index.js';
import type { ScoreWrite } from '../../crm/port.js';
import type { ScoreHistoryEntry, Store } from '../../store/port.js';
import type { TenantPorts } from '../tenants/tenant-ports.js';
import { Batcher } from './batcher.js';

/** What became of one account's re-score. */
export type ScoreOutcome =
  | { readonly kind: 'scored'; readonly result: ScoreResult; readonly written: boolean }
  /** `permanent`: retrying cannot help (bad data in the CRM, account gone). */
  | { readonly kind: 'failed'; readonly reason: string; readonly permanent: boolean }
  /** The account exists but is not a key account: nothing to score, nothing to retry. */
  | { readonly kind: 'skipped'; readonly reason: string };

export interface AccountScorerOptions {
  readonly ports: TenantPorts;
  readonly store: Store;
  readonly now: () => Date;
  /** Accounts per load (HubSpot's and Salesforce's batch sizes are 100 and 200). */
  readonly maxBatch?: number;
  /** How long a batch waits for more accounts of its tenant. */
  readonly waitMs?: number;
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

function historyEntry(r: ScoreResult): ScoreHistoryEntry {
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
 * jobs are retried; a single account's bad data fails only that account.
 */
export class AccountScorer {
  private readonly batcher: Batcher<string, ScoreOutcome>;

  constructor(private readonly o: AccountScorerOptions) {
    this.batcher = new Batcher((tenantId, ids) => this.run(tenantId, ids), o.maxBatch ?? 100, o.waitMs ?? 20);
  }

  score(tenantId: string, accountId: string): Promise<ScoreOutcome> {
    return this.batcher.add(tenantId, accountId);
  }

  private async model(tenantId: string): Promise<ScoringModel> {
    return (await this.o.store.scoringModel(tenantId)) ?? DEFAULT_MODEL;
  }

  private async run(tenantId: string, ids: readonly string[]): Promise<Map<string, ScoreOutcome>> {
    try {
      return await this.runBatch(tenantId, ids);
    } catch (e) {
      // a refused token (revoked, expired early): the next attempt builds the port from the store again
      if (credentialsRefused(e)) this.o.ports.forget(tenantId);
      throw e;
    }
  }

  private async runBatch(tenantId: string, ids: readonly string[]): Promise<Map<string, ScoreOutcome>> {
    const { tenant, port } = await this.o.ports.get(tenantId);
    const out = new Map<string, ScoreOutcome>();
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
    const count = (kind: ScoreOutcome['kind']) => [...out.values()].filter((x) => x.kind === kind).length;
    this.o.onBatch?.(tenantId, {
      accounts: ids.length,
      written: count('scored'),
      failed: count('failed'),
      skipped: count('skipped'),
    });
    return out;
  }
}

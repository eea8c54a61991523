import { analyseAccount } from '../../core/account-view.js';
import type { PortfolioRow } from '../../core/portfolio.js';
import { portfolioRow } from '../../core/portfolio.js';
import { DEFAULT_MODEL } from '../../core/scoring/index.js';
import type { CrmPort } from '../../crm/port.js';
import type { Store, Tenant } from '../../store/port.js';
import type { PortfolioAnswer, TenantInfo } from '../../workspace/contract.js';

export interface PortfolioOptions {
  readonly store: Store;
  readonly portOf: (tenantId: string) => Promise<CrmPort>;
  readonly now: () => number;
  /** How long an answer is reused for the same tenant (edits through the card API clear it). */
  readonly ttlMs?: number;
  /** The most key accounts one portfolio lists. */
  readonly limit?: number;
  /** Score-history points per account for the movement arrows and sparklines. */
  readonly trendPoints?: number;
}

/** Accounts loaded per CRM round (HubSpot's batch size; Salesforce pages within it). */
const CHUNK = 100;

export function tenantInfo(tenant: Tenant): TenantInfo {
  return { id: tenant.id, name: tenant.name, crm: tenant.crm, lang: tenant.lang };
}

/**
 * The manager's portfolio: every key account of a tenant scored now, with its score history. A
 * portfolio costs the CRM calls of a full load, so an answer is shared by concurrent requests and
 * reused for a few seconds.
 */
export class PortfolioBuilder {
  /** Per tenant: the answer, and when it was complete (undefined while it is being built). */
  private readonly cache = new Map<string, { doneAt?: number; answer: Promise<PortfolioAnswer> }>();

  constructor(private readonly o: PortfolioOptions) {}

  portfolio(tenant: Tenant): Promise<PortfolioAnswer> {
    const now = this.o.now();
    const hit = this.cache.get(tenant.id);
    // a build in progress is shared however long it takes (a large tenant's load is slow), a
    // finished one is reused for the TTL from when it finished
    if (hit && (hit.doneAt === undefined || now - hit.doneAt < (this.o.ttlMs ?? 15_000))) return hit.answer;
    const answer = this.build(tenant, now);
    const entry: { doneAt?: number; answer: Promise<PortfolioAnswer> } = { answer };
    this.cache.set(tenant.id, entry);
    answer.then(
      () => {
        entry.doneAt = this.o.now();
      },
      // a failed build is not remembered
      () => {
        if (this.cache.get(tenant.id) === entry) this.cache.delete(tenant.id);
      },
    );
    return answer;
  }

  /** Forgets the tenant's answer (a record changed). */
  invalidate(tenantId: string): void {
    this.cache.delete(tenantId);
  }

  private async build(tenant: Tenant, now: number): Promise<PortfolioAnswer> {
    const limit = this.o.limit ?? 2_000;
    const port = await this.o.portOf(tenant.id);
    const model = (await this.o.store.scoringModel(tenant.id)) ?? DEFAULT_MODEL;
    const ids: string[] = [];
    let truncated = false;
    for await (const page of port.listAccounts()) {
      for (const id of page) {
        if (ids.length === limit) truncated = true;
        else ids.push(id);
      }
      if (truncated) break;
    }
    const accounts: PortfolioRow[] = [];
    const failures: { accountId: string; reason: string }[] = [];
    const at = new Date(now);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const batch = await port.loadSnapshots(ids.slice(i, i + CHUNK));
      failures.push(...batch.failures);
      for (const snapshot of batch.snapshots) {
        const view = analyseAccount(snapshot, model, at);
        const history = await this.o.store.scoreHistory(
          tenant.id,
          snapshot.account.id,
          this.o.trendPoints ?? 12,
        );
        accounts.push(portfolioRow(snapshot, view, history));
      }
    }
    accounts.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    return {
      tenant: tenantInfo(tenant),
      generatedAt: at.toISOString(),
      truncated,
      model: { quadrantSplit: model.quadrantSplit, quadrants: model.quadrants, tiers: model.tiers },
      accounts,
      failures,
    };
  }
}

import type { JobRequest, Queue } from '../jobs/port.js';
import { accountSubject } from '../jobs/subjects.js';
import type { Store, Tenant } from '../store/port.js';
import type { TenantPorts } from './tenants/tenant-ports.js';

export interface SweepOptions {
  readonly store: Store;
  readonly ports: TenantPorts;
  readonly queue: Queue;
  readonly now: () => number;
  /** Between incremental sweeps; 0 = no timer (sweeps only when asked). */
  readonly intervalMs: number;
  /** Hour (UTC) from which the day's full rescore runs. */
  readonly fullRescoreHour: number;
  readonly log?: (msg: string, fields: Record<string, unknown>) => void;
}

export interface SweepReport {
  readonly tenantId: string;
  readonly changed: number;
  readonly full: number;
  readonly error?: string;
}

/** Changes older than the checkpoint by less than this are looked at again (clock skew, slow commits). */
const OVERLAP_MS = 60_000;
/** A sweep with no checkpoint yet looks back this far. */
const FIRST_LOOKBACK_MS = 24 * 3_600_000;
const ENQUEUE_CHUNK = 500;

/**
 * The safety net under the webhooks: accounts changed since the tenant's checkpoint are re-scored
 * (a missed or dropped event still lands), and once a day every key account is, because time alone
 * changes a score (actions fall overdue, contacts go stale). With several processes, each run is
 * claimed in the store, so one process does it.
 */
export class Sweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly o: SweepOptions) {}

  start(): void {
    if (this.o.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.sweep().finally(() => (this.running = undefined));
    }, this.o.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One sweep of every tenant (each tenant's failure is reported, not thrown). */
  async sweep(options: { full?: boolean } = {}): Promise<readonly SweepReport[]> {
    const reports: SweepReport[] = [];
    for (const tenant of await this.o.store.tenants()) {
      try {
        reports.push(await this.sweepTenant(tenant, options.full ?? false));
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        this.o.log?.('sweep failed', { tenant: tenant.id, error });
        reports.push({ tenantId: tenant.id, changed: 0, full: 0, error });
      }
    }
    return reports;
  }

  private async sweepTenant(tenant: Tenant, forceFull: boolean): Promise<SweepReport> {
    const now = this.o.now();
    const slot = this.o.intervalMs > 0 ? Math.floor(now / this.o.intervalMs) : now;
    const [claimed] = await this.o.store.claimKeys(
      [`sweep:${tenant.id}:${slot}`],
      Math.max(this.o.intervalMs, 1000),
      now,
    );
    if (claimed === undefined && !forceFull) return { tenantId: tenant.id, changed: 0, full: 0 };
    const { port } = await this.o.ports.get(tenant.id);

    const since =
      (await this.o.store.checkpoint(tenant.id, 'sweep')) ?? new Date(now - FIRST_LOOKBACK_MS).toISOString();
    const changed = await this.enqueueAll(tenant.id, port.changedSince(since), now);
    await this.o.store.saveCheckpoint(tenant.id, 'sweep', new Date(now - OVERLAP_MS).toISOString());

    let full = 0;
    const day = new Date(now).toISOString().slice(0, 10);
    const due = forceFull || new Date(now).getUTCHours() >= this.o.fullRescoreHour;
    if (due) {
      const [won] = forceFull
        ? ['forced']
        : await this.o.store.claimKeys([`full:${tenant.id}:${day}`], 2 * 86_400_000, now);
      if (won !== undefined) full = await this.enqueueAll(tenant.id, port.listAccounts(), now);
    }
    this.o.log?.('sweep done', { tenant: tenant.id, changed, full });
    return { tenantId: tenant.id, changed, full };
  }

  private async enqueueAll(
    tenantId: string,
    pages: AsyncIterable<readonly string[]>,
    now: number,
  ): Promise<number> {
    let count = 0;
    let chunk: JobRequest[] = [];
    for await (const page of pages)
      for (const id of page) {
        chunk.push({ tenantId, subject: accountSubject(id), requestedAt: now });
        if (chunk.length >= ENQUEUE_CHUNK) {
          await this.o.queue.enqueue(chunk);
          count += chunk.length;
          chunk = [];
        }
      }
    if (chunk.length > 0) await this.o.queue.enqueue(chunk);
    return count + chunk.length;
  }
}

import { describe, expect, it } from '@jest/globals';
import { generatePortfolio } from '../../src/core/demo/index.js';
import type { AccountSnapshot } from '../../src/core/model/index.js';
import type { CrmPort, SnapshotBatch } from '../../src/crm/port.js';
import type { Store, Tenant } from '../../src/store/port.js';
import { PortfolioBuilder } from '../../src/service/workspace/portfolio.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const SNAPSHOTS = generatePortfolio({ now: NOW });
const TENANT = { id: 'hubspot:1', name: 'Muster', crm: 'hubspot', lang: 'de' } as Tenant;

/** A CRM that lists the demo accounts, answers loads when told to, and counts them. */
class FakeCrm {
  loads = 0;
  gate: Promise<void> = Promise.resolve();
  failNext = false;
  constructor(readonly snapshots: readonly AccountSnapshot[] = SNAPSHOTS) {}
  async *listAccounts(): AsyncIterable<readonly string[]> {
    for (let i = 0; i < this.snapshots.length; i += 10)
      yield this.snapshots.slice(i, i + 10).map((s) => s.account.id);
  }
  async loadSnapshots(ids: readonly string[]): Promise<SnapshotBatch> {
    this.loads++;
    await this.gate;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('CRM down');
    }
    const found = this.snapshots.filter((s) => ids.includes(s.account.id));
    return {
      snapshots: found.filter((s) => s.account.id !== 'acc-003'),
      notKeyAccounts: [],
      failures: found.some((s) => s.account.id === 'acc-003')
        ? [{ accountId: 'acc-003', reason: 'bad data' }]
        : [],
    };
  }
}

const store = {
  scoringModel: async () => undefined,
  scoreHistory: async () => [],
} as unknown as Store;

function builder(crm: FakeCrm, clock: { now: number }, o: { limit?: number } = {}) {
  return new PortfolioBuilder({
    store,
    portOf: async () => crm as unknown as CrmPort,
    now: () => clock.now,
    ttlMs: 1_000,
    ...o,
  });
}

describe('the portfolio of a tenant', () => {
  it('lists every loadable key account by score, and the ones that failed with their reason', async () => {
    const crm = new FakeCrm();
    const answer = await builder(crm, { now: NOW.getTime() }).portfolio(TENANT);
    expect(answer.accounts).toHaveLength(SNAPSHOTS.length - 1);
    expect(answer.failures).toEqual([{ accountId: 'acc-003', reason: 'bad data' }]);
    const scores = answer.accounts.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(answer.truncated).toBe(false);
    expect(answer.generatedAt).toBe(NOW.toISOString());
  });

  it('stops at the limit and says so', async () => {
    const answer = await builder(new FakeCrm(), { now: NOW.getTime() }, { limit: 12 }).portfolio(TENANT);
    expect(answer.truncated).toBe(true);
    expect(answer.accounts.length + answer.failures.length).toBe(12);
  });

  it('shares a build in progress, however long it takes, and reuses it for the TTL after', async () => {
    const crm = new FakeCrm();
    let open!: () => void;
    crm.gate = new Promise((resolve) => (open = resolve));
    const clock = { now: NOW.getTime() };
    const b = builder(crm, clock);
    const first = b.portfolio(TENANT);
    clock.now += 5_000; // longer than the TTL: still the same build
    const second = b.portfolio(TENANT);
    open();
    expect(await second).toBe(await first);
    expect(crm.loads).toBe(1);
    clock.now += 999;
    expect(await b.portfolio(TENANT)).toBe(await first);
    clock.now += 1;
    await b.portfolio(TENANT);
    expect(crm.loads).toBe(2);
  });

  it('builds again after an edit, and never keeps a failure', async () => {
    const crm = new FakeCrm();
    const b = builder(crm, { now: NOW.getTime() });
    await b.portfolio(TENANT);
    b.invalidate(TENANT.id);
    await b.portfolio(TENANT);
    expect(crm.loads).toBe(2);
    b.invalidate(TENANT.id);
    crm.failNext = true;
    await expect(b.portfolio(TENANT)).rejects.toThrow('CRM down');
    await b.portfolio(TENANT);
    expect(crm.loads).toBe(4);
  });
});

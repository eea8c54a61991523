import { generatePortfolio } from '../../../../src/core/demo/index.js';
import type { AccountSnapshot } from '../../../../src/core/model/index.js';
import type { SalesforceAdapterOptions } from '../../../../src/crm/salesforce/adapter/index.js';
import { SalesforceAdapter } from '../../../../src/crm/salesforce/adapter/index.js';
import type { SalesforceOptionsInput } from '../../../../src/sandbox/salesforce/options.js';
import type { SideSeedResult } from '../../../../src/sandbox/seed/types.js';
import type { SalesforceHarness } from '../../../sandbox/salesforce/harness.js';
import { startSalesforce, VERSION } from '../../../sandbox/salesforce/harness.js';

export const NOW = new Date('2026-11-27T09:00:00Z');
export const portfolio: readonly AccountSnapshot[] = generatePortfolio({ now: NOW });

/** A retry policy without real waiting, so fault tests run fast. */
export const FAST_RETRY = { maxRetries: 12, baseDelayMs: 1, maxDelayMs: 5 } as const;

export interface SeededOrg {
  readonly sf: SalesforceHarness;
  readonly seeded: SideSeedResult;
  adapter(options?: Partial<SalesforceAdapterOptions>): SalesforceAdapter;
  /** Calls the sandbox counted since the last `resetStats`. */
  calls(): Promise<{ total: number; byRoute: Record<string, number>; byStatus: Record<string, number> }>;
  resetStats(): Promise<void>;
  faults(salesforce: Record<string, number> | null): Promise<void>;
}

export async function seededOrg(options: SalesforceOptionsInput = {}, seed = true): Promise<SeededOrg> {
  const sf = await startSalesforce(options);
  const seeded = seed
    ? (await sf.sandbox.seed({ portfolio: 'demo', now: NOW.toISOString() })).sides.salesforce!
    : ({ created: {}, accounts: {}, ids: new Map(), coreIds: new Map(), ms: 0 } as SideSeedResult);
  const admin = (path: string, init?: RequestInit) => fetch(`${sf.url}/__sandbox/${path}`, init);
  return {
    sf,
    seeded,
    adapter: (o = {}) =>
      new SalesforceAdapter({
        instanceUrl: sf.url,
        accessToken: sf.accessToken,
        version: VERSION,
        retry: FAST_RETRY,
        ...o,
      }),
    calls: async () => (await (await admin('stats')).json()) as Awaited<ReturnType<SeededOrg['calls']>>,
    resetStats: async () => void (await admin('stats', { method: 'DELETE' })),
    faults: async (salesforce) =>
      void (salesforce
        ? await admin('faults', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ salesforce }),
          })
        : await admin('faults', { method: 'DELETE' })),
  };
}

/** Every id the adapter lists, flattened. */
export async function collect(pages: AsyncIterable<readonly string[]>): Promise<string[]> {
  const all: string[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

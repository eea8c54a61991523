import type { Client } from '@hubspot/api-client';
import { generatePortfolio } from '../../../src/core/demo/index.js';
import { HubSpotAdapter } from '../../../src/crm/hubspot/adapter/index.js';
import { HS } from '../../../src/crm/hubspot/metadata/names.js';
import { lookupsViaSdk, readAccountsViaSdk } from '../../sandbox/hubspot/seed-reader.js';
import { startSandbox, TOKEN } from '../../sandbox/helpers.js';
import { canonical, sorted, withCoreIds } from '../hubspot/mapping/canonical.js';
import { describeCrmConformance } from './suite.js';

const NOW = '2026-11-27T09:00:00Z';
/**
 * Fast retries and a wide window, so the suite runs in seconds: the sandbox and the adapter both
 * allow 2,000 calls per 10 s here (the gate's pacing itself is unit-tested with a fake clock).
 */
const TEST_POLICY = {
  maxCalls: 2000,
  baseDelayMs: 5,
  maxDelayMs: 50,
  rateLimitedDelayMs: 20,
  maxAttempts: 12,
};

describeCrmConformance('HubSpot', async () => {
  const running = await startSandbox({
    hubspot: { rateLimit: { max: 2000, searchPerSecond: 50 } },
  });
  const report = await running.sandbox.seed({ portfolio: 'demo', sides: ['hubspot'], now: NOW });
  const seeded = report.sides.hubspot!;
  const portfolio = generatePortfolio({ now: new Date(NOW) });
  const client: Client = running.client();
  const lookups = await lookupsViaSdk(client);
  const accountIds = portfolio.map((p) => seeded.accounts[p.account.id]!);
  // Record counts per part for the lower bound, read through the SDK (not the adapter).
  const accounts = await readAccountsViaSdk(client, accountIds);
  const perPart = new Map<string, number>();
  for (const a of accounts.values())
    for (const [part, ids] of Object.entries(a.associations))
      perPart.set(part, (perPart.get(part) ?? 0) + ids.length);

  return {
    port: new HubSpotAdapter({ accessToken: TOKEN, basePath: running.baseUrl, policy: TEST_POLICY }),
    sandbox: running.sandbox,
    demo: portfolio.map((p) => sorted(canonical(p, lookups))),
    accountIds,
    toCore: (snapshot) => sorted(withCoreIds(snapshot, seeded.coreIds)),
    async readScore(id) {
      const company = await client.crm.companies.basicApi.getById(id, [HS.company.score, HS.company.tier]);
      return {
        score: Number(company.properties[HS.company.score]),
        tier: company.properties[HS.company.tier] ?? '',
      };
    },
    loadLowerBound: (ids) => {
      const parts = [...perPart.values()];
      // companies, associations (1,000 per call) per part, records (100 per call) per part
      return (
        Math.ceil(ids.length / 100) +
        parts.length * Math.ceil(ids.length / 1000) +
        parts.reduce((n, records) => n + Math.ceil(records / 100), 0)
      );
    },
    outputReadCalls: (n) => Math.ceil(n / 100),
    unknownAccountId: '999999999',
    async addKeyAccounts(count) {
      for (let i = 0; i < count; i += 100) {
        await client.crm.companies.batchApi.create({
          inputs: Array.from({ length: Math.min(100, count - i) }, (_, n) => ({
            properties: { name: `Firma ${i + n}`, [HS.company.isKeyAccount]: 'true' },
            associations: [],
          })),
        });
      }
    },
    listPageSize: 200,
    teardown: () => running.sandbox.stop(),
  };
});

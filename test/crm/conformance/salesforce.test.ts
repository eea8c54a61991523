import { generatePortfolio } from '../../../src/core/demo/index.js';
import { SalesforceAdapter } from '../../../src/crm/salesforce/adapter/index.js';
import { SF } from '../../../src/crm/salesforce/metadata/names.js';
import { startSalesforce, VERSION } from '../../sandbox/salesforce/harness.js';
import { crmView } from '../salesforce/mapping/crm-view.js';
import { describeCrmConformance } from './suite.js';

const NOW = '2026-11-27T09:00:00Z';
/** Retries without real waiting, so fault runs take milliseconds (backoff itself is unit-tested). */
const TEST_RETRY = { maxRetries: 12, baseDelayMs: 1, maxDelayMs: 5 };

describeCrmConformance('Salesforce', async () => {
  const sf = await startSalesforce();
  const report = await sf.sandbox.seed({ portfolio: 'demo', now: NOW });
  const seeded = report.sides.salesforce!;
  const portfolio = generatePortfolio({ now: new Date(NOW) });
  const conn = sf.connect();
  return {
    port: new SalesforceAdapter({
      instanceUrl: sf.url,
      accessToken: sf.accessToken,
      version: VERSION,
      retry: TEST_RETRY,
    }),
    sandbox: sf.sandbox,
    // The demo as Salesforce holds it: its ids and the mapping's documented losses (crmView). Loaded
    // snapshots are compared as they come (Salesforce ids, lists in creation order like the demo).
    demo: portfolio.map((p) => crmView(p, (key) => seeded.ids.get(key))),
    accountIds: portfolio.map((p) => seeded.accounts[p.account.id]!),
    toCore: (snapshot) => snapshot,
    async readScore(id) {
      const { records } = await conn.query<{ KAM_Score__c: number; KAM_Tier__c: string }>(
        `SELECT KAM_Score__c, KAM_Tier__c FROM Account WHERE Id = '${id}'`,
      );
      return { score: records[0]!.KAM_Score__c, tier: records[0]!.KAM_Tier__c };
    },
    // one snapshot query per 200 accounts (children as sub-queries; none of the demo's lists pages)
    loadLowerBound: (ids) => Math.ceil(ids.length / 200),
    outputReadCalls: (n) => Math.ceil(n / 200),
    unknownAccountId: '001000000000000AAA',
    async addKeyAccounts(count) {
      for (let i = 0; i < count; i += 200) {
        const records = Array.from({ length: Math.min(200, count - i) }, (_, n) => ({
          attributes: { type: 'Account' },
          Name: `Firma ${i + n}`,
          [SF.account.isKeyAccount]: true,
        }));
        await conn.requestPost(`/services/data/v${VERSION}/composite/sobjects`, { allOrNone: true, records });
      }
    },
    listPageSize: 2000,
    teardown: () => sf.stop(),
  };
});

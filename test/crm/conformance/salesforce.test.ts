import { generatePortfolio } from '../../../src/core/demo/index.js';
import { SalesforceAdapter } from '../../../src/crm/salesforce/adapter/index.js';
import { SF } from '../../../src/crm/salesforce/metadata/names.js';
import { startSalesforce, VERSION } from '../../sandbox/salesforce/harness.js';
import { crmView } from '../salesforce/mapping/crm-view.js';
import type { RefKind } from './suite.js';
import { describeCrmConformance } from './suite.js';

const NOW = '2026-11-27T09:00:00Z';
/** Retries without real waiting, so fault runs take milliseconds (backoff itself is unit-tested). */
const TEST_RETRY = { maxRetries: 12, baseDelayMs: 1, maxDelayMs: 5 };

const OBJECTS: Record<RefKind, string> = {
  contact: SF.contact.object,
  deal: SF.opportunity.object,
  relationship: SF.relationship.object,
  valueChainNote: SF.valueChainNote.object,
  potential: SF.potential.object,
  plan: SF.accountPlan.object,
  action: SF.action.object,
};
/** Key prefixes of ids that name nothing (the checksum of a 15-character id without capitals is AAA). */
const PREFIXES: Record<RefKind, string> = {
  contact: '003',
  deal: '006',
  relationship: 'a00',
  valueChainNote: 'a01',
  potential: 'a02',
  plan: 'a03',
  action: 'a04',
};

describeCrmConformance('Salesforce', async () => {
  const sf = await startSalesforce();
  const report = await sf.sandbox.seed({ portfolio: 'demo', now: NOW });
  const seeded = report.sides.salesforce!;
  const portfolio = generatePortfolio({ now: new Date(NOW) });
  const conn = sf.connect();
  /** The seed's write plan keys of one kind of an account's records: `<object>/<core id>[/<year>]`. */
  const keysOf = (kind: RefKind, accountIndex: number): string[] => {
    const p = portfolio[accountIndex]!;
    const object = OBJECTS[kind];
    const ids = {
      contact: p.contacts.map((c) => c.id),
      deal: p.deals.map((d) => d.id),
      relationship: p.relationships.map((r) => r.id),
      valueChainNote: p.valueChain.map((v) => v.id),
      potential: p.potentials.map((x) => x.id),
      plan: (p.plan?.goals ?? []).map((g) => `${p.plan!.id}/${g.year}`),
      action: p.actions.map((a) => a.id),
    }[kind];
    return ids.map((id) => `${object}/${id}`);
  };
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
    recordRefs: (kind, accountIndex) =>
      keysOf(kind, accountIndex)
        .map((key) => seeded.ids.get(key))
        .filter((id): id is string => id !== undefined)
        .map((id) => ({ type: OBJECTS[kind], id })),
    accountRef: (id) => ({ type: 'Account', id }),
    otherNaming: (ref) => ({ type: ref.type, id: ref.id.slice(0, 15) }),
    unknownRef: (kind) => ({ type: OBJECTS[kind], id: `${PREFIXES[kind]}000000000000AAA` }),
    async addNonKeyAccount() {
      const account = await conn
        .sobject('Account')
        .create({ Name: 'Kein Key Account GmbH', [SF.account.isKeyAccount]: false });
      const contact = await conn.sobject('Contact').create({ LastName: 'Muster', AccountId: account.id });
      if (!account.success || !contact.success) throw new Error('could not create the non-key account');
      return { account: { type: 'Account', id: account.id }, contact: { type: 'Contact', id: contact.id } };
    },
    accountsOfLowerBound(refs) {
      // per type one query per 200 ids, the key-account filter inside it
      const perType = new Map<string, number>();
      for (const r of refs) perType.set(r.type, (perType.get(r.type) ?? 0) + 1);
      return [...perType.values()].reduce((n, count) => n + Math.ceil(count / 200), 0);
    },
    teardown: () => sf.stop(),
  };
});

import type { Client } from '@hubspot/api-client';
import { generatePortfolio } from '../../../src/core/demo/index.js';
import { HubSpotAdapter } from '../../../src/crm/hubspot/adapter/index.js';
import { HS } from '../../../src/crm/hubspot/metadata/names.js';
import { lookupsViaSdk, readAccountsViaSdk } from '../../sandbox/hubspot/seed-reader.js';
import { startSandbox, TOKEN } from '../../sandbox/helpers.js';
import { canonical, sorted, withCoreIds } from '../hubspot/mapping/canonical.js';
import type { RefKind } from './suite.js';
import { describeCrmConformance } from './suite.js';

const NOW = '2026-11-27T09:00:00Z';

/** Where the seed's write plan keys each kind: `<core account id>/<segment>/…`. */
const SEGMENTS: Record<RefKind, string> = {
  contact: 'contact',
  deal: 'deal',
  relationship: 'relationship',
  valueChainNote: 'value-chain',
  potential: 'potential',
  plan: 'plan',
  action: 'action',
};
const CUSTOM: Partial<Record<RefKind, string>> = {
  relationship: HS.relationship.object,
  valueChainNote: HS.valueChainNote.object,
  potential: HS.potential.object,
  plan: HS.accountPlan.object,
  action: HS.action.object,
};
const STANDARD_NAMES: Record<string, string> = { '0-1': 'contacts', '0-2': 'companies', '0-3': 'deals' };
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
  // Object type ids and fully qualified names of the KAM custom objects, read through the SDK.
  const schemas = (await client.crm.schemas.coreApi.getAll()).results.map((x) => ({
    name: x.name,
    objectTypeId: x.objectTypeId ?? '',
    fullyQualifiedName: x.fullyQualifiedName ?? '',
  }));
  const typeOf = (kind: RefKind) => {
    const name = CUSTOM[kind];
    if (name === undefined) return kind === 'contact' ? '0-1' : '0-3';
    return schemas.find((x) => x.name === name)!.objectTypeId;
  };

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
    recordRefs(kind, accountIndex) {
      const prefix = `${portfolio[accountIndex]!.account.id}/${SEGMENTS[kind]}/`;
      return [...seeded.ids]
        .filter(([key]) => key.startsWith(prefix))
        .map(([, id]) => ({ type: typeOf(kind), id }));
    },
    accountRef: (id) => ({ type: '0-2', id }),
    otherNaming: (ref) => ({
      type: STANDARD_NAMES[ref.type] ?? schemas.find((x) => x.objectTypeId === ref.type)!.fullyQualifiedName,
      id: ref.id,
    }),
    unknownRef: (kind) => ({ type: typeOf(kind), id: '999999999' }),
    async addNonKeyAccount() {
      const company = await client.crm.companies.basicApi.create({
        properties: { name: 'Kein Key Account GmbH', [HS.company.isKeyAccount]: 'false' },
        associations: [],
      });
      const contact = await client.crm.contacts.basicApi.create({
        properties: { firstname: 'Erika', lastname: 'Muster' },
        associations: [],
      });
      await client.crm.associations.v4.basicApi.createDefault(
        'contacts',
        contact.id,
        'companies',
        company.id,
      );
      return { account: { type: '0-2', id: company.id }, contact: { type: '0-1', id: contact.id } };
    },
    accountsOfLowerBound(refs, accounts) {
      // per type one associations read per 1,000 records; one key-account read per 100 companies
      const perType = new Map<string, number>();
      for (const r of refs) if (r.type !== '0-2') perType.set(r.type, (perType.get(r.type) ?? 0) + 1);
      return [...perType.values()].reduce(
        (n, count) => n + Math.ceil(count / 1000),
        Math.ceil(accounts / 100),
      );
    },
    teardown: () => running.sandbox.stop(),
  };
});

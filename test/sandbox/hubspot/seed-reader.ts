/**
 * Reads seeded accounts back the way an adapter would, through `@hubspot/api-client` only: the
 * portal's lookups (owners, pipelines, industry options), the KAM schemas, associations v4 in one
 * batch per part, records by batch read with every property.
 */
import type { Client } from '@hubspot/api-client';
import type {
  AccountPart,
  HubSpotAccountRecords,
  HubSpotRecord,
} from '../../../src/crm/hubspot/mapping/index.js';
import { HubSpotLookups } from '../../../src/crm/hubspot/mapping/index.js';
import { HS } from '../../../src/crm/hubspot/metadata/names.js';

const CUSTOM_PARTS: Partial<Record<AccountPart, string>> = {
  relationships: HS.relationship.object,
  valueChainNotes: HS.valueChainNote.object,
  potentials: HS.potential.object,
  accountPlans: HS.accountPlan.object,
  actions: HS.action.object,
};

/** Object type (as the API takes it) of each part: standard names, custom objects by type id. */
export async function partTypes(client: Client): Promise<Record<AccountPart, string>> {
  const schemas = (await client.crm.schemas.coreApi.getAll()).results;
  const idOf = (name: string) => {
    const schema = schemas.find((s) => s.name === name);
    if (!schema) throw new Error(`no schema ${name}`);
    return schema.objectTypeId;
  };
  const out: Partial<Record<AccountPart, string>> = { contacts: 'contacts', deals: 'deals' };
  for (const [part, name] of Object.entries(CUSTOM_PARTS)) out[part as AccountPart] = idOf(name);
  return out as Record<AccountPart, string>;
}

export async function lookupsViaSdk(client: Client): Promise<HubSpotLookups> {
  const owners = (await client.crm.owners.ownersApi.getPage(undefined, undefined, 500)).results;
  const pipelines = (await client.crm.pipelines.pipelinesApi.getAll('deals')).results;
  const industry = await client.crm.properties.coreApi.getByName('companies', 'industry');
  return new HubSpotLookups({
    owners: owners.map((o) => ({ id: o.id, name: `${o.firstName ?? ''} ${o.lastName ?? ''}`.trim() })),
    dealStages: pipelines.flatMap((p) =>
      p.stages.map((s) => ({
        id: s.id,
        label: s.label,
        outcome: s.metadata?.isClosed !== 'true' ? 'open' : s.metadata.probability === '1' ? 'won' : 'lost',
      })),
    ),
    industries: industry.options.map((o) => ({ value: o.value, label: o.label })),
    currency: 'EUR',
  });
}

const chunks = <T>(xs: readonly T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

async function propertyNames(client: Client, objectType: string): Promise<string[]> {
  return (await client.crm.properties.coreApi.getAll(objectType)).results.map((p) => p.name);
}

async function batchRead(client: Client, objectType: string, ids: readonly string[]) {
  const properties = await propertyNames(client, objectType);
  const out = new Map<string, HubSpotRecord>();
  for (const chunk of chunks(ids, 100)) {
    if (chunk.length === 0) continue;
    const answer = await client.crm.objects.batchApi.read(objectType, {
      inputs: chunk.map((id) => ({ id })),
      properties,
      propertiesWithHistory: [],
    });
    for (const r of answer.results) out.set(r.id, r);
  }
  return out;
}

/** Everything the mapping needs to read these companies, through the SDK. */
export async function readAccountsViaSdk(
  client: Client,
  companyIds: readonly string[],
): Promise<Map<string, HubSpotAccountRecords>> {
  const types = await partTypes(client);
  const companies = await batchRead(client, 'companies', companyIds);
  const associations = new Map<string, Partial<Record<AccountPart, string[]>>>();
  const records: Partial<Record<AccountPart, Map<string, HubSpotRecord>>> = {};
  for (const [part, objectType] of Object.entries(types) as [AccountPart, string][]) {
    const ids: string[] = [];
    for (const chunk of chunks(companyIds, 1000)) {
      const page = await client.crm.associations.v4.batchApi.getPage('companies', objectType, {
        inputs: chunk.map((id) => ({ id })),
      });
      for (const row of page.results) {
        const to = row.to.map((t) => String(t.toObjectId));
        const lists = associations.get(row._from.id) ?? {};
        lists[part] = to;
        associations.set(row._from.id, lists);
        ids.push(...to);
      }
    }
    records[part] = await batchRead(client, objectType, ids);
  }
  return new Map(
    companyIds.map((id) => [
      id,
      { company: companies.get(id)!, associations: associations.get(id) ?? {}, records },
    ]),
  );
}

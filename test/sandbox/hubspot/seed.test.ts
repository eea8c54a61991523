import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generatePortfolio } from '../../../src/core/demo/index.js';
import type { AccountSnapshot } from '../../../src/core/model/index.js';
import type { HubSpotLookups } from '../../../src/crm/hubspot/mapping/index.js';
import { snapshotFromCrm } from '../../../src/crm/hubspot/mapping/index.js';
import type { SeedReport } from '../../../src/sandbox/seed/portfolio.js';
import { canonical, sorted, withCoreIds } from '../../crm/hubspot/mapping/canonical.js';
import { startSandbox } from '../helpers.js';
import type { Running } from '../helpers.js';
import { lookupsViaSdk, readAccountsViaSdk } from './seed-reader.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const portfolio = generatePortfolio({ now: NOW });

/** Every seeded account read back through the SDK and the mapping, with core ids again. */
async function readBack(
  running: Running,
  report: SeedReport,
): Promise<{ back: AccountSnapshot[]; lookups: HubSpotLookups }> {
  const client = running.client();
  const seeded = report.sides.hubspot!;
  const lookups = await lookupsViaSdk(client);
  const companyIds = portfolio.map((s) => seeded.accounts[s.account.id]!);
  const accounts = await readAccountsViaSdk(client, companyIds);
  const back = companyIds.map((id) => {
    const read = snapshotFromCrm(accounts.get(id)!, lookups);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    return withCoreIds(read.snapshot, seeded.coreIds);
  });
  return { back, lookups };
}

describe('seeding the demo portfolio into the HubSpot side', () => {
  let running: Running;
  let report: SeedReport;

  beforeAll(async () => {
    running = await startSandbox();
    report = await running.sandbox.seed({ portfolio: 'demo', sides: ['hubspot'], now: NOW.toISOString() });
  });
  afterAll(() => running.sandbox.stop());

  it('reports what it created, quickly', () => {
    const created = report.sides.hubspot!.created;
    expect(report.accounts).toBe(36);
    expect(created.companies).toBe(36);
    expect(created.contacts).toBe(portfolio.reduce((n, s) => n + s.contacts.length, 0));
    expect(created.deals).toBe(portfolio.reduce((n, s) => n + s.deals.length, 0));
    expect(created.schemas).toBe(5);
    expect(created.owners).toBeGreaterThan(0);
    expect(report.sides.hubspot!.ms).toBeLessThan(3000);
  });

  it('the SDK finds the demo companies with their kam_* properties', async () => {
    const client = running.client();
    const found = await client.crm.companies.searchApi.doSearch({
      filterGroups: [
        { filters: [{ propertyName: 'kam_is_key_account', operator: 'EQ', value: 'true' } as never] },
      ],
      properties: ['name', 'kam_stage', 'kam_rating_strategic_fit', 'industry', 'hubspot_owner_id'],
      sorts: ['name'],
      limit: 100,
    });
    expect(found.total).toBe(36);
    const classic = portfolio[0]!;
    const company = found.results.find((c) => c.properties.name === classic.account.name)!;
    expect(company.properties.kam_stage).toBe(classic.account.stage);
    expect(Number(company.properties.kam_rating_strategic_fit)).toBe(classic.account.ratings.strategic_fit);
    expect(company.properties.industry).toBe('MACHINERY');
    const owner = await client.crm.owners.ownersApi.getById(Number(company.properties.hubspot_owner_id));
    expect(`${owner.firstName} ${owner.lastName}`).toBe(classic.account.ownerName);
  });

  it('links each company to its contacts, deals and KAM records', async () => {
    const client = running.client();
    const classic = portfolio[0]!;
    const id = report.sides.hubspot!.accounts[classic.account.id]!;
    const company = await client.crm.companies.basicApi.getById(id, ['name'], undefined, [
      'contacts',
      'deals',
      'kam_relationship',
      'kam_action',
    ]);
    expect(company.associations?.contacts?.results).toHaveLength(classic.contacts.length);
    expect(company.associations?.deals?.results).toHaveLength(classic.deals.length);
    const relationships = Object.entries(company.associations ?? {}).find(([k]) =>
      k.includes('relationship'),
    );
    expect(relationships?.[1].results.length).toBeGreaterThanOrEqual(classic.relationships.length);
    const schemas = await client.crm.schemas.coreApi.getAll();
    expect(schemas.results.map((s) => s.name).sort()).toEqual([
      'kam_account_plan',
      'kam_action',
      'kam_potential',
      'kam_relationship',
      'kam_value_chain_note',
    ]);
  });

  it('reads back as the demo snapshots, up to the mapping’s documented losses', async () => {
    const { back, lookups } = await readBack(running, report);
    portfolio.forEach((s, i) => expect(sorted(back[i]!)).toEqual(sorted(canonical(s, lookups))));
    // the portal knows every owner, industry and stage: only departments are lost
    portfolio.forEach((s, i) => {
      const withoutDepartments = { ...s, contacts: s.contacts.map((c) => ({ ...c, department: undefined })) };
      expect(sorted(back[i]!)).toEqual(sorted(withoutDepartments));
    });
  });

  it('refuses to seed a second time without a reset', async () => {
    const answer = await fetch(`${running.baseUrl}/__sandbox/seed`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portfolio: 'demo', sides: ['hubspot'] }),
    });
    expect(answer.status).toBe(409);
    expect(((await answer.json()) as { message: string }).message).toMatch(/reset/);
  });

  it('after a reset, seeding again (admin API) gives the same records under the same ids', async () => {
    const first = await readBack(running, report);
    const admin = (path: string, body?: unknown) =>
      fetch(`${running.baseUrl}/__sandbox/${path}`, {
        method: 'POST',
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
    expect((await admin('reset')).status).toBe(204);
    const answer = await admin('seed', { portfolio: 'demo', sides: ['hubspot'], now: NOW.toISOString() });
    expect(answer.status).toBe(201);
    const body = (await answer.json()) as {
      accounts: number;
      sides: Record<string, { created: Record<string, number>; accounts: Record<string, string> }>;
    };
    expect(body.accounts).toBe(36);
    expect(Object.keys(body.sides)).toEqual(['hubspot']);
    expect(body.sides.hubspot!.created).toEqual(report.sides.hubspot!.created);
    expect(body.sides.hubspot!.accounts).toEqual(report.sides.hubspot!.accounts);
    const second = await readBack(running, report);
    expect(second.back.map(sorted)).toEqual(first.back.map(sorted));
  });

  it('answers a bad seed request with a 400 naming the field', async () => {
    const answer = await fetch(`${running.baseUrl}/__sandbox/seed`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portfolio: 'demo', accounts: ['acc-nope'] }),
    });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { message: string }).message).toMatch(/acc-nope/);
  });
});

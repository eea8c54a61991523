import { beforeAll, describe, expect, it } from '@jest/globals';
import { generatePortfolio } from '../../../../src/core/demo/index.js';
import type { AccountSnapshot, Deal } from '../../../../src/core/model/index.js';
import {
  accountToCrm,
  contactToCrm,
  dealToCrm,
  HS_STANDARD,
  HubSpotLookups,
  planToCrm,
  snapshotToCrmPlan,
  valueChainNoteToCrm,
  withCrmIds,
} from '../../../../src/crm/hubspot/mapping/index.js';
import type { HubSpotMetadata } from '../../../../src/crm/hubspot/metadata/index.js';
import { HS, loadHubSpotMetadata } from '../../../../src/crm/hubspot/metadata/index.js';
import { lookupsFor } from './fake-portal.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const portfolio = generatePortfolio({ now: NOW });
const classic = portfolio.find((s) => s.account.id === 'acc-classic')!;

describe('writing core records as HubSpot properties', () => {
  it('marks the company as key account and never writes the last activity date', () => {
    const props = accountToCrm(classic.account);
    expect(props[HS.company.isKeyAccount]).toBe('true');
    expect(props[HS.company.ratings.reference_value]).toBe('4');
    expect(props[HS.company.stage]).toBe('organisation_mapped');
    expect(props).not.toHaveProperty(HS_STANDARD.company.lastActivity);
  });

  it('writes industry and owner only when the portal has them', () => {
    expect(accountToCrm(classic.account)).not.toHaveProperty(HS_STANDARD.company.industry);
    expect(accountToCrm(classic.account)).not.toHaveProperty(HS_STANDARD.company.owner);
    const lookups = new HubSpotLookups({
      industries: [{ value: 'MACHINERY', label: 'Maschinenbau' }],
      owners: [{ id: '77', name: 'Markus Weber' }],
    });
    expect(accountToCrm(classic.account, lookups)).toMatchObject({
      industry: 'MACHINERY',
      hubspot_owner_id: '77',
    });
  });

  it('writes a missing optional value as an empty string, so an update clears it', () => {
    const props = accountToCrm({
      ...classic.account,
      city: undefined,
      employees: undefined,
      country: undefined,
    });
    expect(props).toMatchObject({ city: '', numberofemployees: '', country: '' });
  });

  it('splits the name, joins roles with ; and leaves department and reports-to out', () => {
    const props = contactToCrm({
      id: 'c1',
      name: 'Dr. Michael Schreiber',
      department: 'Geschäftsführung',
      reportsToId: 'c0',
      roles: ['decider', 'coach'],
      attitude: -1,
    });
    expect(props).toEqual({
      firstname: 'Dr. Michael',
      lastname: 'Schreiber',
      email: '',
      jobtitle: '',
      [HS.contact.roles]: 'decider;coach',
      [HS.contact.influence]: '',
      [HS.contact.attitude]: '-1',
      [HS.contact.needsFactual]: '',
      [HS.contact.needsEmotional]: '',
      [HS.contact.lastConfirmed]: '',
    });
  });

  it('writes won and lost as closed stages and the close date as midnight UTC', () => {
    const deal: Deal = {
      id: 'd',
      name: 'Retrofit',
      amount: 1000,
      status: 'won',
      probability: 1,
      closeDate: '2026-03-01',
      strategic: true,
    };
    expect(dealToCrm(deal)).toMatchObject({
      dealstage: 'closedwon',
      closedate: '2026-03-01T00:00:00Z',
      [HS.deal.strategicProject]: 'true',
    });
    expect(dealToCrm({ ...deal, status: 'lost' }).dealstage).toBe('closedlost');
    expect(dealToCrm({ ...deal, status: 'open' }).dealstage).toBe('appointmentscheduled');
    expect(dealToCrm({ ...deal, status: 'open', stage: 'Contract sent' }).dealstage).toBe('contractsent');
    // A label of another outcome does not pull a won deal into an open stage.
    expect(dealToCrm({ ...deal, status: 'won', stage: 'Contract sent' }).dealstage).toBe('closedwon');
  });

  it('writes one plan record per year and titles value-chain notes in the tenant language', () => {
    const plan = classic.plan!;
    const years = plan.goals.map((g) => planToCrm(plan, g, { accountName: classic.account.name }));
    expect(
      years.map((p) => [p[HS.accountPlan.year], p[HS.accountPlan.targetRevenue], p[HS.accountPlan.title]]),
    ).toEqual([
      ['2026', '27500', 'Brenner Hydraulik GmbH · 2026'],
      ['2027', '40000', 'Brenner Hydraulik GmbH · 2027'],
      ['2028', '60000', 'Brenner Hydraulik GmbH · 2028'],
    ]);
    expect(new Set(years.map((p) => p[HS.accountPlan.capacityHours]))).toEqual(new Set(['120']));
    const note = { id: 'v', activity: 'procurement' as const, assessment: 'neutral' as const, impact: 2 };
    expect(valueChainNoteToCrm(note, 'de')[HS.valueChainNote.title]).toBe('Beschaffung');
    expect(valueChainNoteToCrm(note, 'en')[HS.valueChainNote.title]).toBe('Procurement');
  });
});

describe('the write plan of a snapshot', () => {
  let metadata: HubSpotMetadata;
  beforeAll(async () => {
    metadata = await loadHubSpotMetadata();
  });

  const lookups = new HubSpotLookups(lookupsFor(portfolio));
  const plans = portfolio.map((s) => snapshotToCrmPlan(s, { lookups }));

  it('lists records in dependency order: every id reference points to a record before it', () => {
    for (const plan of plans) {
      const seen = new Set<string>();
      for (const r of plan.records) {
        for (const key of Object.values(r.idRefs ?? {})) expect(seen.has(key)).toBe(true);
        expect(seen.has(r.key)).toBe(false);
        seen.add(r.key);
      }
      expect(plan.records[0]!.objectType).toBe('companies');
    }
  });

  it('links every record to the company and every relationship to its two contacts', () => {
    const plan = snapshotToCrmPlan(classic, { lookups });
    const company = plan.records[0]!.key;
    const fromCompany = plan.links.filter((l) => l.fromKey === company).map((l) => l.toKey);
    expect(fromCompany.sort()).toEqual(
      plan.records
        .slice(1)
        .map((r) => r.key)
        .sort(),
    );
    const ties = plan.records.filter((r) => r.objectType === HS.relationship.object);
    for (const t of ties) {
      const ends = plan.links.filter((l) => l.fromKey === t.key).map((l) => l.toKey);
      expect(ends.sort()).toEqual(Object.values(t.idRefs!).sort());
    }
    expect(plan.links.some((l) => l.fromType === HS.action.object)).toBe(false);
  });

  it('writes a reports-to line only where no tie already names the manager', () => {
    const expected = (s: AccountSnapshot) =>
      s.contacts.filter(
        (c) => c.reportsToId && !s.relationships.some((r) => r.kind === 'reports_to' && r.fromId === c.id),
      ).length;
    portfolio.forEach((s, i) => {
      const lines = plans[i]!.records.filter((r) => r.key.includes('/reports-to/'));
      expect(lines).toHaveLength(expected(s));
      for (const l of lines) {
        expect(l.properties[HS.relationship.kind]).toBe('reports_to');
        expect(l.properties[HS.relationship.strength]).toBe('');
      }
    });
  });

  it('holds the last activity date as a derived value, for a stand-in CRM only', () => {
    const company = snapshotToCrmPlan(classic).records[0]!;
    expect(company.derived).toEqual({ [HS_STANDARD.company.lastActivity]: classic.account.lastActivityAt });
    expect(company.properties).not.toHaveProperty(HS_STANDARD.company.lastActivity);
  });

  it('fills id references from the ids HubSpot gave, and refuses to guess a missing one', () => {
    const plan = snapshotToCrmPlan(classic);
    const tie = plan.records.find((r) => r.objectType === HS.relationship.object)!;
    const ids = new Map(plan.records.map((r, i) => [r.key, String(500 + i)]));
    const props = withCrmIds(tie, ids);
    expect(props[HS.relationship.fromContactId]).toBe(ids.get(tie.idRefs![HS.relationship.fromContactId]!));
    expect(() => withCrmIds(tie, new Map())).toThrow(/no HubSpot id yet for acc-classic\/contact\//);
  });

  it('writes only properties the metadata defines (or HubSpot’s own), with valid options and required values', () => {
    const standard: Record<string, Set<string>> = {
      companies: new Set(Object.values(HS_STANDARD.company)),
      contacts: new Set(Object.values(HS_STANDARD.contact)),
      deals: new Set(Object.values(HS_STANDARD.deal)),
    };
    const defs = new Map<string, Map<string, { options?: readonly { value: string }[] }>>();
    for (const f of metadata.properties)
      defs.set(f.data.objectType, new Map(f.data.properties.map((p) => [p.name, p])));
    for (const f of metadata.schemas)
      defs.set(f.data.name, new Map(f.data.properties.map((p) => [p.name, p])));
    const required = new Map(metadata.schemas.map((f) => [f.data.name, f.data.requiredProperties]));
    const records = plans.flatMap((p) => p.records);
    const ids = new Map(records.map((x) => [x.key, '1']));
    for (const r of records) {
      const props = withCrmIds(r, ids);
      for (const [name, value] of Object.entries(props)) {
        const def = defs.get(r.objectType)?.get(name);
        expect({
          objectType: r.objectType,
          name,
          known: !!def || !!standard[r.objectType]?.has(name),
        }).toEqual({
          objectType: r.objectType,
          name,
          known: true,
        });
        if (def?.options?.length && value !== '') {
          const allowed = new Set(def.options.map((o) => o.value));
          for (const part of value.split(';'))
            expect({ name, part, ok: allowed.has(part) }).toEqual({ name, part, ok: true });
        }
      }
      for (const name of required.get(r.objectType) ?? [])
        expect({ key: r.key, name, value: props[name] ?? '' }).not.toMatchObject({ value: '' });
    }
  });
});

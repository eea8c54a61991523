import { describe, expect, it } from '@jest/globals';
import type { AccountPart, HubSpotRecord, SnapshotRead } from '../../../../src/crm/hubspot/mapping/index.js';
import {
  HS_STANDARD,
  HubSpotLookups,
  indexById,
  snapshotFromCrm,
} from '../../../../src/crm/hubspot/mapping/index.js';
import { HS } from '../../../../src/crm/hubspot/metadata/names.js';

const rec = (
  id: string,
  properties: Record<string, string | null>,
  updatedAt = '2026-01-01T00:00:00Z',
): HubSpotRecord => ({
  id,
  properties,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt,
  archived: false,
});

const C = HS_STANDARD.contact;
const company = rec('1', { [HS_STANDARD.company.name]: 'Brenner Hydraulik GmbH' });
const anna = rec('11', { [C.firstName]: 'Anna', [C.lastName]: 'Berg' });
const jonas = rec('12', { [C.firstName]: 'Jonas', [C.lastName]: 'Weber' });

function read(
  parts: Partial<Record<AccountPart, HubSpotRecord[]>>,
  extra: { company?: HubSpotRecord; lookups?: HubSpotLookups } = {},
): SnapshotRead {
  const associations: Partial<Record<AccountPart, string[]>> = {};
  const records: Partial<Record<AccountPart, Map<string, HubSpotRecord>>> = {};
  for (const [part, list] of Object.entries(parts) as [AccountPart, HubSpotRecord[]][]) {
    associations[part] = list.map((r) => r.id);
    records[part] = indexById(list);
  }
  return snapshotFromCrm({ company: extra.company ?? company, associations, records }, extra.lookups);
}

function problems(result: SnapshotRead): readonly string[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

function snapshot(result: SnapshotRead) {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.snapshot;
}

const tie = (
  id: string,
  from: string,
  to: string,
  kind: string,
  strength: string | null,
  note: string | null = null,
) =>
  rec(id, {
    [HS.relationship.fromContactId]: from,
    [HS.relationship.toContactId]: to,
    [HS.relationship.kind]: kind,
    [HS.relationship.strength]: strength,
    [HS.relationship.note]: note,
  });

describe('reading a company into a snapshot: problems name record and property', () => {
  it('reports a value outside the core range', () => {
    const bad = rec('13', { [C.firstName]: 'Eva', [C.lastName]: 'Roth', [HS.contact.attitude]: '7' });
    expect(problems(read({ contacts: [anna, bad] }))).toEqual([
      'contact 13: kam_attitude: "7" is not a number from -2 to 2',
    ]);
  });

  it('reports unknown picklist values instead of guessing', () => {
    const bad = rec('13', { [C.lastName]: 'Roth', [HS.contact.roles]: 'decider;Entscheider' });
    const deal = rec('21', {
      [HS_STANDARD.deal.name]: 'Retrofit',
      [HS_STANDARD.deal.amount]: '1000',
      [HS_STANDARD.deal.stage]: '123456',
      [HS_STANDARD.deal.closeDate]: '2026-03-01T00:00:00Z',
    });
    expect(problems(read({ contacts: [bad], deals: [deal] }))).toEqual([
      'contact 13: kam_roles: "Entscheider" is not one of initiator, user, influencer, buyer, decider, gatekeeper, coach',
      'deal 21: dealstage: "123456" is not a stage of the portal\'s deal pipelines',
    ]);
  });

  it('tells every problem of a company at once, including the core model’s', () => {
    const deal = rec('21', { [HS_STANDARD.deal.name]: 'Retrofit', [HS_STANDARD.deal.stage]: 'closedwon' });
    const mail = rec('13', { [C.lastName]: 'Roth', [C.email]: 'roth@' });
    const result = read({
      contacts: [anna, mail],
      deals: [deal],
      relationships: [tie('31', '11', '77', 'trusts', '2')],
    });
    expect(problems(result)).toEqual([
      'relationship 31: to_contact_id: "77" is not a contact of company 1',
      'contact 13: email: "roth@": Invalid email address',
      'deal 21: amount: missing',
      'deal 21: closedate: missing',
    ]);
  });

  it('tells a rule of the core model against the property that breaks it', () => {
    const action = rec('51', {
      [HS.action.title]: 'Workshop',
      [HS.action.startDate]: '2026-03-10',
      [HS.action.dueDate]: '2026-03-01',
      [HS.action.status]: 'planned',
    });
    expect(problems(read({ actions: [action] }))).toEqual([
      'action 51: due_date: "2026-03-01": due date before start date',
    ]);
  });

  it('reports associated records the adapter did not fetch', () => {
    const result = snapshotFromCrm({
      company,
      associations: { contacts: ['11', '99'] },
      records: { contacts: indexById([anna]) },
    });
    expect(problems(result)).toEqual(['company 1: associated contact 99 was not returned']);
  });

  it('reports a contact without any name, and falls back to the e-mail as HubSpot does', () => {
    const mailOnly = rec('13', { [C.email]: 'eva.roth@brenner.de' });
    expect(snapshot(read({ contacts: [mailOnly] })).contacts[0]!.name).toBe('eva.roth@brenner.de');
    expect(problems(read({ contacts: [rec('14', { [C.firstName]: ' ' })] }))).toEqual([
      'contact 14: firstname/lastname: missing',
    ]);
  });

  it('reports two plan records for one year', () => {
    const plan = (id: string) =>
      rec(id, { [HS.accountPlan.year]: '2027', [HS.accountPlan.targetRevenue]: '40000' });
    expect(problems(read({ accountPlans: [plan('41'), plan('42')] }))).toEqual([
      'account plan 42: year: 2027 already has account plan 41',
    ]);
  });

  it('reports a reports-to line to someone who is not a contact of the company', () => {
    expect(
      problems(read({ contacts: [anna], relationships: [tie('31', '11', '77', 'reports_to', null)] })),
    ).toEqual(['relationship 31: to_contact_id: "77" is not a contact of company 1']);
  });
});

describe('reading a company into a snapshot: values', () => {
  it('leaves missing optional values undefined, never 0', () => {
    const s = snapshot(
      read(
        {
          contacts: [
            rec('11', { [C.lastName]: 'Berg', [HS.contact.influence]: '', [HS.contact.attitude]: null }),
          ],
        },
        {
          company: rec('1', {
            name: 'Brenner',
            [HS.company.ratings.innovation]: '',
            [HS_STANDARD.company.annualRevenue]: ' ',
          }),
        },
      ),
    );
    expect(s.account.ratings).toEqual({});
    expect(s.account.annualRevenue).toBeUndefined();
    expect(s.account.currency).toBe('EUR');
    expect(s.contacts[0]!.influence).toBeUndefined();
    expect(s.contacts[0]!.attitude).toBeUndefined();
    expect(s.contacts[0]!.roles).toEqual([]);
  });

  it('takes the last activity date from HubSpot’s own property, epoch ms or ISO', () => {
    const at = (v: string) =>
      snapshot(read({}, { company: rec('1', { name: 'Brenner', [HS_STANDARD.company.lastActivity]: v }) }))
        .account.lastActivityAt;
    expect(at(String(Date.UTC(2026, 10, 15, 9, 48)))).toBe('2026-11-15T09:48:00Z');
    expect(at('2026-11-15T10:48:00.000+01:00')).toBe('2026-11-15T09:48:00Z');
  });

  it('warns and leaves out a country that is no code and an owner it does not know', () => {
    const result = read(
      {},
      {
        company: rec('1', {
          name: 'Brenner',
          country: 'Germany',
          city: 'Heilbronn',
          hubspot_owner_id: '555',
        }),
      },
    );
    expect(result.ok && result.snapshot.account.country).toBeUndefined();
    expect(result.warnings).toEqual([
      'company 1: country: "Germany" is not a two-letter country code; left out',
      'company 1: hubspot_owner_id: owner 555 is not known; owner left out',
    ]);
    const lookups = new HubSpotLookups({ owners: [{ id: '555', name: 'Markus Weber' }] });
    const known = read(
      {},
      { company: rec('1', { name: 'Brenner', country: 'de', hubspot_owner_id: '555' }), lookups },
    );
    expect(snapshot(known).account).toMatchObject({ country: 'DE', ownerName: 'Markus Weber' });
  });

  it('reads won, lost and open from the deal stage; the forecast probability wins over the stage’s', () => {
    const deal = (id: string, stage: string, extra: Record<string, string> = {}) =>
      rec(id, {
        dealname: `Deal ${id}`,
        amount: '5000',
        dealstage: stage,
        closedate: String(Date.UTC(2026, 2, 1)),
        ...extra,
      });
    const s = snapshot(
      read({
        deals: [
          deal('21', 'closedwon'),
          deal('22', 'closedlost'),
          deal('23', 'contractsent', { hs_deal_stage_probability: '0.9' }),
          deal('24', 'contractsent', { hs_deal_stage_probability: '0.9', hs_forecast_probability: '0.35' }),
          deal('25', 'qualifiedtobuy'),
        ],
      }),
    );
    expect(s.deals.map((d) => [d.status, d.stage, d.probability, d.closeDate])).toEqual([
      ['won', 'Closed won', 0.5, '2026-03-01'],
      ['lost', 'Closed lost', 0.5, '2026-03-01'],
      ['open', 'Contract sent', 0.9, '2026-03-01'],
      ['open', 'Contract sent', 0.35, '2026-03-01'],
      ['open', 'Qualified to buy', 0.5, '2026-03-01'],
    ]);
  });

  it('skips archived records', () => {
    const gone = { ...jonas, archived: true };
    expect(snapshot(read({ contacts: [anna, gone] })).contacts.map((c) => c.id)).toEqual(['11']);
  });
});

describe('reading reports-to lines', () => {
  const eva = rec('13', { [C.firstName]: 'Eva', [C.lastName]: 'Roth' });

  it('reads a reports_to record without strength and note as the reports-to field, not as a tie', () => {
    const s = snapshot(
      read({ contacts: [anna, jonas], relationships: [tie('31', '11', '12', 'reports_to', null)] }),
    );
    expect(s.contacts.find((c) => c.id === '11')!.reportsToId).toBe('12');
    expect(s.relationships).toEqual([]);
  });

  it('reads a rated reports_to tie as a tie, and as the field when it is the only manager', () => {
    const s = snapshot(
      read({ contacts: [anna, jonas], relationships: [tie('31', '11', '12', 'reports_to', '3')] }),
    );
    expect(s.contacts.find((c) => c.id === '11')!.reportsToId).toBe('12');
    expect(s.relationships).toEqual([
      { id: '31', fromId: '11', toId: '12', kind: 'reports_to', strength: 3 },
    ]);
  });

  it('leaves the field unset when ties name two managers and no line says which', () => {
    const s = snapshot(
      read({
        contacts: [anna, jonas, eva],
        relationships: [tie('31', '11', '12', 'reports_to', '2'), tie('32', '11', '13', 'reports_to', '2')],
      }),
    );
    expect(s.contacts.find((c) => c.id === '11')!.reportsToId).toBeUndefined();
    expect(s.relationships).toHaveLength(2);
  });

  it('prefers the line over ties; a second line and a noted line are ties', () => {
    const s = snapshot(
      read({
        contacts: [anna, jonas, eva],
        relationships: [
          tie('31', '11', '13', 'reports_to', '2'),
          tie('32', '11', '12', 'reports_to', null),
          tie('33', '11', '13', 'reports_to', null),
          tie('34', '12', '13', 'reports_to', null, 'dotted line'),
        ],
      }),
    );
    expect(s.contacts.map((c) => [c.id, c.reportsToId])).toEqual([
      ['11', '12'],
      ['12', '13'],
      ['13', undefined],
    ]);
    expect(s.relationships.map((r) => [r.id, r.strength])).toEqual([
      ['31', 2],
      ['33', 2],
      ['34', 2],
    ]);
  });
});

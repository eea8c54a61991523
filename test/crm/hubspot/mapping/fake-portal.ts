/**
 * A stand-in for what HubSpot does with the write plan: hands out ids, fills id references, keeps
 * values as strings the way the API returns them (empty → null, datetimes normalised to ISO with
 * milliseconds), records associations, and answers with the read side's input.
 */
import type { AccountSnapshot } from '../../../../src/core/model/index.js';
import type {
  AccountPart,
  HubSpotAccountRecords,
  HubSpotLookupsInput,
  HubSpotRecord,
  HubSpotWritePlan,
} from '../../../../src/crm/hubspot/mapping/index.js';
import { DEFAULT_DEAL_STAGES, HS_STANDARD, withCrmIds } from '../../../../src/crm/hubspot/mapping/index.js';
import { HS } from '../../../../src/crm/hubspot/metadata/names.js';

const DATETIMES = new Set<string>([
  HS_STANDARD.deal.closeDate,
  HS_STANDARD.company.lastActivity,
  HS.company.scoredAt,
]);
const UPDATED_AT = '2026-11-27T09:00:00.000Z';

const PART_BY_TYPE: Record<string, AccountPart> = {
  [HS.contact.objectType]: 'contacts',
  [HS.deal.objectType]: 'deals',
  [HS.relationship.object]: 'relationships',
  [HS.valueChainNote.object]: 'valueChainNotes',
  [HS.potential.object]: 'potentials',
  [HS.accountPlan.object]: 'accountPlans',
  [HS.action.object]: 'actions',
};

export interface SeededPortal {
  /** Local key → HubSpot id. */
  readonly ids: Map<string, string>;
  /** HubSpot id → id of the core record it holds. */
  readonly coreIds: Map<string, string>;
  readonly companies: Map<string, HubSpotRecord>;
  readonly records: Partial<Record<AccountPart, Map<string, HubSpotRecord>>>;
  readonly associations: Map<string, Partial<Record<AccountPart, string[]>>>;
}

function stored(properties: Record<string, string>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (value === '') out[name] = null;
    else out[name] = DATETIMES.has(name) ? new Date(Date.parse(value)).toISOString() : value;
  }
  return out;
}

export function seedPortal(plans: readonly HubSpotWritePlan[]): SeededPortal {
  let next = 1000;
  const portal: SeededPortal = {
    ids: new Map(),
    coreIds: new Map(),
    companies: new Map(),
    records: {},
    associations: new Map(),
  };
  const types = new Map<string, string>();
  for (const plan of plans) {
    for (const planned of plan.records) {
      const id = String(next++);
      portal.ids.set(planned.key, id);
      portal.coreIds.set(id, planned.coreId);
      types.set(id, planned.objectType);
      const properties = stored({ ...withCrmIds(planned, portal.ids), ...planned.derived });
      const record: HubSpotRecord = {
        id,
        properties,
        createdAt: UPDATED_AT,
        updatedAt: UPDATED_AT,
        archived: false,
      };
      const part = PART_BY_TYPE[planned.objectType];
      if (part) (portal.records[part] ??= new Map()).set(id, record);
      else portal.companies.set(id, record);
    }
    for (const link of plan.links) {
      if (link.fromType !== HS.company.objectType) continue;
      const companyId = portal.ids.get(link.fromKey)!;
      const part = PART_BY_TYPE[link.toType]!;
      const lists = portal.associations.get(companyId) ?? {};
      (lists[part] ??= []).push(portal.ids.get(link.toKey)!);
      portal.associations.set(companyId, lists);
    }
  }
  return portal;
}

export function accountRecords(portal: SeededPortal, companyId: string): HubSpotAccountRecords {
  return {
    company: portal.companies.get(companyId)!,
    associations: portal.associations.get(companyId) ?? {},
    records: portal.records,
  };
}

/** Owners, industries and deal stages of a portal that knows every name the snapshots use. */
export function lookupsFor(snapshots: readonly AccountSnapshot[]): HubSpotLookupsInput {
  const owners = new Set<string>();
  const industries = new Set<string>();
  const stages = new Map<string, { id: string; label: string; outcome: 'open' | 'won' | 'lost' }>();
  for (const s of snapshots) {
    for (const name of [s.account.ownerName, s.plan?.ownerName, ...s.actions.map((a) => a.ownerName)])
      if (name) owners.add(name);
    if (s.account.industry) industries.add(s.account.industry);
    for (const d of s.deals)
      if (d.stage && !stages.has(`${d.status}|${d.stage}`))
        stages.set(`${d.status}|${d.stage}`, {
          id: `stage-${stages.size + 1}`,
          label: d.stage,
          outcome: d.status,
        });
  }
  return {
    owners: [...owners].map((name, i) => ({ id: `${100 + i}`, name })),
    industries: [...industries].map((label, i) => ({ value: `INDUSTRY_${i}`, label })),
    dealStages: [...DEFAULT_DEAL_STAGES, ...stages.values()],
    currency: 'EUR',
  };
}

/**
 * What a snapshot looks like after a trip through HubSpot: the original minus exactly what HubSpot
 * cannot hold. Each rule here is a documented loss (see src/crm/hubspot/mapping/README.md).
 */
import type { AccountSnapshot } from '../../../../src/core/model/index.js';
import type { HubSpotLookups } from '../../../../src/crm/hubspot/mapping/index.js';

const utc = (iso: string) => {
  const s = new Date(Date.parse(iso)).toISOString();
  return s.endsWith('.000Z') ? `${s.slice(0, -5)}Z` : s;
};

export function canonical(s: AccountSnapshot, lookups: HubSpotLookups): AccountSnapshot {
  const known = new Set(s.contacts.map((c) => c.id));
  const contacts = s.contacts.map((c) => {
    // No department property in HubSpot.
    const out = { ...c, department: undefined, reportsToId: undefined, name: c.name.split(/\s+/).join(' ') };
    const { reportsToId } = c;
    // A reports-to line needs a manager among the account's contacts.
    if (reportsToId !== undefined && known.has(reportsToId) && reportsToId !== c.id)
      return { ...out, reportsToId };
    // One manager named by reports_to ties is read as the reports-to field.
    const managers = new Set(
      s.relationships.filter((r) => r.kind === 'reports_to' && r.fromId === c.id).map((r) => r.toId),
    );
    return managers.size === 1 ? { ...out, reportsToId: [...managers][0]! } : out;
  });
  const { industry, ownerName, lastActivityAt, ...account } = s.account;
  return {
    ...s,
    account: {
      ...account,
      currency: lookups.currency,
      ...(lookups.industryValueOf(industry) !== undefined ? { industry } : {}),
      ...(lookups.ownerIdOf(ownerName) !== undefined ? { ownerName } : {}),
      ...(lastActivityAt ? { lastActivityAt: utc(lastActivityAt) } : {}),
    },
    contacts,
    // A deal always has a stage in HubSpot.
    deals: s.deals.map((d) => ({ ...d, stage: lookups.stageFor(d.status, d.stage)!.label })),
    // Plan records need a year: a plan without goals has none.
    plan:
      s.plan && s.plan.goals.length > 0
        ? { ...s.plan, goals: [...s.plan.goals].sort((a, b) => a.year - b.year) }
        : undefined,
  };
}

/** Lists sorted by id, so order (which HubSpot does not promise) does not count. */
export function sorted(s: AccountSnapshot): AccountSnapshot {
  const byId = <T extends { id: string }>(xs: readonly T[]) =>
    [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...s,
    contacts: byId(s.contacts),
    relationships: byId(s.relationships),
    valueChain: byId(s.valueChain),
    potentials: byId(s.potentials),
    actions: byId(s.actions),
    deals: byId(s.deals),
  };
}

/** The snapshot with HubSpot ids replaced by the core ids they hold. */
export function withCoreIds(s: AccountSnapshot, coreIds: ReadonlyMap<string, string>): AccountSnapshot {
  const id = (x: string) => coreIds.get(x) ?? `unmapped:${x}`;
  const renamed = <T extends { id: string }>(xs: readonly T[]) => xs.map((x) => ({ ...x, id: id(x.id) }));
  return {
    ...s,
    account: { ...s.account, id: id(s.account.id) },
    contacts: s.contacts.map((c) => ({
      ...c,
      id: id(c.id),
      ...(c.reportsToId !== undefined ? { reportsToId: id(c.reportsToId) } : {}),
    })),
    relationships: s.relationships.map((r) => ({
      ...r,
      id: id(r.id),
      fromId: id(r.fromId),
      toId: id(r.toId),
    })),
    valueChain: renamed(s.valueChain),
    potentials: renamed(s.potentials),
    actions: renamed(s.actions),
    deals: renamed(s.deals),
    plan: s.plan ? { ...s.plan, id: id(s.plan.id) } : undefined,
  };
}

import type { AccountSnapshot } from '../../../../src/core/model/index.js';
import { BUYING_ROLES } from '../../../../src/core/model/index.js';

/**
 * What a snapshot looks like after a trip through Salesforce: the original with Salesforce's ids and
 * exactly the differences the mapping documents (README "What Salesforce cannot hold"). Written out
 * rule by rule, independent of the mapping's code, so the round trip tests the rules.
 */
export function crmView(s: AccountSnapshot, idOf: (key: string) => string | undefined): AccountSnapshot {
  const id = (object: string, coreId: string): string => {
    const found = idOf(`${object}/${coreId}`);
    if (!found) throw new Error(`no id for ${object}/${coreId}`);
    return found;
  };
  // Salesforce rounds half away from zero to the field's decimals.
  const round = (x: number, factor: number) => (Math.sign(x) * Math.round(Math.abs(x) * factor)) / factor;
  const cents = (x: number) => round(x, 100);
  const tenths = (x: number) => round(x, 10);
  const wholePercent = (p: number) => Math.round(p * 100) / 100; // p ≥ 0
  const cut = (text: string, max: number) =>
    text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
  const opt = <T, U>(x: T | undefined, f: (v: T) => U): U | undefined => (x === undefined ? undefined : f(x));

  const goals = [...(s.plan?.goals ?? [])].sort((a, b) => a.year - b.year);
  return {
    account: {
      ...s.account,
      id: id('Account', s.account.id),
      // A Date field: the day in UTC, read back as midnight.
      lastActivityAt: opt(
        s.account.lastActivityAt,
        (t) => `${new Date(t).toISOString().slice(0, 10)}T00:00:00Z`,
      ),
      // AnnualRevenue has no decimals.
      annualRevenue: opt(s.account.annualRevenue, (x) => round(x, 1)),
      categorySpendPerYear: opt(s.account.categorySpendPerYear, cents),
    },
    contacts: s.contacts.map((c) => ({
      ...c,
      id: id('Contact', c.id),
      // First and last name joined with one space.
      name: c.name.split(/\s+/).join(' '),
      reportsToId: opt(c.reportsToId, (r) => id('Contact', r)),
      // Salesforce returns multi-select values in picklist order.
      roles: BUYING_ROLES.filter((r) => c.roles.includes(r)),
    })),
    relationships: s.relationships.map((r) => ({
      ...r,
      id: id('KAM_Relationship__c', r.id),
      fromId: id('Contact', r.fromId),
      toId: id('Contact', r.toId),
    })),
    valueChain: s.valueChain.map((v) => ({ ...v, id: id('KAM_Value_Chain_Note__c', v.id) })),
    potentials: s.potentials.map((p) => ({
      ...p,
      id: id('KAM_Potential__c', p.id),
      volumePerYear: cents(p.volumePerYear),
      // Percent field without decimals.
      probability: wholePercent(p.probability),
    })),
    // A plan record needs a year: a plan without goals is not stored.
    plan:
      s.plan && goals.length > 0
        ? {
            ...s.plan,
            id: id('KAM_Account_Plan__c', `${s.plan.id}/${goals[0]!.year}`),
            capacityHoursPerYear: opt(s.plan.capacityHoursPerYear, tenths),
            goals: goals.map((g) => ({ ...g, targetRevenue: cents(g.targetRevenue) })),
          }
        : undefined,
    actions: s.actions.map((a) => ({
      ...a,
      id: id('KAM_Action__c', a.id),
      // The record name holds 80 characters.
      title: cut(a.title, 80),
      effortHours: opt(a.effortHours, tenths),
    })),
    deals: s.deals.map((d) => ({
      ...d,
      id: id('Opportunity', d.id),
      amount: cents(d.amount),
      contributionMargin: opt(d.contributionMargin, cents),
      probability: wholePercent(d.probability),
      resourceHours: opt(d.resourceHours, tenths),
      // Closed deals carry the standard closed stages; an open deal without a stage gets the first one.
      stage:
        d.status === 'won' ? 'Closed Won' : d.status === 'lost' ? 'Closed Lost' : (d.stage ?? 'Prospecting'),
    })),
  };
}

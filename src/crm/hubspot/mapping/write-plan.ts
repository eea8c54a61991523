import type { Lang } from '../../../core/i18n/index.js';
import type { AccountSnapshot } from '../../../core/model/index.js';
import { HS } from '../metadata/names.js';
import { accountDerivedValues, accountToCrm } from './account.js';
import { planToCrm } from './account-plan.js';
import { contactToCrm } from './contact.js';
import { dealToCrm } from './deal.js';
import { actionToCrm, potentialToCrm, valueChainNoteToCrm } from './kam-objects.js';
import type { HubSpotLookups } from './lookups.js';
import { DEFAULT_LOOKUPS } from './lookups.js';
import type { HubSpotProperties } from './records.js';
import { relationshipToCrm, reportsToLinesToWrite, reportsToLineToCrm } from './relationship.js';

/** One record to create. */
export interface PlannedRecord {
  /** Caller-side key, unique across snapshots: `acc-007/contact/acc-007-c03`. */
  readonly key: string;
  /** `companies`, `contacts`, `deals` or a custom object's name. */
  readonly objectType: string;
  /** The id of the core record it holds (a plan year holds the plan, a reports-to line its contact). */
  readonly coreId: string;
  readonly properties: HubSpotProperties;
  /** Properties whose value is the HubSpot id of another planned record, by that record's key. */
  readonly idRefs?: Readonly<Record<string, string>>;
  /** Values HubSpot computes itself (read only): for a stand-in CRM to hold, never sent to HubSpot. */
  readonly derived?: HubSpotProperties;
}

/** An association to make once both records exist (HubSpot's default association type). */
export interface PlannedLink {
  readonly fromKey: string;
  readonly fromType: string;
  readonly toKey: string;
  readonly toType: string;
}

export interface HubSpotWritePlan {
  /** In dependency order: a record's `idRefs` point only to records before it. */
  readonly records: readonly PlannedRecord[];
  readonly links: readonly PlannedLink[];
}

export interface WriteOptions {
  /** Language of generated titles. Default de. */
  readonly lang?: Lang;
  readonly lookups?: HubSpotLookups;
}

/**
 * Every record and association that puts one snapshot into HubSpot: company, contacts, deals, then
 * the custom objects (relationships need the contacts' ids). Each custom record is linked to the
 * company, each relationship also to its two contacts.
 */
export function snapshotToCrmPlan(snapshot: AccountSnapshot, options: WriteOptions = {}): HubSpotWritePlan {
  const lang = options.lang ?? 'de';
  const lookups = options.lookups ?? DEFAULT_LOOKUPS;
  const { account } = snapshot;
  const base = account.id;
  const records: PlannedRecord[] = [];
  const links: PlannedLink[] = [];
  const companyKey = `${base}/company`;
  const companyType = HS.company.objectType;
  const add = (record: PlannedRecord, linkTo: readonly string[] = []) => {
    records.push(record);
    if (record.key !== companyKey)
      links.push({
        fromKey: companyKey,
        fromType: companyType,
        toKey: record.key,
        toType: record.objectType,
      });
    for (const key of linkTo)
      links.push({
        fromKey: record.key,
        fromType: record.objectType,
        toKey: key,
        toType: HS.contact.objectType,
      });
  };

  const derived = accountDerivedValues(account);
  add({
    key: companyKey,
    objectType: companyType,
    coreId: account.id,
    properties: accountToCrm(account, lookups),
    ...(Object.keys(derived).length > 0 ? { derived } : {}),
  });
  const contactKey = (id: string) => `${base}/contact/${id}`;
  const names = new Map(snapshot.contacts.map((c) => [c.id, c.name]));
  for (const c of snapshot.contacts)
    add({
      key: contactKey(c.id),
      objectType: HS.contact.objectType,
      coreId: c.id,
      properties: contactToCrm(c),
    });
  for (const d of snapshot.deals)
    add({
      key: `${base}/deal/${d.id}`,
      objectType: HS.deal.objectType,
      coreId: d.id,
      properties: dealToCrm(d, lookups),
    });

  const tie = (fromId: string, toId: string) => ({
    names: { from: names.get(fromId) ?? fromId, to: names.get(toId) ?? toId },
    idRefs: {
      [HS.relationship.fromContactId]: contactKey(fromId),
      [HS.relationship.toContactId]: contactKey(toId),
    },
    contacts: [contactKey(fromId), contactKey(toId)],
  });
  for (const r of snapshot.relationships) {
    const { names: n, idRefs, contacts } = tie(r.fromId, r.toId);
    const properties = relationshipToCrm(r, n);
    add(
      {
        key: `${base}/relationship/${r.id}`,
        objectType: HS.relationship.object,
        coreId: r.id,
        properties,
        idRefs,
      },
      contacts,
    );
  }
  for (const line of reportsToLinesToWrite(snapshot.contacts, snapshot.relationships)) {
    const { names: n, idRefs, contacts } = tie(line.contactId, line.managerId);
    const properties = reportsToLineToCrm(line.contactId, line.managerId, n);
    const key = `${base}/reports-to/${line.contactId}`;
    add({ key, objectType: HS.relationship.object, coreId: line.contactId, properties, idRefs }, contacts);
  }
  for (const v of snapshot.valueChain) {
    const properties = valueChainNoteToCrm(v, lang);
    add({
      key: `${base}/value-chain/${v.id}`,
      objectType: HS.valueChainNote.object,
      coreId: v.id,
      properties,
    });
  }
  for (const p of snapshot.potentials)
    add({
      key: `${base}/potential/${p.id}`,
      objectType: HS.potential.object,
      coreId: p.id,
      properties: potentialToCrm(p),
    });
  const plan = snapshot.plan;
  for (const goal of plan?.goals ?? []) {
    const properties = planToCrm(plan!, goal, { accountName: account.name, lookups });
    add({
      key: `${base}/plan/${goal.year}`,
      objectType: HS.accountPlan.object,
      coreId: plan!.id,
      properties,
    });
  }
  for (const a of snapshot.actions)
    add({
      key: `${base}/action/${a.id}`,
      objectType: HS.action.object,
      coreId: a.id,
      properties: actionToCrm(a, lookups),
    });
  return { records, links };
}

/** The record's properties with its `idRefs` filled in from the ids HubSpot gave earlier records. */
export function withCrmIds(record: PlannedRecord, ids: ReadonlyMap<string, string>): HubSpotProperties {
  const out = { ...record.properties };
  for (const [property, key] of Object.entries(record.idRefs ?? {})) {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`${record.key}: ${property}: no HubSpot id yet for ${key}`);
    out[property] = id;
  }
  return out;
}

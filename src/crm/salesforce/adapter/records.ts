import type { AccountSnapshot } from '../../../core/model/index.js';
import {
  AccountPlan,
  Action,
  Contact,
  Potential,
  Relationship,
  ValueChainNote,
} from '../../../core/model/index.js';
import type { KamRecordKind, KamRecordKinds } from '../../port.js';
import type { SfFields, SfRecordDraft } from '../mapping/index.js';
import {
  actionToCrm,
  contactToCrm,
  isSalesforceId,
  planToCrm,
  potentialToCrm,
  relationshipToCrm,
  resolveDraft,
  soqlString,
  valueChainNoteToCrm,
} from '../mapping/index.js';
import { SF } from '../metadata/index.js';
import type { SalesforceApi } from './api.js';
import type { CollectionRecord } from './collections.js';
import { saveCollection } from './collections.js';

/** The core schema each kind is validated with before anything is sent. */
export const KIND_SCHEMAS = {
  relationship: Relationship,
  valueChainNote: ValueChainNote,
  potential: Potential,
  action: Action,
  plan: AccountPlan,
  contact: Contact,
} as const;

export const KIND_OBJECTS = {
  relationship: SF.relationship.object,
  valueChainNote: SF.valueChainNote.object,
  potential: SF.potential.object,
  action: SF.action.object,
  plan: SF.accountPlan.object,
  contact: SF.contact.object,
} as const satisfies Record<KamRecordKind, string>;

/** The contact fields a buying-center card edits; the rest of the contact stays as the CRM has it. */
const BUYING_CENTER_FIELDS = [
  SF.contact.roles,
  SF.contact.influence,
  SF.contact.attitude,
  SF.contact.needsFactual,
  SF.contact.needsEmotional,
  SF.contact.lastConfirmed,
] as const;

const noKeys = (): undefined => undefined;

/** The lookup from every KAM object to its account (the same name on all five). */
const ACCOUNT_LOOKUP = SF.action.account;

/** A new record (core id not yet a Salesforce id) is created; an existing one is updated in full. */
async function saveOne(api: SalesforceApi, draft: SfRecordDraft, id: string): Promise<string> {
  const exists = isSalesforceId(id);
  // The account lookup is master-detail: set on create, never moved by an update.
  const refs = Object.fromEntries(
    Object.entries(draft.refs).filter(([field]) => !(exists && field === ACCOUNT_LOOKUP)),
  );
  const fields = resolveDraft({ ...draft, refs }, noKeys);
  const [outcome] = await saveCollection(api, exists ? 'PATCH' : 'POST', [
    { object: draft.object, ...(exists ? { id } : {}), fields },
  ]);
  if (!outcome?.ok)
    throw new Error(`${draft.object} ${exists ? id : '(new)'}: ${outcome?.reason ?? 'not saved'}`);
  return outcome.id;
}

const withoutAccount = (fields: SfFields): SfFields =>
  Object.fromEntries(Object.entries(fields).filter(([field]) => field !== ACCOUNT_LOOKUP));

/** The plan's records: one per goal year; years no longer in the plan are deleted. */
async function savePlan(api: SalesforceApi, accountId: string, plan: AccountPlan): Promise<void> {
  const L = SF.accountPlan;
  const existing = await api.queryAll(
    `SELECT Id, ${L.year} FROM ${L.object} WHERE ${L.account} = ${soqlString(accountId)}`,
  );
  const byYear = new Map<number, string>();
  for (const r of existing)
    if (typeof r[L.year] === 'number' && typeof r.Id === 'string') byYear.set(r[L.year] as number, r.Id);
  const account = { id: accountId };
  const creates: CollectionRecord[] = [];
  const updates: CollectionRecord[] = [];
  for (const goal of plan.goals) {
    const fields = resolveDraft(planToCrm(plan, goal, { account }), noKeys);
    const id = byYear.get(goal.year);
    if (id) updates.push({ object: L.object, id, fields: withoutAccount(fields) });
    else creates.push({ object: L.object, fields });
    byYear.delete(goal.year);
  }
  const outcomes = [
    ...(updates.length > 0 ? await saveCollection(api, 'PATCH', updates) : []),
    ...(creates.length > 0 ? await saveCollection(api, 'POST', creates) : []),
  ];
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length > 0)
    throw new Error(`account plan: ${failed.map((o) => (o.ok ? '' : o.reason)).join('; ')}`);
  const stale = [...byYear.values()];
  if (stale.length > 0)
    await api.request('DELETE', api.path(`composite/sobjects?allOrNone=false&ids=${stale.join(',')}`));
}

/**
 * Creates or updates one KAM record (validated with the core's schema first) and returns it as the
 * account's snapshot now holds it. `load` reads the account back after the write.
 */
export async function saveRecord<K extends KamRecordKind>(
  api: SalesforceApi,
  load: (accountId: string) => Promise<AccountSnapshot>,
  accountId: string,
  kind: K,
  input: KamRecordKinds[K],
): Promise<KamRecordKinds[K]> {
  if (!isSalesforceId(accountId)) throw new Error(`"${accountId}" is not a Salesforce account id`);
  const account = { id: accountId };
  let savedId: string;
  switch (kind) {
    case 'relationship': {
      const r = Relationship.parse(input);
      savedId = await saveOne(
        api,
        relationshipToCrm(r, { account, from: { id: r.fromId }, to: { id: r.toId } }),
        r.id,
      );
      break;
    }
    case 'valueChainNote': {
      const v = ValueChainNote.parse(input);
      savedId = await saveOne(api, valueChainNoteToCrm(v, { account }), v.id);
      break;
    }
    case 'potential': {
      const p = Potential.parse(input);
      savedId = await saveOne(api, potentialToCrm(p, { account }), p.id);
      break;
    }
    case 'action': {
      const a = Action.parse(input);
      savedId = await saveOne(api, actionToCrm(a, { account }), a.id);
      break;
    }
    case 'plan': {
      const plan = AccountPlan.parse(input);
      await savePlan(api, accountId, plan);
      savedId = '';
      break;
    }
    case 'contact': {
      const c = Contact.parse(input);
      if (!isSalesforceId(c.id)) {
        // a new person of the customer: a contact of the account, with name, title and e-mail
        const manager = c.reportsToId && isSalesforceId(c.reportsToId) ? { id: c.reportsToId } : undefined;
        savedId = await saveOne(
          api,
          contactToCrm(c, { account, ...(manager ? { reportsTo: manager } : {}) }),
          c.id,
        );
        break;
      }
      const draft = contactToCrm(c, { account });
      const fields: Record<string, SfFields[string]> = {};
      for (const f of BUYING_CENTER_FIELDS) fields[f] = draft.fields[f] ?? null;
      savedId = await saveOne(api, { ...draft, fields, refs: {} }, c.id);
      break;
    }
    default:
      throw new Error(`unknown KAM record kind "${String(kind)}"`);
  }
  return storedRecord(await load(accountId), kind, savedId);
}

function storedRecord<K extends KamRecordKind>(
  snapshot: AccountSnapshot,
  kind: K,
  id: string,
): KamRecordKinds[K] {
  const same = (other: string) => other.slice(0, 15) === id.slice(0, 15);
  const lists = {
    relationship: snapshot.relationships,
    valueChainNote: snapshot.valueChain,
    potential: snapshot.potentials,
    action: snapshot.actions,
    contact: snapshot.contacts,
  } as const;
  const found =
    kind === 'plan'
      ? snapshot.plan
      : (lists[kind as Exclude<KamRecordKind, 'plan'>] as readonly { id: string }[]).find((r) => same(r.id));
  if (!found)
    throw new Error(
      `${KIND_OBJECTS[kind]} ${id || '(plan)'} was saved but is not part of account ${snapshot.account.id} when read back`,
    );
  return found as KamRecordKinds[K];
}

/** Deletes one KAM record of the account (relationship, value-chain note, potential, action). */
export async function deleteRecord(
  api: SalesforceApi,
  accountId: string,
  kind: Exclude<KamRecordKind, 'contact' | 'plan'>,
  id: string,
): Promise<void> {
  if (!isSalesforceId(id)) throw new Error(`"${id}" is not a Salesforce record id`);
  if (!isSalesforceId(accountId)) throw new Error(`"${accountId}" is not a Salesforce account id`);
  await api.request('DELETE', api.path(`sobjects/${KIND_OBJECTS[kind]}/${id}`));
}

import type { AccountSnapshot } from '../../../core/model/index.js';
import { SF } from '../metadata/names.js';
import { SalesforceMappingError } from './errors.js';
import { isSalesforceId } from './ids.js';
import { STD } from './standard-fields.js';
import { accountToCrm, contactToCrm, dealToCrm, draftKey, lastActivityToCrm } from './write-account.js';
import {
  actionToCrm,
  planToCrm,
  potentialToCrm,
  relationshipToCrm,
  valueChainNoteToCrm,
} from './write-kam.js';
import type { SfFields, SfLinkDraft, SfRecordDraft, SfRef, SfUserLink, SfWritePlan } from './wire.js';

/**
 * The order in which objects are created: every `{ key }` ref points to an object earlier in this
 * list, so a writer may create all records of one object (in collections of 200) before the next,
 * also when it merges the plans of many snapshots.
 */
export const CREATE_ORDER = [
  SF.account.object,
  STD.task.object,
  SF.contact.object,
  SF.opportunity.object,
  SF.relationship.object,
  SF.valueChainNote.object,
  SF.potential.object,
  SF.accountPlan.object,
  SF.action.object,
] as const;

/**
 * Every record one snapshot becomes, with local keys (`<object>/<core id>`), in {@link CREATE_ORDER};
 * then the links that need two created records (a contact's `ReportsToId`); then the User lookups the
 * core knows by name (account owner, plan owner, action assignee).
 *
 * Not written, by design: a plan without goals (a plan record needs a year). Everything else the
 * CRM cannot hold exactly is listed in this folder's README.
 */
export function snapshotToCrmPlan(snapshot: AccountSnapshot): SfWritePlan {
  const { account } = snapshot;
  const accountDraft = accountToCrm(account);
  const accountRef: SfRef = { key: accountDraft.key };
  const contactRef = (id: string): SfRef => ({ key: draftKey(SF.contact.object, id) });
  const contactIds = new Set(snapshot.contacts.map((c) => c.id));
  const child = { account: accountRef };

  const activity = lastActivityToCrm(account, child);
  const contacts = snapshot.contacts.map((c) => contactToCrm(c, child));
  const plans = snapshot.plan
    ? snapshot.plan.goals.map((goal) => planToCrm(snapshot.plan!, goal, child))
    : [];
  const actions = snapshot.actions.map((a) => actionToCrm(a, child));
  const records: SfRecordDraft[] = [
    accountDraft,
    ...(activity ? [activity] : []),
    ...contacts,
    ...snapshot.deals.map((d) => dealToCrm(d, child)),
    ...snapshot.relationships.map((r) =>
      relationshipToCrm(r, { ...child, from: contactRef(r.fromId), to: contactRef(r.toId) }),
    ),
    ...snapshot.valueChain.map((v) => valueChainNoteToCrm(v, child)),
    ...snapshot.potentials.map((p) => potentialToCrm(p, child)),
    ...plans,
    ...actions,
  ];

  const links: SfLinkDraft[] = [];
  snapshot.contacts.forEach((c, i) => {
    if (c.reportsToId === undefined) return;
    const draft = contacts[i]!;
    links.push({
      key: draft.key,
      object: draft.object,
      field: SF.contact.reportsTo,
      target: reportsToTarget(c.reportsToId),
    });
  });

  const userLinks: SfUserLink[] = [];
  const user = (draft: SfRecordDraft, field: string, userName: string | undefined) => {
    if (userName !== undefined) userLinks.push({ key: draft.key, object: draft.object, field, userName });
  };
  user(accountDraft, SF.account.owner, account.ownerName);
  for (const plan of plans) user(plan, SF.accountPlan.owner, snapshot.plan?.ownerName);
  snapshot.actions.forEach((a, i) => user(actions[i]!, SF.action.assignee, a.ownerName));

  return { records, links, userLinks };

  /** A manager among the snapshot's contacts is linked by key; one outside it must already exist. */
  function reportsToTarget(id: string): SfRef {
    if (contactIds.has(id)) return contactRef(id);
    if (isSalesforceId(id)) return { id };
    throw new SalesforceMappingError('unresolved_reference', [
      {
        record: `contact ${id}`,
        field: SF.contact.reportsTo,
        message: `"${id}" is neither a contact of account ${account.id} nor a Salesforce id`,
      },
    ]);
  }
}

/**
 * A draft's fields with its lookups filled: `{ id }` targets as they are, `{ key }` targets through
 * `idOf` (the ids learnt from earlier creates). An unknown key fails, naming the draft and field.
 */
export function resolveDraft(draft: SfRecordDraft, idOf: (key: string) => string | undefined): SfFields {
  const fields: Record<string, SfFields[string]> = { ...draft.fields };
  for (const [field, ref] of Object.entries(draft.refs))
    fields[field] = resolveRef(draft.key, field, ref, idOf);
  return fields;
}

export function resolveRef(
  key: string,
  field: string,
  ref: SfRef,
  idOf: (key: string) => string | undefined,
): string {
  if ('id' in ref) return ref.id;
  const id = idOf(ref.key);
  if (id !== undefined) return id;
  throw new SalesforceMappingError('unresolved_reference', [
    { record: key, field, message: `"${ref.key}" has no Salesforce id yet: create it first` },
  ]);
}

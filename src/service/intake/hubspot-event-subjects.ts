import { HS_OUTPUTS } from '../../crm/hubspot/metadata/names.js';
import { accountSubject, recordSubject } from '../../jobs/subjects.js';
import type { HubSpotEvent } from './hubspot-event-schema.js';

/** Why an event asks for no work. */
export type IgnoreReason =
  /** a score output changed: writing a score must never trigger another score */
  | 'output-property'
  /** a deleted company has nothing left to score */
  | 'company-deleted'
  /** not about a CRM record (`conversation.*`, …) */
  | 'not-crm-object'
  /** a CRM object the score does not read (tickets, products, line items, …) */
  | 'unsupported-object'
  /** the fields that name the record are missing */
  | 'incomplete';

export type EventOutcome =
  | { readonly kind: 'work'; readonly subjects: readonly string[] }
  | { readonly kind: 'ignored'; readonly reason: IgnoreReason };

const CONTACT = '0-1';
const COMPANY = '0-2';
const DEAL = '0-3';

/** Object type ids of the classic event prefixes (`company.creation` carries no `objectTypeId`). */
const TYPE_OF_PREFIX: Readonly<Record<string, string>> = {
  contact: CONTACT,
  company: COMPANY,
  deal: DEAL,
  ticket: '0-5',
  product: '0-7',
  line_item: '0-8',
};

/** Object names in classic association types (`CONTACT_TO_COMPANY`, `PARENT_COMPANY_TO_CHILD_COMPANY`). */
const TYPE_OF_NAME_ENDING: readonly (readonly [string, string])[] = [
  ['CONTACT', CONTACT],
  ['COMPANY', COMPANY],
  ['DEAL', DEAL],
  ['TICKET', '0-5'],
  ['PRODUCT', '0-7'],
  ['LINE_ITEM', '0-8'],
];

const OUTPUT_PROPERTIES: ReadonlySet<string> = new Set(HS_OUTPUTS.company);
const CUSTOM_OBJECT_TYPE = /^2-\d+$/;

/** Companies, contacts, deals and custom objects (the KAM objects) feed the score. */
const feedsScore = (typeId: string) =>
  typeId === COMPANY || typeId === CONTACT || typeId === DEAL || CUSTOM_OBJECT_TYPE.test(typeId);

const subjectOf = (typeId: string, id: string) =>
  typeId === COMPANY ? accountSubject(id) : recordSubject(typeId, id);

const ignored = (reason: IgnoreReason): EventOutcome => ({ kind: 'ignored', reason });
const work = (subjects: readonly string[]): EventOutcome => ({
  kind: 'work',
  subjects: [...new Set(subjects)],
});

/** The type id named by the part after `_TO_` of a classic association type, if it is a standard one. */
function targetTypeOfName(associationType: string | undefined): string | undefined {
  const cut = associationType?.indexOf('_TO_') ?? -1;
  if (associationType === undefined || cut < 0) return undefined;
  const target = associationType.slice(cut + '_TO_'.length);
  return TYPE_OF_NAME_ENDING.find(([ending]) => target === ending || target.endsWith(`_${ending}`))?.[1];
}

/**
 * An association added or removed: the company side becomes an account subject, a contact, deal or
 * KAM record side a record subject. A side whose type a classic event does not name (a custom object)
 * adds nothing; a side of a type the score does not read makes the event irrelevant.
 */
function associationSubjects(event: HubSpotEvent, typeId: string): EventOutcome {
  const { fromObjectId, toObjectId } = event;
  if (fromObjectId === undefined || toObjectId === undefined) return ignored('incomplete');
  const fromType = event.fromObjectTypeId ?? typeId;
  const toType = event.toObjectTypeId ?? targetTypeOfName(event.associationType);
  const sides = [
    { type: fromType, id: fromObjectId },
    { type: toType, id: toObjectId },
  ];
  if (sides.some((s) => s.type !== undefined && !feedsScore(s.type))) return ignored('unsupported-object');
  const subjects = sides.flatMap((s) => (s.type === undefined ? [] : [subjectOf(s.type, s.id)]));
  return subjects.length === 0 ? ignored('unsupported-object') : work(subjects);
}

/** Merges: the record that survives (and a record the merge created) changed. */
function mergedIds(event: HubSpotEvent): string[] {
  return [event.newObjectId, event.primaryObjectId, event.objectId].filter((id) => id !== undefined);
}

/** What one webhook event asks for: the subjects to (re)score, or why it asks for nothing. */
export function subjectsOfEvent(event: HubSpotEvent): EventOutcome {
  const dot = event.subscriptionType.indexOf('.');
  const prefix = dot < 0 ? event.subscriptionType : event.subscriptionType.slice(0, dot);
  const action = dot < 0 ? '' : event.subscriptionType.slice(dot + 1);
  const typeId = prefix === 'object' ? event.objectTypeId : TYPE_OF_PREFIX[prefix];
  if (typeId === undefined) return ignored(prefix === 'object' ? 'incomplete' : 'not-crm-object');
  if (action === 'associationChange') return associationSubjects(event, typeId);
  if (!feedsScore(typeId)) return ignored('unsupported-object');
  if (typeId === COMPANY && (action === 'deletion' || action === 'privacyDeletion'))
    return ignored('company-deleted');
  if (typeId === COMPANY && action === 'propertyChange' && OUTPUT_PROPERTIES.has(event.propertyName ?? ''))
    return ignored('output-property');
  const ids = action === 'merge' ? mergedIds(event) : event.objectId === undefined ? [] : [event.objectId];
  if (ids.length === 0) return ignored('incomplete');
  return work(ids.map((id) => subjectOf(typeId, id)));
}

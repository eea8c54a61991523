import type { Relationship } from '../../../core/model/index.js';
import { HS, HS_OPTIONS } from '../metadata/names.js';
import type { FieldSpec } from './fields.js';
import { number, option, propertyOf, readFields, text, writeFields } from './fields.js';
import type { ReadIssue } from './issues.js';
import type { HubSpotProperties, HubSpotRecord } from './records.js';
import type { RecordRead } from './source.js';

const R = HS.relationship;
type RelationshipField = 'fromId' | 'toId' | 'kind' | 'strength' | 'note';

/**
 * The ends are the `from_contact_id`/`to_contact_id` properties. They are authoritative on read:
 * they carry the direction, which HubSpot's (unlabelled) contact associations do not; the
 * associations exist so the tie shows on both contacts' records in HubSpot.
 */
const SPECS: readonly FieldSpec<RelationshipField>[] = [
  { field: 'fromId', property: R.fromContactId, kind: text },
  { field: 'toId', property: R.toContactId, kind: text },
  { field: 'kind', property: R.kind, kind: option(HS_OPTIONS.relationship.kind) },
  { field: 'strength', property: R.strength, kind: number({ min: 1, max: 3, integer: true }) },
  { field: 'note', property: R.note, kind: text },
];

/** Names of the two people, for the title HubSpot lists show: "Anna Berg → Jonas Weber". */
export interface TieNames {
  readonly from: string;
  readonly to: string;
}

export function relationshipToCrm(relationship: Relationship, names: TieNames): HubSpotProperties {
  return { [R.title]: `${names.from} → ${names.to}`, ...writeFields<RelationshipField>(relationship, SPECS) };
}

/**
 * A contact's reports-to line: kind `reports_to` without strength or note. That blank strength is
 * what marks it as the contact's reports-to field rather than a rated tie of the sociogram.
 */
export function reportsToLineToCrm(contactId: string, managerId: string, names: TieNames): HubSpotProperties {
  return {
    [R.title]: `${names.from} → ${names.to}`,
    ...writeFields<RelationshipField>({ fromId: contactId, toId: managerId, kind: 'reports_to' }, SPECS),
  };
}

export interface RelationshipsRead {
  readonly relationships: readonly RecordRead<Record<string, unknown>>[];
  /** Contact id → manager id for the contacts' reportsToId, with the line record when it has one. */
  readonly reportsTo: ReadonlyMap<string, ReportsToRead>;
}

export interface ReportsToRead {
  readonly managerId: string;
  readonly line?: HubSpotRecord;
}

/**
 * Relationship records as core relationships plus reports-to fields. A `reports_to` record without
 * strength and note is the contact's reports-to field (the first per contact; any further one is an
 * ordinary tie). A contact without such a line whose `reports_to` ties all name one manager reports
 * to that manager: that is how HubSpot users record the org chart.
 */
export function relationshipsFromCrm(
  records: readonly HubSpotRecord[],
  issues: ReadIssue[],
): RelationshipsRead {
  const relationships: RecordRead<Record<string, unknown>>[] = [];
  const reportsTo = new Map<string, ReportsToRead>();
  const properties = propertyOf(SPECS);
  for (const record of records) {
    const label = `relationship ${record.id}`;
    const before = issues.length;
    const fields = readFields(record, SPECS, label, issues);
    const { fromId, toId } = fields as { fromId?: string; toId?: string };
    const isLine =
      issues.length === before &&
      fields.kind === 'reports_to' &&
      fields.strength === undefined &&
      fields.note === undefined;
    if (isLine && fromId !== undefined && toId !== undefined && !reportsTo.has(fromId)) {
      reportsTo.set(fromId, { managerId: toId, line: record });
      continue;
    }
    relationships.push({ input: { id: record.id, ...fields }, source: { label, record, properties } });
  }
  const managersByTie = new Map<string, Set<string>>();
  for (const { input } of relationships) {
    if (
      input['kind'] !== 'reports_to' ||
      typeof input['fromId'] !== 'string' ||
      typeof input['toId'] !== 'string'
    )
      continue;
    const set = managersByTie.get(input['fromId']) ?? new Set<string>();
    managersByTie.set(input['fromId'], set.add(input['toId']));
  }
  for (const [contactId, managers] of managersByTie) {
    if (!reportsTo.has(contactId) && managers.size === 1)
      reportsTo.set(contactId, { managerId: [...managers][0]! });
  }
  return { relationships, reportsTo };
}

/**
 * The reports-to lines that need a record of their own when writing: a contact's reports-to field
 * unless its `reports_to` ties already name exactly that one manager (then reading gives the field
 * back from the tie). A manager who is not a contact of the account cannot be linked and is left out.
 */
export function reportsToLinesToWrite(
  contacts: readonly { readonly id: string; readonly reportsToId?: string }[],
  relationships: readonly Relationship[],
): { contactId: string; managerId: string }[] {
  const known = new Set(contacts.map((c) => c.id));
  const lines: { contactId: string; managerId: string }[] = [];
  for (const c of contacts) {
    const managerId = c.reportsToId;
    if (managerId === undefined || !known.has(managerId) || managerId === c.id) continue;
    const tied = new Set(
      relationships.filter((r) => r.kind === 'reports_to' && r.fromId === c.id).map((r) => r.toId),
    );
    if (tied.size === 1 && tied.has(managerId)) continue;
    lines.push({ contactId: c.id, managerId });
  }
  return lines;
}

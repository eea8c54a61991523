import type { Contact } from '../../../core/model/index.js';
import { HS, HS_OPTIONS } from '../metadata/names.js';
import type { FieldSpec } from './fields.js';
import { date, number, options, propertyOf, readFields, text, writeFields } from './fields.js';
import type { ReadIssue } from './issues.js';
import { joinName, splitName } from './person-name.js';
import type { HubSpotProperties, HubSpotRecord } from './records.js';
import type { RecordRead } from './source.js';
import { HS_STANDARD } from './standard-fields.js';
import { readText } from './values.js';

const STD = HS_STANDARD.contact;

type ContactField =
  | 'email'
  | 'jobTitle'
  | 'roles'
  | 'influence'
  | 'attitude'
  | 'needsFactual'
  | 'needsEmotional'
  | 'lastConfirmedAt';

const SPECS: readonly FieldSpec<ContactField>[] = [
  { field: 'email', property: STD.email, kind: text },
  { field: 'jobTitle', property: STD.jobTitle, kind: text },
  { field: 'roles', property: HS.contact.roles, kind: options(HS_OPTIONS.contact.roles) },
  { field: 'influence', property: HS.contact.influence, kind: number({ min: 1, max: 5, integer: true }) },
  { field: 'attitude', property: HS.contact.attitude, kind: number({ min: -2, max: 2, integer: true }) },
  { field: 'needsFactual', property: HS.contact.needsFactual, kind: text },
  { field: 'needsEmotional', property: HS.contact.needsEmotional, kind: text },
  { field: 'lastConfirmedAt', property: HS.contact.lastConfirmed, kind: date },
];

const NAME = `${STD.firstName}/${STD.lastName}`;

/**
 * The contact properties of a buying-center member. HubSpot has no reports-to field (the line
 * becomes a relationship record, see `reports-to.ts`) and no department property: both stay out.
 */
export function contactToCrm(contact: Contact): HubSpotProperties {
  const { firstname, lastname } = splitName(contact.name);
  return {
    [STD.firstName]: firstname,
    [STD.lastName]: lastname,
    ...writeFields<ContactField>(contact, SPECS),
  };
}

/** A contact as a core input. Without first and last name, HubSpot's fallback, the e-mail, is the name. */
export function contactFromCrm(
  record: HubSpotRecord,
  issues: ReadIssue[],
): RecordRead<Record<string, unknown>> {
  const label = `contact ${record.id}`;
  const fields = readFields(record, SPECS, label, issues);
  const first = readText(record.properties[STD.firstName]);
  const last = readText(record.properties[STD.lastName]);
  const name =
    joinName('value' in first ? first.value : undefined, 'value' in last ? last.value : undefined) ??
    (fields.email as string | undefined);
  const input: Record<string, unknown> = { id: record.id, ...fields };
  if (name !== undefined) input['name'] = name;
  return { input, source: { label, record, properties: { ...propertyOf(SPECS), name: NAME } } };
}

import type { Lang } from '../../../core/i18n/index.js';
import { t } from '../../../core/i18n/index.js';
import type { Action, Potential, ValueChainNote } from '../../../core/model/index.js';
import { HS, HS_OPTIONS } from '../metadata/names.js';
import type { FieldSpec } from './fields.js';
import { date, money, number, option, propertyOf, readFields, text, writeFields } from './fields.js';
import type { ReadIssue } from './issues.js';
import type { HubSpotLookups } from './lookups.js';
import { DEFAULT_LOOKUPS } from './lookups.js';
import { readOwner, writeOwner } from './owner.js';
import type { HubSpotProperties, HubSpotRecord } from './records.js';
import type { RecordRead } from './source.js';

const V = HS.valueChainNote;
const VALUE_CHAIN: readonly FieldSpec<'activity' | 'assessment' | 'note' | 'ourContribution' | 'impact'>[] = [
  { field: 'activity', property: V.activity, kind: option(HS_OPTIONS.valueChainNote.activity) },
  { field: 'assessment', property: V.assessment, kind: option(HS_OPTIONS.valueChainNote.assessment) },
  { field: 'note', property: V.note, kind: text },
  { field: 'ourContribution', property: V.ourContribution, kind: text },
  { field: 'impact', property: V.impact, kind: number({ min: 1, max: 3, integer: true }) },
];

const P = HS.potential;
const POTENTIAL: readonly FieldSpec<'productLine' | 'horizon' | 'volumePerYear' | 'probability' | 'note'>[] =
  [
    { field: 'productLine', property: P.productLine, kind: text },
    { field: 'horizon', property: P.horizon, kind: option(HS_OPTIONS.potential.horizon) },
    { field: 'volumePerYear', property: P.volumePerYear, kind: money },
    { field: 'probability', property: P.probability, kind: number({ min: 0, max: 1 }) },
    { field: 'note', property: P.note, kind: text },
  ];

const A = HS.action;
type ActionField = 'title' | 'goal' | 'start' | 'due' | 'status' | 'kind' | 'effortHours' | 'completedOn';
const ACTION: readonly FieldSpec<ActionField>[] = [
  { field: 'title', property: A.title, kind: text },
  { field: 'goal', property: A.goal, kind: text },
  { field: 'start', property: A.startDate, kind: date },
  { field: 'due', property: A.dueDate, kind: date },
  { field: 'status', property: A.status, kind: option(HS_OPTIONS.action.status) },
  { field: 'kind', property: A.kind, kind: option(HS_OPTIONS.action.kind) },
  { field: 'effortHours', property: A.effortHours, kind: money },
  { field: 'completedOn', property: A.completedOn, kind: date },
];

/** A value-chain note; its title (what HubSpot lists show) is the activity in the tenant's language. */
export function valueChainNoteToCrm(note: ValueChainNote, lang: Lang): HubSpotProperties {
  return { [V.title]: t(`porter.${note.activity}`, lang), ...writeFields(note, VALUE_CHAIN) };
}

export function potentialToCrm(potential: Potential): HubSpotProperties {
  return writeFields(potential, POTENTIAL);
}

/** An action (Maßnahme). The core's action has no contact, so no action↔contact link is made. */
export function actionToCrm(action: Action, lookups: HubSpotLookups = DEFAULT_LOOKUPS): HubSpotProperties {
  return { ...writeFields<ActionField>(action, ACTION), ...writeOwner(action.ownerName, A, lookups) };
}

function simpleRead(
  record: HubSpotRecord,
  noun: string,
  specs: readonly FieldSpec[],
  issues: ReadIssue[],
): RecordRead<Record<string, unknown>> {
  const label = `${noun} ${record.id}`;
  const input = { id: record.id, ...readFields(record, specs, label, issues) };
  return { input, source: { label, record, properties: propertyOf(specs) } };
}

export function valueChainNoteFromCrm(
  record: HubSpotRecord,
  issues: ReadIssue[],
): RecordRead<Record<string, unknown>> {
  return simpleRead(record, 'value chain note', VALUE_CHAIN, issues);
}

export function potentialFromCrm(
  record: HubSpotRecord,
  issues: ReadIssue[],
): RecordRead<Record<string, unknown>> {
  return simpleRead(record, 'potential', POTENTIAL, issues);
}

export function actionFromCrm(
  record: HubSpotRecord,
  lookups: HubSpotLookups,
  issues: ReadIssue[],
  warnings: string[],
): RecordRead<Record<string, unknown>> {
  const read = simpleRead(record, 'action', ACTION, issues);
  const ownerName = readOwner(record, A, lookups, read.source.label, warnings);
  const input = ownerName === undefined ? read.input : { ...read.input, ownerName };
  return {
    input,
    source: { ...read.source, properties: { ...read.source.properties, ownerName: A.ownerName } },
  };
}

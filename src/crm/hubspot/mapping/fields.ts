import type { ReadIssue } from './issues.js';
import type { HubSpotProperties, HubSpotRecord } from './records.js';
import type { NumberRule, Read } from './values.js';
import {
  readBoolean,
  readDate,
  readDateTime,
  readNumber,
  readOption,
  readOptions,
  readText,
  writeNumber,
} from './values.js';

/** How one core field is held in one HubSpot property. */
export type FieldKind =
  | { readonly type: 'text' }
  | ({ readonly type: 'number' } & NumberRule)
  | { readonly type: 'date' }
  | { readonly type: 'datetime' }
  | { readonly type: 'boolean' }
  | { readonly type: 'option'; readonly options: readonly string[] }
  | { readonly type: 'options'; readonly options: readonly string[] };

export interface FieldSpec<F extends string = string> {
  readonly field: F;
  readonly property: string;
  readonly kind: FieldKind;
}

export const text = { type: 'text' } as const;
export const date = { type: 'date' } as const;
export const datetime = { type: 'datetime' } as const;
export const boolean = { type: 'boolean' } as const;
export const number = (rule: NumberRule = {}): FieldKind => ({ type: 'number', ...rule });
export const money = number({ min: 0 });
export const option = (options: readonly string[]): FieldKind => ({ type: 'option', options });
export const options = (list: readonly string[]): FieldKind => ({ type: 'options', options: list });

function readValue(raw: string | null | undefined, kind: FieldKind): Read<unknown> {
  switch (kind.type) {
    case 'text':
      return readText(raw);
    case 'number':
      return readNumber(raw, kind);
    case 'date':
      return readDate(raw);
    case 'datetime':
      return readDateTime(raw);
    case 'boolean':
      return readBoolean(raw);
    case 'option':
      return readOption(raw, kind.options);
    case 'options':
      return readOptions(raw, kind.options);
  }
}

function writeValue(value: unknown, kind: FieldKind): string {
  if (value === undefined || value === null) return '';
  switch (kind.type) {
    case 'number':
      return writeNumber(value as number);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'options':
      return (value as readonly string[]).join(';');
    default:
      return String(value);
  }
}

/**
 * The fields of one record by spec. A value that does not convert becomes an issue and the field
 * stays unset, so one record reports all its problems at once.
 */
export function readFields<F extends string>(
  record: HubSpotRecord,
  specs: readonly FieldSpec<F>[],
  label: string,
  issues: ReadIssue[],
): Partial<Record<F, unknown>> {
  const out: Partial<Record<F, unknown>> = {};
  for (const spec of specs) {
    const read = readValue(record.properties[spec.property], spec.kind);
    if ('error' in read) issues.push({ record: label, property: spec.property, message: read.error });
    else if (read.value !== undefined) out[spec.field] = read.value;
  }
  return out;
}

/** The properties of one record by spec; a missing value is written as '' so an update clears it. */
export function writeFields<F extends string>(
  values: Partial<Record<F, unknown>>,
  specs: readonly FieldSpec<F>[],
): HubSpotProperties {
  const out: HubSpotProperties = {};
  for (const spec of specs) out[spec.property] = writeValue(values[spec.field], spec.kind);
  return out;
}

/** Core field → HubSpot property, to name the property when the core model rejects a value. */
export function propertyOf<F extends string>(specs: readonly FieldSpec<F>[]): Record<string, string> {
  return Object.fromEntries(specs.map((s) => [s.field, s.property]));
}

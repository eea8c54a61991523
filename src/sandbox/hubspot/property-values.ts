import type { PropertyProblem } from './errors.js';
import type { PropertyDefinition } from './property-model.js';

export type InputValue = string | number | boolean | null;

/** The outcome of checking one write: values as HubSpot stores them (strings; null clears). */
export interface CheckedValues {
  readonly values: Record<string, string | null>;
  readonly problems: PropertyProblem[];
}

/**
 * Checks property values of a write against the definitions: unknown names, read-only values,
 * numbers, enumerations (`;`-separated for checkboxes), booleans, dates; normalises to strings.
 */
export function checkValues(
  input: Readonly<Record<string, InputValue>>,
  definitions: ReadonlyMap<string, PropertyDefinition>,
): CheckedValues {
  const values: Record<string, string | null> = {};
  const problems: PropertyProblem[] = [];
  for (const [name, raw] of Object.entries(input)) {
    const def = definitions.get(name);
    if (!def || def.archived) {
      problems.push({ name, error: 'PROPERTY_DOESNT_EXIST', message: `Property "${name}" does not exist` });
      continue;
    }
    if (def.modificationMetadata.readOnlyValue || def.calculated) {
      problems.push({
        name,
        error: 'READ_ONLY_VALUE',
        message: `${name} is a read only property; its value cannot be set.`,
      });
      continue;
    }
    if (raw === null || raw === '') {
      values[name] = null;
      continue;
    }
    const checked = normalise(String(raw), def);
    if (typeof checked === 'string') values[name] = checked;
    else problems.push({ name, ...checked });
  }
  return { values, problems };
}

function normalise(value: string, def: PropertyDefinition): string | { error: string; message: string } {
  switch (def.type) {
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value))
        ? value.trim()
        : { error: 'INVALID_LONG', message: `${value} was not a valid long.` };
    case 'bool': {
      const v = value.toLowerCase();
      return v === 'true' || v === 'false'
        ? v
        : { error: 'INVALID_BOOLEAN', message: `${value} was not a valid boolean (true or false).` };
    }
    case 'enumeration':
      return checkOptions(value, def);
    case 'date':
      return (
        toDate(value) ?? {
          error: 'INVALID_DATE',
          message: `${value} was not a valid date (YYYY-MM-DD or midnight UTC in ms).`,
        }
      );
    case 'datetime':
      return (
        toDateTime(value) ?? { error: 'INVALID_DATETIME', message: `${value} was not a valid datetime.` }
      );
    default:
      return value;
  }
}

function checkOptions(value: string, def: PropertyDefinition): string | { error: string; message: string } {
  if (def.externalOptions) return value;
  const allowed = new Set(def.options.map((o) => o.value));
  const parts = def.fieldType === 'checkbox' ? value.split(';') : [value];
  const bad = parts.find((p) => !allowed.has(p));
  if (bad === undefined) return value;
  return {
    error: 'INVALID_OPTION',
    message: `${bad} was not one of the allowed options: [${def.options.map((o) => o.value).join(', ')}]`,
  };
}

function toDate(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  if (/^\d+$/.test(value)) {
    const ms = Number(value);
    if (ms % 86_400_000 !== 0) return undefined;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return undefined;
}

function toDateTime(value: string): string | undefined {
  if (/^-?\d+$/.test(value)) {
    const d = new Date(Number(value));
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** A value as a number for comparisons (numbers, dates and datetimes), else undefined. */
export function comparableNumber(value: string, type: string): number | undefined {
  if (type === 'number') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  if (type === 'date' || type === 'datetime') {
    const n = /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

import { jsonParserError, recordError } from '../errors.js';
import { toId18 } from '../ids.js';
import type { SfField } from '../schema/types.js';

/** A value as stored in SQLite: booleans as 0/1, datetimes as `YYYY-MM-DDTHH:MM:SS.sss+0000`. */
export type DbValue = string | number | null;

const NUMERIC = new Set(['double', 'currency', 'percent', 'int']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `2024-05-01T10:00:00.000+0000`, Salesforce's datetime format. */
export const formatDateTime = (d: Date) => d.toISOString().replace('Z', '+0000');

/**
 * Turns a JSON value into the stored value of its field's type; a value of the wrong kind is a
 * JSON_PARSER_ERROR (the whole request fails, as Salesforce deserialises before saving).
 */
export function deserialize(field: SfField, raw: unknown): DbValue {
  if (raw === null || raw === undefined) return field.type === 'boolean' ? 0 : null;
  const bad = (kind: string) =>
    jsonParserError(
      `Cannot deserialize instance of ${kind} from ${typeof raw === 'string' ? 'VALUE_STRING' : 'VALUE'} ` +
        `value ${JSON.stringify(raw)} or request may be missing a required field`,
    );
  if (typeof raw === 'object') throw bad(field.type);
  if (field.type === 'boolean') {
    if (raw === true || raw === 'true') return 1;
    if (raw === false || raw === 'false') return 0;
    throw bad('boolean');
  }
  if (NUMERIC.has(field.type)) {
    const n =
      typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    if (!Number.isFinite(n)) throw bad(field.type === 'int' ? 'int' : 'double');
    if (field.type === 'int' && !Number.isInteger(n)) throw bad('int');
    return n;
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') throw bad('string');
  const text = String(raw);
  if (field.type === 'date') {
    const day = text.slice(0, 10);
    if (!DATE.test(day) || Number.isNaN(Date.parse(day))) throw bad('date');
    return day;
  }
  if (field.type === 'datetime') {
    const ms = Date.parse(DATE.test(text) ? `${text}T00:00:00Z` : text);
    if (Number.isNaN(ms)) throw bad('datetime');
    return formatDateTime(new Date(ms));
  }
  return text;
}

/** Record-level checks of one stored value: length, picklist, numeric range, id format. */
export function checkValue(field: SfField, value: DbValue): DbValue {
  if (value === null) return null;
  const fields = [field.name];
  if (typeof value === 'number') {
    if (field.type === 'int') {
      if (Math.abs(value) >= 10 ** field.digits) throw outOfRange(field, value);
      return value;
    }
    const scale = field.scale;
    const rounded = Math.round(value * 10 ** scale) / 10 ** scale;
    if (field.precision > 0 && Math.abs(rounded) >= 10 ** (field.precision - scale))
      throw outOfRange(field, value);
    return rounded;
  }
  switch (field.type) {
    case 'reference': {
      const id = toId18(value);
      if (!id)
        throw recordError('MALFORMED_ID', `${field.label}: id value of incorrect type: ${value}`, fields);
      return id;
    }
    case 'picklist':
      if (field.restrictedPicklist && !field.picklistValues.some((p) => p.value === value))
        throw badPicklist(field, value);
      return value;
    case 'multipicklist': {
      const values = [
        ...new Set(
          value
            .split(';')
            .map((v) => v.trim())
            .filter((v) => v !== ''),
        ),
      ];
      if (field.restrictedPicklist) {
        const wrong = values.find((v) => !field.picklistValues.some((p) => p.value === v));
        if (wrong !== undefined) throw badPicklist(field, wrong);
      }
      return values.length > 0 ? values.join(';') : null;
    }
    case 'email':
      if (!EMAIL.test(value))
        throw recordError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${value}`, fields);
      break;
  }
  if (field.length > 0 && value.length > field.length)
    throw recordError(
      'STRING_TOO_LONG',
      `${field.label}: data value too large: ${value.slice(0, 40)} (max length=${field.length})`,
      fields,
    );
  return value;
}

const outOfRange = (field: SfField, value: number) =>
  recordError(
    'NUMBER_OUTSIDE_VALID_RANGE',
    `${field.label}: value outside of valid range on numeric field: ${value}`,
    [field.name],
  );

const badPicklist = (field: SfField, value: string) =>
  recordError(
    'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
    `${field.label}: bad value for restricted picklist field: ${value}`,
    [field.name],
  );

/** The JSON value of a stored value, as the REST API answers it. */
export function toApi(field: SfField, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return field.type === 'boolean' ? false : null;
  if (field.type === 'boolean') return value === 1 || value === 1n || value === true;
  if (typeof value === 'bigint') return Number(value);
  return value as string | number;
}

/** The value a formula sees: percents as fractions, checkboxes as booleans. */
export function toFormula(field: SfField, value: DbValue): string | number | boolean | null {
  if (field.type === 'percent' && typeof value === 'number') return value / 100;
  if (field.type === 'boolean') return value === 1;
  return value;
}

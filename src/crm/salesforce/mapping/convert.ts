import { SalesforceMappingError } from './errors.js';
import { fieldLimit } from './field-limits.js';

const ELLIPSIS = '…';

/**
 * The text cut to `max` characters, ending in an ellipsis when cut. Salesforce counts UTF-16 code
 * units; a cut never splits a surrogate pair.
 */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max - ELLIPSIS.length;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return value.slice(0, end).trimEnd() + ELLIPSIS;
}

/** A text for a field: cut to the field's length (see {@link truncate}); absent becomes null. */
export function textToCrm(object: string, field: string, value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  const limit = fieldLimit(object, field);
  if (limit.kind !== 'text') throw new Error(`${object}.${field} is not a text field`);
  return truncate(value, limit.length);
}

/**
 * A number for a field: rounded to the field's scale (Salesforce would round too). A number with
 * more integer digits than the field's precision cannot be stored: that fails, naming the record.
 */
export function numberToCrm(
  object: string,
  field: string,
  value: number | undefined,
  record: string,
): number | null {
  if (value === undefined) return null;
  const limit = fieldLimit(object, field);
  if (limit.kind !== 'number') throw new Error(`${object}.${field} is not a number field`);
  // Half away from zero, as Salesforce rounds: -10.125 → -10.13.
  const factor = 10 ** limit.scale;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  if (Math.abs(rounded) >= 10 ** (limit.precision - limit.scale)) {
    const digits = limit.precision - limit.scale;
    throw new SalesforceMappingError('value_does_not_fit', [
      { record, field, message: `${value} has more than ${digits} digits before the decimal point` },
    ]);
  }
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Core probability 0…1 → Salesforce percent 0–100. */
export const percentToCrm = (fraction: number | undefined): number | undefined =>
  fraction === undefined ? undefined : fraction * 100;

/** Salesforce percent 0–100 → core probability 0…1. */
export const percentFromCrm = (percent: number | undefined): number | undefined =>
  percent === undefined ? undefined : percent / 100;

/** `YYYY-MM-DD` of an instant in UTC (a Date field holds no time or zone). */
export const dateOfInstant = (iso: string): string => new Date(iso).toISOString().slice(0, 10);

/** A Salesforce date as an instant: midnight UTC of that day. */
export const instantOfDate = (date: string): string => `${date}T00:00:00Z`;

/**
 * A Salesforce datetime (`2026-03-01T08:00:00.000+0000`) as ISO 8601 in UTC, or undefined when it is
 * not one.
 */
export function instantFromCrm(value: string): string | undefined {
  const withColon = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(withColon))
    return undefined;
  const ms = Date.parse(withColon);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

import type { LiteralType } from '@jetstreamapp/soql-parser-js';
import { malformedQuery, SalesforceError } from '../errors.js';
import { toId18 } from '../ids.js';
import type { SfField } from '../schema/types.js';
import { formatDateTime } from '../store/values.js';
import type { DbValue } from '../store/values.js';
import { dateLiteralRange } from './dates.js';

/** A literal as SQL sees it: one value, or the [start, end) range of a date literal. */
export type Literal = { readonly value: DbValue } | { readonly start: string; readonly end: string };

const NUMERIC = new Set(['double', 'currency', 'percent', 'int']);
const TEXT = new Set(['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url']);

/** `'O\'Brien'` → `O'Brien` (LIKE keeps `\%` and `\_` escaped for the ESCAPE clause). */
export function unquote(raw: string, forLike = false): string {
  const body = raw.replace(/^'|'$/g, '');
  return body.replace(/\\(.)/g, (_m, c: string) => {
    if (forLike && (c === '%' || c === '_')) return `\\${c}`;
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c;
  });
}

function mismatch(field: SfField, quoted: boolean): SalesforceError {
  const kind =
    field.type === 'datetime'
      ? 'dateTime'
      : field.type === 'currency' || field.type === 'percent'
        ? 'double'
        : field.type;
  return malformedQuery(
    `value of filter criterion for field '${field.name}' must be of type ${kind} and ` +
      (quoted ? 'should not be enclosed in quotes' : 'should be enclosed in quotes'),
  );
}

/** Converts one literal of a condition to the stored representation of the field it is compared with. */
export function literal(
  field: SfField,
  raw: string,
  type: LiteralType | undefined,
  now: Date,
  forLike = false,
): Literal {
  switch (type) {
    case 'NULL':
      return { value: null };
    case 'STRING': {
      if (!TEXT.has(field.type) && field.type !== 'id' && field.type !== 'reference')
        throw mismatch(field, true);
      const text = unquote(raw, forLike);
      if ((field.type === 'id' || field.type === 'reference') && !forLike) {
        const id = toId18(text);
        if (!id && field.type === 'id')
          throw new SalesforceError(400, 'INVALID_QUERY_FILTER_OPERATOR', `invalid ID field: ${text}`);
        return { value: id ?? text };
      }
      return { value: text };
    }
    case 'INTEGER':
    case 'DECIMAL':
      if (!NUMERIC.has(field.type)) throw mismatch(field, false);
      return { value: Number(raw) };
    case 'BOOLEAN':
      if (field.type !== 'boolean') throw mismatch(field, false);
      return { value: raw.toUpperCase() === 'TRUE' ? 1 : 0 };
    case 'DATE':
      if (field.type === 'datetime') return { value: formatDateTime(new Date(`${raw}T00:00:00Z`)) };
      if (field.type !== 'date') throw mismatch(field, false);
      return { value: raw };
    case 'DATETIME': {
      const ms = Date.parse(raw);
      if (Number.isNaN(ms)) throw malformedQuery(`invalid datetime: ${raw}`);
      if (field.type === 'date') return { value: new Date(ms).toISOString().slice(0, 10) };
      if (field.type !== 'datetime') throw mismatch(field, false);
      return { value: formatDateTime(new Date(ms)) };
    }
    case 'DATE_LITERAL':
    case 'DATE_N_LITERAL': {
      if (field.type !== 'date' && field.type !== 'datetime') throw mismatch(field, false);
      const r = dateLiteralRange(raw, now);
      const fmt = (d: Date) => (field.type === 'date' ? d.toISOString().slice(0, 10) : formatDateTime(d));
      return { start: fmt(r.start), end: fmt(r.end) };
    }
    default:
      throw malformedQuery(`unexpected token: ${raw}`);
  }
}

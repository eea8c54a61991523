import { SalesforceMappingError } from './errors.js';
import type { MappingIssue } from './errors.js';
import { instantFromCrm } from './convert.js';
import type { SfChildResult, SfRecord } from './wire.js';

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/**
 * Typed reads of one record's fields. Salesforce sends typed JSON, so a value of the wrong type or
 * outside its range is a problem to report, not to coerce. Every problem is collected with the
 * record and field it belongs to; the caller decides when to fail. Null, absent and blank text are
 * all "no value" (undefined, never 0 or "").
 */
export class RecordReader {
  readonly id: string;
  /** `contact 003…`: how messages name this record. */
  readonly label: string;

  constructor(
    private readonly record: SfRecord,
    kind: string,
    object: string,
    private readonly issues: MappingIssue[],
  ) {
    const id = record.Id;
    this.id = typeof id === 'string' && id !== '' ? id : '(no Id)';
    this.label = `${kind} ${this.id}`;
    if (this.id === '(no Id)') this.issue('Id', 'is missing');
    const type = record.attributes?.type;
    if (type !== undefined && type !== object)
      this.issue('attributes.type', `is ${type}, expected ${object}`);
  }

  issue(field: string, message: string): void {
    this.issues.push({ record: this.label, field, message });
  }

  /** A field's raw value; `Owner.Name` walks into the parent record (an empty lookup is null). */
  private raw(field: string): unknown {
    let value: unknown = this.record;
    for (const part of field.split('.')) {
      if (value === null || value === undefined) return undefined;
      if (typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value === null ? undefined : value;
  }

  text(field: string): string | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return void this.issue(field, `${show(value)} is not text`);
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  number(field: string, range?: NumberRange): number | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    const inRange =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (!range || (value >= range.min && value <= range.max && (!range.integer || Number.isInteger(value))));
    if (inRange) return value;
    const kind = range?.integer ? 'a whole number' : 'a number';
    const bounds = !range
      ? ''
      : range.max === Infinity
        ? ` of ${range.min} or more`
        : ` from ${range.min} to ${range.max}`;
    this.issue(field, `${show(value)} is not ${kind}${bounds}`);
    return undefined;
  }

  boolean(field: string): boolean | undefined {
    const value = this.raw(field);
    if (value === undefined || typeof value === 'boolean') return value;
    return void this.issue(field, `${show(value)} is not true or false`);
  }

  /** A Date field: `YYYY-MM-DD`. */
  date(field: string): string | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const d = new Date(`${value}T00:00:00Z`);
      if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)) return value;
    }
    return void this.issue(field, `${show(value)} is not a date (YYYY-MM-DD)`);
  }

  /** A DateTime field, as ISO 8601 in UTC. */
  datetime(field: string): string | undefined {
    const value = this.raw(field);
    if (value === undefined) return undefined;
    const instant = typeof value === 'string' ? instantFromCrm(value) : undefined;
    return instant ?? void this.issue(field, `${show(value)} is not a date and time`);
  }

  /** A picklist value the core knows; any other value is reported, never guessed. */
  picklist<T extends string>(field: string, values: readonly T[]): T | undefined {
    const value = this.text(field);
    if (value === undefined || (values as readonly string[]).includes(value)) return value as T | undefined;
    return void this.issue(field, `unknown value ${show(value)}; expected one of ${values.join(', ')}`);
  }

  /** A multi-select picklist: values joined with `;`, each checked like {@link picklist}. */
  multiPicklist<T extends string>(field: string, values: readonly T[]): T[] {
    const value = this.text(field);
    if (value === undefined) return [];
    const parts = [...new Set(value.split(';').map((v) => v.trim()))].filter((v) => v !== '');
    const unknown = parts.filter((v) => !(values as readonly string[]).includes(v));
    if (unknown.length > 0) {
      this.issue(
        field,
        `unknown value${unknown.length > 1 ? 's' : ''} ${unknown.map(show).join(', ')}; expected any of ${values.join(', ')}`,
      );
    }
    return parts.filter((v): v is T => !unknown.includes(v));
  }

  /** A value the core cannot do without. */
  required<T>(field: string, value: T | undefined): T | undefined {
    if (value === undefined && this.raw(field) === undefined) this.issue(field, 'is required but empty');
    return value;
  }

  /**
   * A child relationship's records (none when Salesforce sends null). A list with more pages must be
   * completed by the caller first: a partial snapshot would score wrongly without anyone noticing.
   */
  children(relationship: string): readonly SfRecord[] {
    const value = this.raw(relationship) as SfChildResult | undefined;
    if (value === undefined) return [];
    if (typeof value !== 'object' || !Array.isArray(value.records)) {
      this.issue(relationship, 'is not a list of child records');
      return [];
    }
    if (value.done === false) {
      throw new SalesforceMappingError('incomplete_children', [
        {
          record: this.label,
          field: relationship,
          message: `${value.records.length} of ${value.totalSize} records; fetch ${value.nextRecordsUrl ?? 'the next page'} before mapping`,
        },
      ]);
    }
    return value.records;
  }
}

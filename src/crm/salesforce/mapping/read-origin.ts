import type { RecordReader } from './record-reader.js';

/**
 * Where a core object came from: the record and, per core field path (`attitude`,
 * `ratings.innovation`), the Salesforce field behind it. Lets a failed `AccountSnapshot.parse` name
 * the record and field a person can go and fix.
 */
export interface Origin {
  readonly record: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** A core input object read from one record, with its origin. */
export interface Read<T> {
  readonly value: T;
  readonly origin: Origin;
}

export const read = <T>(
  reader: RecordReader,
  fields: Readonly<Record<string, string>>,
  value: T,
): Read<T> => ({
  value,
  origin: { record: reader.label, fields },
});

/** Limits the core puts on values Salesforce accepts as any number. */
export const NON_NEGATIVE = { min: 0, max: Infinity } as const;
export const RATING = { min: 1, max: 5, integer: true } as const;
export const ONE_TO_THREE = { min: 1, max: 3, integer: true } as const;
export const PERCENT = { min: 0, max: 100 } as const;

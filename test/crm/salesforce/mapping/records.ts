import { expect } from '@jest/globals';
import { idChecksum, SalesforceMappingError } from '../../../../src/crm/salesforce/mapping/index.js';
import type { SfRecord } from '../../../../src/crm/salesforce/mapping/index.js';

/** An 18-character id with a valid checksum: `sfId('003', 7)`. */
export function sfId(prefix: string, n: number): string {
  const id15 = `${prefix}000000${String(n).padStart(6, '0')}`;
  return id15 + idChecksum(id15);
}

export const ACCOUNT_ID = sfId('001', 1);

/** A record as jsforce returns it. */
export const rec = (type: string, id: string, fields: Record<string, unknown> = {}): SfRecord => ({
  attributes: { type, url: `/services/data/v62.0/sobjects/${type}/${id}` },
  Id: id,
  ...fields,
});

/** A child list as it sits in a query result (null when empty, like Salesforce). */
export const children = (records: SfRecord[]) =>
  records.length === 0 ? null : { totalSize: records.length, done: true, records };

export const contact = (n: number, fields: Record<string, unknown> = {}) =>
  rec('Contact', sfId('003', n), { FirstName: 'Anna', LastName: `Berg ${n}`, ...fields });

export const opportunity = (n: number, fields: Record<string, unknown> = {}) =>
  rec('Opportunity', sfId('006', n), {
    Name: `Auftrag ${n}`,
    Amount: 1000,
    IsClosed: false,
    IsWon: false,
    StageName: 'Prospecting',
    Probability: 10,
    CloseDate: '2026-05-01',
    ...fields,
  });

/** An account record of the snapshot query; child lists by relationship name. */
export const account = (
  fields: Record<string, unknown> = {},
  lists: Record<string, SfRecord[]> = {},
): SfRecord =>
  rec('Account', ACCOUNT_ID, {
    Name: 'Brenner Hydraulik GmbH',
    ...fields,
    ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, children(v)])),
  });

/** The mapping error `fn` throws (fails the test when it throws nothing or something else). */
export function mappingError(fn: () => unknown): SalesforceMappingError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SalesforceMappingError);
    return error as SalesforceMappingError;
  }
  throw new Error('expected a SalesforceMappingError, nothing was thrown');
}

import { SF } from '../metadata/names.js';
import { SalesforceMappingError } from './errors.js';
import { isSalesforceId } from './ids.js';
import type { ChildQuery } from './snapshot-fields.js';
import { ACCOUNT_FIELDS, CHILD_QUERIES } from './snapshot-fields.js';
import { STD } from './standard-fields.js';

/** Accounts per snapshot query: keeps each response (200 accounts with children) to a sane size. */
export const SNAPSHOT_QUERY_BATCH = 200;

/** A SOQL string literal: quotes, backslashes and line breaks escaped. */
export function soqlString(value: string): string {
  const escaped = value.replace(/[\\'"\n\r\t]/g, (c) => {
    const named: Record<string, string> = { '\n': 'n', '\r': 'r', '\t': 't' };
    return `\\${named[c] ?? c}`;
  });
  return `'${escaped}'`;
}

const subquery = (c: ChildQuery): string =>
  `(SELECT ${c.fields.join(', ')} FROM ${c.relationship}` +
  `${c.where ? ` WHERE ${c.where}` : ''} ORDER BY ${c.orderBy})`;

/**
 * The SOQL that loads whole accounts: the account's fields plus one sub-query per child list, for
 * at most {@link SNAPSHOT_QUERY_BATCH} ids per query (one query per batch, ids deduplicated).
 * Ids must be Salesforce ids; anything else fails before a query is built.
 */
export function accountSnapshotQuery(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  const bad = unique.filter((id) => !isSalesforceId(id));
  if (bad.length > 0) {
    throw new SalesforceMappingError(
      'invalid_id',
      bad.map((id) => ({
        record: 'account',
        field: STD.id,
        message: `${JSON.stringify(id)} is not a Salesforce id`,
      })),
    );
  }
  const select = [...ACCOUNT_FIELDS, ...Object.values(CHILD_QUERIES).map(subquery)].join(', ');
  const queries: string[] = [];
  for (let i = 0; i < unique.length; i += SNAPSHOT_QUERY_BATCH) {
    const batch = unique.slice(i, i + SNAPSHOT_QUERY_BATCH).map(soqlString);
    queries.push(`SELECT ${select} FROM ${SF.account.object} WHERE ${STD.id} IN (${batch.join(', ')})`);
  }
  return queries;
}

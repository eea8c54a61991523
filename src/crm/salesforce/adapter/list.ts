import { SF } from '../metadata/index.js';
import { CHILD_SOURCES } from './account-sources.js';
import type { SalesforceApi } from './api.js';

const KEY_ACCOUNT = `${SF.account.isKeyAccount} = true`;

/** All key accounts, a query page (up to 2,000 ids) at a time, in id order; paging by queryMore. */
export async function* listAccounts(api: SalesforceApi): AsyncGenerator<readonly string[]> {
  const soql = `SELECT Id FROM ${SF.account.object} WHERE ${KEY_ACCOUNT} ORDER BY Id`;
  for await (const records of api.queryPages(soql)) {
    const ids = records.map((r) => r.Id).filter((id): id is string => typeof id === 'string');
    if (ids.length > 0) yield ids;
  }
}

/** `2026-11-27T09:00:00.000Z` → a SOQL DateTime literal (UTC, no quotes). */
export function soqlDateTime(checkpoint: string): string {
  const date = new Date(checkpoint);
  if (Number.isNaN(date.getTime())) throw new Error(`checkpoint "${checkpoint}" is not an ISO instant`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Key accounts with a change at or after the checkpoint (`SystemModstamp >= checkpoint`) on the
 * account itself or on a contact, opportunity or KAM record of it; each id once. One query per
 * object (plus its pages). The service's own score writes also move the account's SystemModstamp:
 * the caller tells them apart by the change's origin (`client=kam-service`) or by the fields (only
 * score outputs), see `writeScores`.
 */
export async function* changedSince(
  api: SalesforceApi,
  checkpoint: string,
): AsyncGenerator<readonly string[]> {
  const since = soqlDateTime(checkpoint);
  const seen = new Set<string>();
  const fresh = (ids: readonly unknown[]): string[] => {
    const out: string[] = [];
    for (const id of ids) {
      if (typeof id !== 'string' || seen.has(id.slice(0, 15))) continue;
      seen.add(id.slice(0, 15));
      out.push(id);
    }
    return out;
  };
  const accountSoql = `SELECT Id FROM ${SF.account.object} WHERE ${KEY_ACCOUNT} AND SystemModstamp >= ${since} ORDER BY Id`;
  for await (const records of api.queryPages(accountSoql)) {
    const ids = fresh(records.map((r) => r.Id));
    if (ids.length > 0) yield ids;
  }
  for (const source of CHILD_SOURCES) {
    const soql =
      `SELECT ${source.account} FROM ${source.object} WHERE SystemModstamp >= ${since}` +
      ` AND ${source.keyAccountFlag} = true ORDER BY ${source.account}`;
    for await (const records of api.queryPages(soql)) {
      const ids = fresh(records.map((r) => r[source.account]));
      if (ids.length > 0) yield ids;
    }
  }
}

import { z } from 'zod';
import type { RecordRef } from '../../port.js';
import { idChecksum, isSalesforceId, soqlString } from '../mapping/index.js';
import { SF } from '../metadata/index.js';
import type { AccountSource } from './account-sources.js';
import { CHILD_SOURCES } from './account-sources.js';
import type { SalesforceApi } from './api.js';

/** Ids per `IN (…)` list: one query per 200 records of a type keeps the query string short. */
export const ID_LIST_SIZE = 200;

const ACCOUNT_SOURCE: AccountSource = {
  object: SF.account.object,
  account: 'Id',
  keyAccountFlag: SF.account.isKeyAccount,
};

/** Sources by API name, lower-cased: Salesforce's API names are case-insensitive. */
const SOURCES = new Map([ACCOUNT_SOURCE, ...CHILD_SOURCES].map((s) => [s.object.toLowerCase(), s]));

const Row = z.object({ Id: z.string() }).catchall(z.unknown());

/** The 18-character form of a 15- or 18-character id (Salesforce answers with 18). */
const id18 = (id: string) => (id.length === 15 ? id + idChecksum(id) : id);

/**
 * The key account each record belongs to, in the order of `refs`: per object type one SOQL query per
 * {@link ID_LIST_SIZE} ids, filtered to key accounts in the query itself (`Account.KAM_Is_Key_Account__c
 * = true`), so a batch costs Σ over types ⌈n / 200⌉ calls. Ids may have 15 or 18 characters; answers
 * are 18-character account ids. Unknown types, ids that are not Salesforce ids, gone records and
 * records of accounts that are not key accounts give [].
 */
export async function accountsOf(api: SalesforceApi, refs: readonly RecordRef[]): Promise<string[][]> {
  const resolved = refs.map((ref) => {
    const source = SOURCES.get(ref.type.toLowerCase());
    return source && isSalesforceId(ref.id) ? { source, id: id18(ref.id) } : undefined;
  });
  const idsBySource = new Map<AccountSource, Set<string>>();
  for (const r of resolved) {
    if (!r) continue;
    const ids = idsBySource.get(r.source) ?? new Set<string>();
    ids.add(r.id);
    idsBySource.set(r.source, ids);
  }
  const accountOf = new Map<string, string>();
  for (const [source, ids] of idsBySource) {
    for (const [id, account] of await keyAccountsOf(api, source, [...ids]))
      accountOf.set(`${source.object}/${id}`, account);
  }
  return resolved.map((r) => {
    const account = r && accountOf.get(`${r.source.object}/${r.id}`);
    return account ? [account] : [];
  });
}

/** Record id (18 characters) → its key account, for the records of one object that have one. */
async function keyAccountsOf(
  api: SalesforceApi,
  source: AccountSource,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const fields = [...new Set(['Id', source.account])].join(', ');
  for (let i = 0; i < ids.length; i += ID_LIST_SIZE) {
    const list = ids.slice(i, i + ID_LIST_SIZE).map(soqlString);
    const soql =
      `SELECT ${fields} FROM ${source.object}` +
      ` WHERE Id IN (${list.join(', ')}) AND ${source.keyAccountFlag} = true`;
    for (const record of await api.queryAll(soql)) {
      const row = Row.safeParse(record);
      if (!row.success) throw new Error(`${source.object}: a query answer without an Id`);
      const account = row.data[source.account];
      if (typeof account === 'string' && account !== '') out.set(id18(row.data.Id), id18(account));
    }
  }
  return out;
}

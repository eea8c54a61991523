import type { AccountSnapshot } from '../../../core/model/index.js';
import type { AccountFailure, SnapshotBatch } from '../../port.js';
import type { ScoreOutputs, SfRecord } from '../mapping/index.js';
import {
  accountSnapshotQuery,
  accountSnapshotsFromRecords,
  isKeyAccountRecord,
  isSalesforceId,
  scoreOutputsFromRecord,
} from '../mapping/index.js';
import type { SalesforceApi } from './api.js';
import { QueryPage } from './api.js';

export interface LoadResult extends SnapshotBatch {
  /** The score outputs each loaded account holds now, for the write that usually follows. */
  readonly outputs: ReadonlyMap<string, ScoreOutputs>;
}

/** A child list of a record: `{ totalSize, done, records, nextRecordsUrl }`. */
const isChildList = (value: unknown): value is QueryPage => QueryPage.safeParse(value).success;

/** Completes every child list of `record` that arrived with `done: false` (queryMore, one call per page). */
export async function completeChildren(api: SalesforceApi, record: Record<string, unknown>): Promise<void> {
  for (const [key, value] of Object.entries(record)) {
    if (!isChildList(value) || value.done) continue;
    const records = [...value.records];
    let page: QueryPage = value;
    while (!page.done && page.nextRecordsUrl) {
      page = await api.queryPage({ next: page.nextRecordsUrl });
      records.push(...page.records);
    }
    record[key] = { totalSize: records.length, done: true, records };
  }
}

/**
 * Snapshots for the ids: one SOQL query per 200 accounts (children as sub-queries), following
 * `nextRecordsUrl` and completing child lists that are not done. A bad record fails its account
 * only; an id that is not a Salesforce id or finds no account fails with that reason. An account
 * whose `KAM_Is_Key_Account__c` is false goes to `notKeyAccounts` from the same query: its child
 * lists are neither completed nor mapped. `anyAccount` loads such accounts too (reading back a KAM
 * record just saved on one, which the port allows whatever the flag).
 */
export async function loadSnapshots(
  api: SalesforceApi,
  accountIds: readonly string[],
  currency: string,
  anyAccount = false,
): Promise<LoadResult> {
  const failures: AccountFailure[] = [];
  const valid = accountIds.filter((id) => {
    if (isSalesforceId(id)) return true;
    failures.push({ accountId: id, reason: `"${id}" is not a Salesforce account id` });
    return false;
  });
  const byId = new Map<string, AccountSnapshot>();
  const notKey = new Set<string>();
  const outputs = new Map<string, ScoreOutputs>();
  for (const soql of accountSnapshotQuery(valid)) {
    const records: Record<string, unknown>[] = [];
    for (const record of await api.queryAll(soql)) {
      if (anyAccount || isKeyAccountRecord(record)) records.push(record);
      else if (typeof record.Id === 'string') notKey.add(key(record.Id));
    }
    for (const record of records) await completeChildren(api, record);
    const sfRecords = records as unknown as SfRecord[];
    for (const result of accountSnapshotsFromRecords(sfRecords, { currency })) {
      if (result.ok) byId.set(key(result.accountId), result.snapshot);
      else failures.push({ accountId: result.accountId, reason: result.error.message });
    }
    for (const record of sfRecords) {
      try {
        if (typeof record.Id === 'string') outputs.set(key(record.Id), scoreOutputsFromRecord(record));
      } catch {
        // Unreadable outputs: the write compares against an empty state and writes.
      }
    }
  }
  const snapshots: AccountSnapshot[] = [];
  const notKeyAccounts: string[] = [];
  const failed = new Set(failures.map((f) => key(f.accountId)));
  for (const id of new Set(valid)) {
    const snapshot = byId.get(key(id));
    if (snapshot) snapshots.push(snapshot);
    else if (notKey.has(key(id))) notKeyAccounts.push(id);
    else if (!failed.has(key(id)))
      failures.push({
        accountId: id,
        reason: `account ${id} was not found (deleted, or not visible to the integration user)`,
      });
  }
  return { snapshots, notKeyAccounts, failures, outputs };
}

/**
 * Ids compared case-insensitively on their first 15 characters plus checksum: Salesforce answers
 * with 18-character ids, a caller may ask with 15.
 */
export const key = (id: string): string => id.slice(0, 15);

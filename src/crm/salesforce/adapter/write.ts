import type { Lang } from '../../../core/i18n/index.js';
import type { AccountFailure, ScoreWrite, WriteSummary } from '../../port.js';
import type { ScoreOutputs, SfRecord } from '../mapping/index.js';
import {
  isSalesforceId,
  scoreOutputsChanged,
  scoreOutputsFromRecord,
  scoreResultToCrm,
  SNAPSHOT_QUERY_BATCH,
  soqlString,
} from '../mapping/index.js';
import { SF, SF_SCORE_OUTPUT_FIELDS } from '../metadata/index.js';
import type { SalesforceApi } from './api.js';
import { saveCollection } from './collections.js';
import { key } from './load.js';

/** The score outputs of accounts not in the cache: one light query per 200 accounts. */
async function currentOutputs(api: SalesforceApi, ids: readonly string[]): Promise<Map<string, SfRecord>> {
  const found = new Map<string, SfRecord>();
  for (let i = 0; i < ids.length; i += SNAPSHOT_QUERY_BATCH) {
    const batch = ids.slice(i, i + SNAPSHOT_QUERY_BATCH).map(soqlString);
    const soql = `SELECT Id, ${SF_SCORE_OUTPUT_FIELDS.join(', ')} FROM ${SF.account.object} WHERE Id IN (${batch.join(', ')})`;
    for (const record of await api.queryAll(soql)) {
      const r = record as SfRecord;
      if (typeof r.Id === 'string') found.set(key(r.Id), r);
    }
  }
  return found;
}

/**
 * Writes score outputs, only for accounts whose outputs changed (`scoreOutputsChanged`), through
 * sObject Collections of 200 with `allOrNone: false`: a rejected record fails its account only.
 * `cache` holds the outputs each account holds now (from the last load or write); accounts missing
 * there are read with one light query per 200. It is updated with what was written.
 *
 * Every call carries `Sforce-Call-Options: client=kam-service`. The change events of these writes
 * touch score output fields only (`SF_SCORE_OUTPUT_FIELDS`); the metadata's flows ignore such
 * changes, and a listener must ignore changes made with that client id or touching only outputs.
 */
export async function writeScores(
  api: SalesforceApi,
  writes: readonly ScoreWrite[],
  lang: Lang,
  cache: Map<string, ScoreOutputs>,
): Promise<WriteSummary> {
  const failures: AccountFailure[] = [];
  const next = new Map<string, { accountId: string; outputs: ScoreOutputs }>();
  for (const { accountId, result } of writes) {
    if (!isSalesforceId(accountId)) {
      failures.push({ accountId, reason: `"${accountId}" is not a Salesforce account id` });
      continue;
    }
    try {
      next.set(key(accountId), { accountId, outputs: scoreResultToCrm(result, lang) });
    } catch (error) {
      failures.push({ accountId, reason: (error as Error).message });
    }
  }

  const missing = [...next.values()].filter((w) => !cache.has(key(w.accountId))).map((w) => w.accountId);
  if (missing.length > 0) {
    const records = await currentOutputs(api, missing);
    for (const id of missing) {
      const record = records.get(key(id));
      if (!record) continue;
      try {
        cache.set(key(id), scoreOutputsFromRecord(record));
      } catch {
        // unreadable current outputs: write the new ones over them
      }
    }
    for (const id of missing) {
      if (records.has(key(id))) continue;
      next.delete(key(id));
      failures.push({
        accountId: id,
        reason: `account ${id} was not found (deleted, or not visible to the integration user)`,
      });
    }
  }

  const changed = [...next.values()].filter((w) => {
    const current = cache.get(key(w.accountId));
    return current === undefined || scoreOutputsChanged(current, w.outputs);
  });
  const outcomes = await saveCollection(
    api,
    'PATCH',
    changed.map((w) => ({ object: SF.account.object, id: w.accountId, fields: { ...w.outputs } })),
  );
  let written = 0;
  changed.forEach((w, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) {
      written++;
      cache.set(key(w.accountId), w.outputs);
    } else {
      cache.delete(key(w.accountId));
      failures.push({ accountId: w.accountId, reason: outcome.reason });
    }
  });
  return { written, unchanged: next.size - changed.length, failures };
}

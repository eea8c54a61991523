import { z } from 'zod';
import type { SfFields } from '../mapping/index.js';
import type { SalesforceApi } from './api.js';

/** Records per sObject Collections call (Salesforce's maximum). */
export const COLLECTION_SIZE = 200;

const SaveResult = z.object({
  id: z.string().nullish(),
  success: z.boolean(),
  errors: z
    .array(
      z.object({
        statusCode: z.string(),
        message: z.string(),
        fields: z.array(z.string()).optional(),
      }),
    )
    .default([]),
});
const SaveResults = z.array(SaveResult);

export interface CollectionRecord {
  readonly object: string;
  /** Present for an update, absent for a create. */
  readonly id?: string;
  readonly fields: SfFields;
}

export type RecordOutcome =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly code: string; readonly reason: string };

const describeErrors = (errors: z.infer<typeof SaveResult>['errors']): string =>
  errors
    .map(
      (e) =>
        `${e.statusCode}: ${e.message}${e.fields && e.fields.length > 0 ? ` (${e.fields.join(', ')})` : ''}`,
    )
    .join('; ');

/**
 * Creates (POST) or updates (PATCH) records through sObject Collections, 200 per call, with
 * `allOrNone: false`: each record succeeds or fails on its own. Records that failed only on a row
 * lock (`UNABLE_TO_LOCK_ROW`) are sent again, up to the org's retry policy.
 */
export async function saveCollection(
  api: SalesforceApi,
  method: 'POST' | 'PATCH',
  records: readonly CollectionRecord[],
): Promise<RecordOutcome[]> {
  const outcomes: RecordOutcome[] = new Array<RecordOutcome>(records.length);
  let pending = records.map((_, i) => i);
  for (let round = 0; pending.length > 0; round++) {
    const locked: number[] = [];
    for (let i = 0; i < pending.length; i += COLLECTION_SIZE) {
      const chunk = pending.slice(i, i + COLLECTION_SIZE);
      const body = {
        allOrNone: false,
        records: chunk.map((index) => {
          const r = records[index]!;
          return { attributes: { type: r.object }, ...(r.id ? { Id: r.id } : {}), ...r.fields };
        }),
      };
      const results = SaveResults.parse(await api.request(method, api.path('composite/sobjects'), body));
      chunk.forEach((index, n) => {
        const result = results[n];
        if (!result) {
          outcomes[index] = {
            ok: false,
            code: 'NO_RESULT',
            reason: 'Salesforce returned no result for this record',
          };
        } else if (result.success) {
          outcomes[index] = { ok: true, id: result.id ?? records[index]!.id ?? '' };
        } else {
          const code = result.errors[0]?.statusCode ?? 'UNKNOWN';
          outcomes[index] = { ok: false, code, reason: describeErrors(result.errors) };
          if (result.errors.every((e) => e.statusCode === 'UNABLE_TO_LOCK_ROW')) locked.push(index);
        }
      });
    }
    if (locked.length === 0 || round >= api.limits.policy.maxRetries) break;
    await api.limits.backoff(round);
    pending = locked;
  }
  return outcomes;
}

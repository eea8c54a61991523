import type { Lang } from '../../../core/i18n/index.js';
import type { AccountFailure, ScoreWrite, WriteSummary } from '../../port.js';
import { scoreOutputsChanged, scoreResultToCrm } from '../mapping/index.js';
import { batchRead } from './batch-read.js';
import type { HubSpotContext } from './context.js';
import { OUTPUT_PROPERTIES } from './properties.js';
import { chunks, idsOf, WireBatch } from './wire.js';

export const UPDATE_BATCH = 100;

/**
 * Score outputs, written only where they changed: one batch read of the output properties (100
 * per call), then batch updates (100 per call) of the changed companies. Only output properties are
 * sent, so the change events they cause are ignored by the service. Each input carries its account
 * id as `objectWriteTraceId`, so a 207 names the accounts that failed.
 */
export async function writeScores(
  ctx: HubSpotContext,
  writes: readonly ScoreWrite[],
  lang: Lang,
): Promise<WriteSummary> {
  const failures: AccountFailure[] = [];
  const latest = new Map(writes.map((w) => [w.accountId, w.result]));
  const current = await batchRead(ctx, 'companies', [...latest.keys()], OUTPUT_PROPERTIES);
  const changed: { id: string; properties: Record<string, string> }[] = [];
  let unchanged = 0;
  for (const [id, result] of latest) {
    const record = current.records.get(id);
    if (!record) {
      failures.push({ accountId: id, reason: `company ${id}: ${current.missing.get(id) ?? 'not found'}` });
      continue;
    }
    const next = scoreResultToCrm(result, lang);
    if (scoreOutputsChanged(record.properties, next)) changed.push({ id, properties: next });
    else unchanged++;
  }
  let written = 0;
  for (const chunk of chunks(changed, UPDATE_BATCH)) {
    let answer;
    try {
      answer = WireBatch.parse(
        await ctx.call((c) =>
          c.crm.objects.batchApi.update('companies', {
            inputs: chunk.map((u) => ({ ...u, objectWriteTraceId: u.id })),
          }),
        ),
      );
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      failures.push(...chunk.map((u) => ({ accountId: u.id, reason })));
      continue;
    }
    const ok = new Set(answer.results.map((r) => r.id));
    const failed = new Map<string, string>();
    for (const e of answer.errors ?? [])
      for (const id of idsOf(e)) failed.set(id, e.message ?? e.category ?? 'rejected');
    for (const u of chunk) {
      if (ok.has(u.id) && !failed.has(u.id)) written++;
      else
        failures.push({ accountId: u.id, reason: failed.get(u.id) ?? 'HubSpot did not confirm the update' });
    }
  }
  return { written, unchanged, failures };
}

import type { HubSpotRecord } from '../mapping/index.js';
import type { HubSpotContext } from './context.js';
import { chunks, idsOf, toRecord, WireAssociations, WireBatch } from './wire.js';

export const READ_BATCH = 100;
export const ASSOCIATION_BATCH = 1000;

export interface BatchRead {
  readonly records: Map<string, HubSpotRecord>;
  /** Ids HubSpot could not return, with its reason. */
  readonly missing: Map<string, string>;
}

/** Records by id, 100 per call, only the named properties; a 207 names the ids it could not read. */
export async function batchRead(
  ctx: HubSpotContext,
  objectType: string,
  ids: readonly string[],
  properties: readonly string[],
): Promise<BatchRead> {
  const records = new Map<string, HubSpotRecord>();
  const missing = new Map<string, string>();
  for (const chunk of chunks([...new Set(ids)], READ_BATCH)) {
    const answer = WireBatch.parse(
      await ctx.call((c) =>
        c.crm.objects.batchApi.read(objectType, {
          inputs: chunk.map((id) => ({ id })),
          properties: [...properties],
          propertiesWithHistory: [],
        }),
      ),
    );
    for (const r of answer.results) records.set(r.id, toRecord(r));
    for (const e of answer.errors ?? [])
      for (const id of idsOf(e)) missing.set(id, e.message ?? e.category ?? 'not returned');
  }
  return { records, missing };
}

/** Associated ids of each `from` record (associations v4, up to 1,000 inputs per call). */
export async function batchAssociations(
  ctx: HubSpotContext,
  fromType: string,
  toType: string,
  fromIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  let pending: { id: string; after?: string }[] = [...new Set(fromIds)].map((id) => ({ id }));
  // A record with more associations than one answer holds comes back with `paging`: ask again for
  // the rest of those records only, still in batches.
  while (pending.length > 0) {
    const next: { id: string; after: string }[] = [];
    for (const chunk of chunks(pending, ASSOCIATION_BATCH)) {
      const answer = WireAssociations.parse(
        await ctx.call((c) => c.crm.associations.v4.batchApi.getPage(fromType, toType, { inputs: chunk })),
      );
      for (const row of answer.results) {
        const list = out.get(row._from.id) ?? [];
        list.push(...row.to.map((t) => String(t.toObjectId)));
        out.set(row._from.id, list);
        const after = row.paging?.next?.after;
        if (after !== undefined) next.push({ id: row._from.id, after });
      }
    }
    pending = next;
  }
  return out;
}

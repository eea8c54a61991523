import { z } from 'zod';
import type { HubSpotRecord } from '../mapping/index.js';

/** The parts of HubSpot's answers the adapter relies on, checked before use. */
export const WireRecord = z.object({
  id: z.string().min(1),
  properties: z.record(z.string(), z.string().nullable().optional()),
  updatedAt: z.union([z.date(), z.string()]).optional(),
  archived: z.boolean().optional(),
});

export const WireBatchError = z.object({
  category: z.string().optional(),
  message: z.string().optional(),
  context: z.record(z.string(), z.array(z.string())).optional(),
});
export type WireBatchError = z.infer<typeof WireBatchError>;

export const WireBatch = z.object({
  results: z.array(WireRecord),
  errors: z.array(WireBatchError).optional(),
});

export const WireAssociationRow = z.object({
  _from: z.object({ id: z.string() }),
  to: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]) })),
  /** HubSpot answers at most a page of associations per record; the rest follow with `after`. */
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});
export const WireAssociations = z.object({
  results: z.array(WireAssociationRow),
  errors: z.array(WireBatchError).optional(),
});

export const WireSearchPage = z.object({
  total: z.number().optional(),
  results: z.array(WireRecord),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export function toRecord(r: z.infer<typeof WireRecord>): HubSpotRecord {
  return {
    id: r.id,
    properties: r.properties,
    ...(r.updatedAt !== undefined ? { updatedAt: r.updatedAt } : {}),
    ...(r.archived !== undefined ? { archived: r.archived } : {}),
  };
}

/** Ids a batch error is about (HubSpot puts them in `context.ids` or our `objectWriteTraceId`). */
export function idsOf(error: WireBatchError): string[] {
  return [...(error.context?.['ids'] ?? []), ...(error.context?.['objectWriteTraceId'] ?? [])];
}

export const chunks = <T>(xs: readonly T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

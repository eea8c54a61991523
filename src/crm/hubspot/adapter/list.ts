import type { HubSpotContext } from './context.js';
import { HS } from '../metadata/names.js';
import { WireSearchPage } from './wire.js';

type Filter = { propertyName: string; operator: string; value: string };

/**
 * Ids of companies matching `filters`, a page at a time. HubSpot's search stops at 10,000 results
 * (`after` must stay below 10,000), so paging is by key instead of offset: each request asks for
 * `hs_object_id` greater than the last id seen, sorted by `hs_object_id`, and never uses `after`.
 * That works for any number of companies and does not skip or repeat one when records change
 * between pages.
 */
export async function* searchCompanyIds(
  ctx: HubSpotContext,
  filters: readonly Filter[],
): AsyncIterable<readonly string[]> {
  let lastId: string | undefined;
  for (;;) {
    const keyFilter =
      lastId === undefined ? [] : [{ propertyName: 'hs_object_id', operator: 'GT', value: lastId }];
    const page = WireSearchPage.parse(
      await ctx.call((c) =>
        c.crm.companies.searchApi.doSearch({
          filterGroups: [{ filters: [...filters, ...keyFilter] as never[] }],
          sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' } as never],
          properties: ['hs_object_id'],
          limit: ctx.config.pageSize,
        }),
      ),
    );
    const ids = page.results.map((r) => r.id);
    if (ids.length > 0) yield ids;
    if (ids.length < ctx.config.pageSize) return;
    lastId = ids[ids.length - 1];
  }
}

/** Ids of records of any object type (a custom object's `2-…` too) matching `filters`, paged by key. */
export async function* searchObjectIds(
  ctx: HubSpotContext,
  objectType: string,
  filters: readonly Filter[],
): AsyncIterable<readonly string[]> {
  let lastId: string | undefined;
  for (;;) {
    const keyFilter =
      lastId === undefined ? [] : [{ propertyName: 'hs_object_id', operator: 'GT', value: lastId }];
    const page = WireSearchPage.parse(
      await ctx.call((c) =>
        c.crm.objects.searchApi.doSearch(objectType, {
          filterGroups: [{ filters: [...filters, ...keyFilter] as never[] }],
          sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' } as never],
          properties: ['hs_object_id'],
          limit: ctx.config.pageSize,
        }),
      ),
    );
    const ids = page.results.map((r) => r.id);
    if (ids.length > 0) yield ids;
    if (ids.length < ctx.config.pageSize) return;
    lastId = ids[ids.length - 1];
  }
}

/** `hs_lastmodifieddate ≥ checkpoint` (an ISO instant), or an error naming a bad checkpoint. */
export function modifiedSince(checkpoint: string): Filter {
  const ms = Date.parse(checkpoint);
  if (Number.isNaN(ms)) throw new Error(`checkpoint is not an ISO instant: ${checkpoint}`);
  return { propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(ms) };
}

export function listKeyAccounts(ctx: HubSpotContext): AsyncIterable<readonly string[]> {
  return searchCompanyIds(ctx, [{ propertyName: HS.company.isKeyAccount, operator: 'EQ', value: 'true' }]);
}

/** Key accounts whose company changed at or after the checkpoint (an ISO instant). */
export function keyAccountsChangedSince(
  ctx: HubSpotContext,
  checkpoint: string,
): AsyncIterable<readonly string[]> {
  return searchCompanyIds(ctx, [
    { propertyName: HS.company.isKeyAccount, operator: 'EQ', value: 'true' },
    modifiedSince(checkpoint),
  ]);
}

import type { JobRequest } from '../../jobs/port.js';
import type { IntakeRequest } from '../intake/index.js';
import type { ServiceContext } from '../context.js';

/**
 * A request of the tenant. Events name any company or account, key account or not: the worker's
 * load says which are not (`notKeyAccounts`) and skips them, so a score is never written onto an
 * ordinary company.
 */
export const tenantRequest = (tenantId: string, r: IntakeRequest): JobRequest => ({
  ...r,
  tenantId,
  // a record is traced at once: its account's job, not the record's, is where changes coalesce
  ...(r.subject.startsWith('record:') ? { delayMs: 0 } : {}),
});

/** How long a seen event or notification id is remembered (CRMs retry for about a day). */
export const DEDUPE_TTL_MS = 3 * 86_400_000;

/**
 * Claims the keys, queues the work of the new ones, and gives the claims back if queueing fails
 * (so the CRM's retry is not taken for a duplicate). Returns the keys that were new.
 */
export async function claimAndEnqueue<T>(
  ctx: ServiceContext,
  items: readonly T[],
  keyOf: (item: T) => string,
  requestsOf: (fresh: readonly T[]) => JobRequest[],
): Promise<{ fresh: readonly T[]; duplicates: number }> {
  const keys = items.map(keyOf);
  const claimed = new Set(await ctx.store.claimKeys(keys, DEDUPE_TTL_MS, ctx.now()));
  const fresh = items.filter((item) => claimed.has(keyOf(item)));
  const requests = requestsOf(fresh);
  try {
    if (requests.length > 0) await ctx.queue.enqueue(requests);
  } catch (e) {
    await ctx.store.releaseKeys([...claimed]).catch(() => undefined);
    throw e;
  }
  return { fresh, duplicates: items.length - fresh.length };
}

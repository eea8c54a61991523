import type { CrmKind } from '../../crm/port.js';
import { ACCOUNT_RECORD_TYPE } from '../../crm/record-types.js';
import type { JobRequest } from '../../jobs/port.js';
import { parseSubject, recordSubject } from '../../jobs/subjects.js';
import type { IntakeRequest } from '../intake/index.js';
import type { ServiceContext } from '../context.js';

/**
 * Events name any company or account, key account or not: an account subject from an event is
 * queued as an account *record*, so the worker checks it is a key account before scoring it (a
 * score is never written onto an ordinary company).
 */
export function checkedRequest(crm: CrmKind, tenantId: string, r: IntakeRequest): JobRequest {
  const s = parseSubject(r.subject);
  const subject = s?.kind === 'account' ? recordSubject(ACCOUNT_RECORD_TYPE[crm], s.accountId) : r.subject;
  return { ...r, tenantId, subject };
}

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

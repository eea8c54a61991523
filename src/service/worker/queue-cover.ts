import type { Queue } from '../../jobs/port.js';
import { accountSubject } from '../../jobs/subjects.js';

/** The part of the job queue that covering uses. */
export type CoverQueue = Pick<Queue, 'coverPending' | 'enqueue'>;

export interface QueueCoverOptions {
  readonly queue: CoverQueue;
  readonly now: () => Date;
  /** Told when covering or giving back fails: covering is an optimisation, the batch goes on. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Covers the requests queued for accounts whose load is about to start (`Queue.coverPending`): the
 * data the load reads already holds the changes behind them, so a burst of changes to an account
 * costs one re-score instead of one now and a follow-up after it.
 *
 * Only accounts a caller asked to cover for (`want`) are covered, because the caller then answers
 * the covered workflow callbacks; a caller that would not (the workflow action's quick path) never
 * has them taken from the queue.
 */
export class QueueCover {
  /** Per tenant: accounts whose next load covers their queued requests. */
  private readonly wanted = new Map<string, Set<string>>();

  constructor(private readonly o: QueueCoverOptions) {}

  want(tenantId: string, accountId: string): void {
    const accounts = this.wanted.get(tenantId) ?? new Set<string>();
    accounts.add(accountId);
    this.wanted.set(tenantId, accounts);
  }

  /**
   * The accounts of a batch that were wanted, no longer wanted after this. Called synchronously
   * when the batch is handed over, so a `want` made later belongs to the next batch.
   */
  take(tenantId: string, accountIds: readonly string[]): string[] {
    const accounts = this.wanted.get(tenantId);
    if (!accounts) return [];
    const taken = accountIds.filter((id) => accounts.delete(id));
    if (accounts.size === 0) this.wanted.delete(tenantId);
    return taken;
  }

  /** Covers the accounts' queued requests: account id → their callbacks. Never throws. */
  async cover(tenantId: string, accountIds: readonly string[]): Promise<Map<string, readonly string[]>> {
    const covered = new Map<string, readonly string[]>();
    if (accountIds.length === 0) return covered;
    try {
      const answer = await this.o.queue.coverPending(tenantId, accountIds.map(accountSubject));
      for (const id of accountIds) {
        const callbacks = answer.get(accountSubject(id));
        if (callbacks) covered.set(id, callbacks);
      }
    } catch (e) {
      this.o.onError?.(e);
    }
    return covered;
  }

  /**
   * Queues covered requests again, for accounts whose load or write failed and will be retried: a
   * covered callback must still be answered, and a change still scored if the retries run out.
   */
  async giveBack(tenantId: string, covered: ReadonlyMap<string, readonly string[]>): Promise<void> {
    if (covered.size === 0) return;
    const requestedAt = this.o.now().getTime();
    try {
      await this.o.queue.enqueue(
        [...covered].map(([id, callbacks]) => ({
          tenantId,
          subject: accountSubject(id),
          requestedAt,
          ...(callbacks.length > 0 ? { callbacks } : {}),
        })),
      );
    } catch (e) {
      this.o.onError?.(e);
    }
  }
}

import { transaction } from '../../db.js';
import { signedPost } from '../outbound/signed-post.js';
import type { HubSpotState } from '../state.js';
import type { WebhookConfigStore, WebhookSettings } from './config-store.js';
import type { DeliveryLog } from './delivery-log.js';
import type { EventQueue, PendingEvent } from './queue.js';
import { retryDelay } from './timings.js';
import type { DeliveryTimings } from './timings.js';

/** HubSpot sends at most 100 events per request. */
export const EVENTS_PER_REQUEST = 100;

export interface DispatcherDeps {
  readonly state: HubSpotState;
  readonly config: WebhookConfigStore;
  readonly queue: EventQueue;
  readonly log: DeliveryLog;
  readonly timings: () => DeliveryTimings;
  readonly random?: () => number;
}

export interface FlushResult {
  readonly requests: number;
  readonly delivered: number;
  readonly failed: number;
  readonly dropped: number;
  readonly pending: number;
}

/**
 * Delivers queued events: batches of ≤ 100 per POST, at most `maxConcurrentRequests` requests in
 * flight per app, retries with backoff; an event leaves the queue only after a 2xx (at least once)
 * or when its retries are used up.
 */
export class Dispatcher {
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private readonly leased = new Set<number>();
  private readonly inFlight = new Map<number, number>();
  private readonly running = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private stopped = false;
  private readonly counts = { requests: 0, delivered: 0, failed: 0, dropped: 0 };

  constructor(private readonly d: DispatcherDeps) {
    // events left from before a restart are due now
    if (d.queue.nextDue(this.leased) !== undefined) this.scheduleAt(this.now());
  }

  /** New events are queued: deliver them once the batch window has passed. */
  wake(): void {
    this.scheduleAt(this.now() + this.d.timings().batchWindowMs);
  }

  /** Delivers everything pending now, retries included; resolves when nothing is due or in flight. */
  async flush(): Promise<FlushResult> {
    const before = { ...this.counts };
    this.d.queue.allDue(this.now());
    for (;;) {
      this.pump();
      if (this.running.size === 0) break;
      await Promise.allSettled([...this.running]);
    }
    return {
      requests: this.counts.requests - before.requests,
      delivered: this.counts.delivered - before.delivered,
      failed: this.counts.failed - before.failed,
      dropped: this.counts.dropped - before.dropped,
      pending: this.d.queue.count(),
    };
  }

  /** Stops delivering: no new requests, the ones in flight are aborted (their events stay queued). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await Promise.allSettled([...this.running]);
  }

  private now(): number {
    return this.d.state.now().getTime();
  }

  private scheduleAt(at: number): void {
    if (this.stopped || at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        this.pump();
      },
      Math.max(0, at - this.now()),
    );
    this.timer.unref();
  }

  /** Starts every due batch the apps' concurrency allows, then sleeps until the next one is due. */
  private pump(): void {
    if (this.stopped) return;
    const now = this.now();
    for (const settings of this.d.config.allSettings()) {
      while ((this.inFlight.get(settings.appId) ?? 0) < settings.maxConcurrentRequests) {
        const batch = this.d.queue.due(settings.appId, now, EVENTS_PER_REQUEST, this.leased);
        if (batch.length === 0) break;
        this.start(settings, batch);
      }
    }
    const next = this.d.queue.nextDue(this.leased);
    // a due event that could not start waits for a request to finish (which pumps again)
    if (next !== undefined && next > now) this.scheduleAt(next);
  }

  private start(settings: WebhookSettings, batch: readonly PendingEvent[]): void {
    for (const e of batch) this.leased.add(e.eventId);
    this.inFlight.set(settings.appId, (this.inFlight.get(settings.appId) ?? 0) + 1);
    const run: Promise<void> = this.deliver(settings, batch)
      // only a database closed under a late answer lands here; the events stay queued
      .catch(() => undefined)
      .finally(() => {
        for (const e of batch) this.leased.delete(e.eventId);
        this.inFlight.set(settings.appId, (this.inFlight.get(settings.appId) ?? 1) - 1);
        this.running.delete(run);
        this.pump();
      });
    this.running.add(run);
  }

  private async deliver(settings: WebhookSettings, batch: readonly PendingEvent[]): Promise<void> {
    const timings = this.d.timings();
    const secret = this.d.state.auth.clients().find((c) => c.appId === settings.appId)?.clientSecret;
    const body = JSON.stringify(
      batch.map((e) => ({ eventId: e.eventId, ...e.fields, attemptNumber: e.attempt })),
    );
    const sentAt = this.now();
    this.counts.requests++;
    const result =
      secret === undefined
        ? { statusCode: null, body: null, error: 'the app has no client secret', durationMs: 0 }
        : await signedPost({
            url: settings.targetUrl,
            body,
            secret,
            timestamp: sentAt,
            timeoutMs: timings.timeoutMs,
            signal: this.abort.signal,
          });
    if (this.stopped) return;
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const dropped: number[] = [];
    transaction(this.d.state.db, () => {
      if (ok) {
        this.d.queue.remove(batch.map((e) => e.eventId));
      } else {
        for (const e of batch) {
          const delay = retryDelay(timings, e.attempt + 1, this.d.random ?? Math.random);
          if (delay === undefined) dropped.push(e.eventId);
          else this.d.queue.retry(e.eventId, e.attempt + 1, this.now() + delay);
        }
        this.d.queue.remove(dropped);
      }
      this.d.log.add({
        appId: settings.appId,
        targetUrl: settings.targetUrl,
        sentAt,
        durationMs: result.durationMs,
        statusCode: result.statusCode,
        error: result.error,
        outcome: ok ? 'DELIVERED' : 'FAILED',
        eventIds: batch.map((e) => e.eventId),
        attemptNumbers: batch.map((e) => e.attempt),
        droppedEventIds: dropped,
      });
    });
    if (ok) this.counts.delivered += batch.length;
    else this.counts.failed += batch.length;
    this.counts.dropped += dropped.length;
  }
}

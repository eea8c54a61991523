import type { DatabaseSync } from 'node:sqlite';
import { makeId } from '../ids.js';
import type { SalesforceOptions } from '../options.js';
import type { Schema } from '../schema/registry.js';
import type { Change } from '../store/records.js';
import { evaluateOn, formula } from '../store/row.js';
import { nextSequence } from '../store/tables.js';
import { outboundActions } from './actions.js';
import type { OutboundAction } from './actions.js';
import { OutboundQueue } from './queue.js';
import type { QueuedNotification } from './queue.js';
import { envelopeXml, isAck, sObjectXml } from './soap.js';

type OutboundOptions = SalesforceOptions['outbound'];
const MAX_PER_MESSAGE = 100;
const API_VERSION = '62.0';

/**
 * Outbound messages as Salesforce sends them: a saved record that passes a flow's entry condition
 * queues a notification; notifications go out per action, up to 100 in one SOAP message, and are
 * retried with growing delays until the endpoint answers 200 with `<Ack>true</Ack>` (or they expire).
 */
export class OutboundDispatcher {
  readonly actions: readonly OutboundAction[];
  private readonly queue: OutboundQueue;
  private endpoints: { endpoint?: string; byObject: Record<string, string> };
  private baseUrl = 'http://127.0.0.1:4010';
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private running = false;
  private stopped = false;
  private skipped = 0;
  private readonly inFlight = new AbortController();

  constructor(
    private readonly db: DatabaseSync,
    schema: Schema,
    private readonly options: OutboundOptions,
    private readonly orgId: string,
    private readonly now: () => Date,
  ) {
    this.actions = outboundActions(schema);
    for (const a of this.actions) if (a.filterFormula) formula(a.filterFormula); // bad metadata fails at start
    this.queue = new OutboundQueue(db);
    this.endpoints = {
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      byObject: { ...options.endpoints },
    };
  }

  /** The sandbox's own URL, for EnterpriseUrl/PartnerUrl in messages. */
  setBaseUrl(url: string): void {
    this.baseUrl = url;
  }

  setEndpoints(endpoint: string | undefined, byObject: Record<string, string>): void {
    this.endpoints = { ...(endpoint ? { endpoint } : {}), byObject: { ...byObject } };
  }

  endpointOf(action: OutboundAction): string | undefined {
    return (
      this.endpoints.byObject[action.object.name] ??
      this.endpoints.endpoint ??
      (this.options.useMetadataEndpoints ? action.metadataEndpoint : undefined)
    );
  }

  /** Queues notifications for saved changes whose flow entry condition holds. */
  notify(changes: readonly Change[]): void {
    if (this.stopped || changes.length === 0) return;
    const now = this.now();
    let queued = false;
    for (const change of changes) {
      for (const action of this.actions) {
        if (action.object !== change.object) continue;
        if (
          action.filterFormula &&
          evaluateOn(action.filterFormula, change.object, change.after, change.before, now) !== true
        )
          continue;
        if (!this.endpointOf(action)) {
          this.skipped++;
          continue;
        }
        this.queue.add({
          notification_id: makeId('04l', nextSequence(this.db, 'id:04l', 1000)),
          action: action.actionId,
          object: action.object.name,
          record_id: change.id,
          sobject_xml: sObjectXml(action.object, action.fields, change.after),
          created_at: now.getTime(),
        });
        queued = true;
      }
    }
    if (queued) this.schedule(this.options.batchDelayMs);
  }

  /** The flow's entry condition; a formula the sandbox cannot evaluate notifies (and never fails a saved write). */
  private passes(action: OutboundAction, change: Change, now: Date): boolean {
    if (!action.filterFormula) return true;
    try {
      return evaluateOn(action.filterFormula, change.object, change.after, change.before, now) === true;
    } catch {
      return true;
    }
  }

  snapshot() {
    return {
      actions: this.actions.map((a) => ({
        actionId: a.actionId,
        name: a.name,
        object: a.object.name,
        flow: a.flow,
        endpoint: this.endpointOf(a) ?? null,
        fields: a.fields.map((f) => f.name),
      })),
      skippedWithoutEndpoint: this.skipped,
      ...this.queue.recent(200),
    };
  }

  stop(): void {
    this.stopped = true;
    this.inFlight.abort();
    if (this.timer) clearTimeout(this.timer);
  }

  reset(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
    this.skipped = 0;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    const at = Date.now() + Math.max(0, delayMs);
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        void this.flush();
      },
      Math.max(0, delayMs),
    );
    this.timer.unref();
  }

  private async flush(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      const due = this.queue.due(this.now().getTime());
      const byAction = new Map<string, QueuedNotification[]>();
      for (const n of due) (byAction.get(n.action) ?? byAction.set(n.action, []).get(n.action)!).push(n);
      await Promise.all(
        [...byAction].map(async ([actionId, list]) => {
          for (let i = 0; i < list.length; i += MAX_PER_MESSAGE)
            await this.deliver(actionId, list.slice(i, i + MAX_PER_MESSAGE));
        }),
      );
    } finally {
      this.running = false;
    }
    const next = this.queue.nextDue();
    if (next !== undefined) this.schedule(next - this.now().getTime());
  }

  private async deliver(actionId: string, batch: QueuedNotification[]): Promise<void> {
    const action = this.actions.find((a) => a.actionId === actionId);
    const endpoint = action && this.endpointOf(action);
    if (!action || !endpoint || this.stopped) return;
    const body = envelopeXml({
      orgId: this.orgId,
      actionId,
      baseUrl: this.baseUrl,
      apiVersion: API_VERSION,
      notifications: batch.map((n) => ({ id: n.notification_id, sobjectXml: n.sobject_xml })),
    });
    let status = 0;
    let ack = false;
    let error: string | null = null;
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'text/xml; charset=utf-8',
          SOAPAction: '""',
          'User-Agent': 'Salesforce - Outbound Notification',
        },
        body,
        signal: AbortSignal.any([AbortSignal.timeout(this.options.requestTimeoutMs), this.inFlight.signal]),
      });
      status = res.status;
      ack = res.status === 200 && isAck(await res.text());
      if (!ack) error = res.status === 200 ? 'answer without <Ack>true</Ack>' : `HTTP ${res.status}`;
    } catch (e) {
      error = (e as Error).message;
    }
    if (this.stopped) return;
    const now = this.now().getTime();
    this.queue.log({
      action: actionId,
      endpoint,
      notificationIds: batch.map((n) => n.notification_id),
      attemptedAt: new Date(now).toISOString(),
      status,
      ack,
      error,
    });
    if (ack) return this.queue.delivered(batch.map((n) => n.notification_id));
    for (const n of batch) {
      const delay = Math.min(
        this.options.initialRetryMs * this.options.retryFactor ** n.attempts,
        this.options.maxRetryMs,
      );
      const expired = now + delay - n.created_at > this.options.maxAgeMs;
      this.queue.failed(n, expired ? undefined : now + delay, error ?? 'not acknowledged');
    }
  }
}

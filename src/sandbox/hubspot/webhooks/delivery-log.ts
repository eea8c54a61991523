import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** One POST of a batch of events to an app's target URL. */
export interface Delivery {
  readonly appId: number;
  readonly targetUrl: string;
  /** epoch ms */
  readonly sentAt: number;
  readonly durationMs: number;
  /** the HTTP status; null when there was no answer (connection error, timeout) */
  readonly statusCode: number | null;
  readonly error: string | null;
  /** DELIVERED (2xx) or FAILED (the events are retried, or dropped when out of retries) */
  readonly outcome: 'DELIVERED' | 'FAILED';
  readonly eventIds: readonly number[];
  readonly attemptNumbers: readonly number[];
  readonly droppedEventIds: readonly number[];
}

const KEEP = 10_000;
type Row = Record<string, unknown>;

/** The delivery log (`GET /__sandbox/hubspot/webhooks/deliveries`), newest first, last 10,000 kept. */
export class DeliveryLog {
  private readonly insertStmt: StatementSync;
  private readonly listStmt: StatementSync;
  private readonly pruneStmt: StatementSync;
  private writes = 0;

  constructor(db: DatabaseSync) {
    this.insertStmt = db.prepare(
      `INSERT INTO hs_webhook_deliveries (app_id, target_url, sent_at, duration_ms, status, error, outcome,
         event_ids, attempt_numbers, dropped_event_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.listStmt = db.prepare(
      `SELECT * FROM hs_webhook_deliveries WHERE (?1 IS NULL OR app_id = ?1) ORDER BY id DESC LIMIT ?2`,
    );
    this.pruneStmt = db.prepare(
      'DELETE FROM hs_webhook_deliveries WHERE id <= (SELECT MAX(id) FROM hs_webhook_deliveries) - ?',
    );
  }

  add(d: Delivery): void {
    this.insertStmt.run(
      d.appId,
      d.targetUrl,
      d.sentAt,
      d.durationMs,
      d.statusCode,
      d.error,
      d.outcome,
      JSON.stringify(d.eventIds),
      JSON.stringify(d.attemptNumbers),
      JSON.stringify(d.droppedEventIds),
    );
    if (++this.writes % 500 === 0) this.pruneStmt.run(KEEP);
  }

  list(appId: number | undefined, limit: number) {
    return this.listStmt.all(appId ?? null, limit).map((r: Row) => ({
      id: Number(r.id),
      appId: Number(r.app_id),
      targetUrl: r.target_url as string,
      sentAt: new Date(Number(r.sent_at)).toISOString(),
      durationMs: Number(r.duration_ms),
      statusCode: r.status === null ? null : Number(r.status),
      error: (r.error as string | null) ?? null,
      outcome: r.outcome as Delivery['outcome'],
      eventIds: JSON.parse(r.event_ids as string) as number[],
      attemptNumbers: JSON.parse(r.attempt_numbers as string) as number[],
      droppedEventIds: JSON.parse(r.dropped_event_ids as string) as number[],
    }));
  }
}

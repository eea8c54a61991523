import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** An event's fields as delivered, without the two the queue owns (eventId, attemptNumber). */
export type EventFields = Record<string, string | number | boolean>;

/** A pending event: removed only after a 2xx (or when its retries are used up). */
export interface PendingEvent {
  readonly eventId: number;
  readonly appId: number;
  readonly fields: EventFields;
  /** 0 for the first delivery, then one more per retry */
  readonly attempt: number;
}

type Row = Record<string, unknown>;
const toEvent = (r: Row): PendingEvent => ({
  eventId: Number(r.event_id),
  appId: Number(r.app_id),
  fields: JSON.parse(r.payload as string) as EventFields,
  attempt: Number(r.attempt),
});
const idList = (ids: Iterable<number>) => JSON.stringify([...ids]);

/** The delivery queue in SQLite: pending events survive a restart when the database is a file. */
export class EventQueue {
  private readonly insertStmt: StatementSync;
  private readonly dueStmt: StatementSync;
  private readonly nextDueStmt: StatementSync;
  private readonly removeStmt: StatementSync;
  private readonly retryStmt: StatementSync;
  private readonly allDueStmt: StatementSync;
  private readonly countStmt: StatementSync;

  constructor(db: DatabaseSync) {
    this.insertStmt = db.prepare(
      'INSERT INTO hs_webhook_events (app_id, payload, attempt, next_at) VALUES (?, ?, 0, ?) RETURNING event_id',
    );
    this.dueStmt = db.prepare(
      `SELECT * FROM hs_webhook_events WHERE app_id = ? AND next_at <= ?
         AND event_id NOT IN (SELECT value FROM json_each(?)) ORDER BY event_id LIMIT ?`,
    );
    // only apps with settings can be delivered to
    this.nextDueStmt = db.prepare(
      `SELECT MIN(e.next_at) AS at FROM hs_webhook_events e JOIN hs_webhook_settings s ON s.app_id = e.app_id
         WHERE e.event_id NOT IN (SELECT value FROM json_each(?))`,
    );
    this.removeStmt = db.prepare(
      'DELETE FROM hs_webhook_events WHERE event_id IN (SELECT value FROM json_each(?))',
    );
    this.retryStmt = db.prepare('UPDATE hs_webhook_events SET attempt = ?, next_at = ? WHERE event_id = ?');
    this.allDueStmt = db.prepare('UPDATE hs_webhook_events SET next_at = ? WHERE next_at > ?');
    this.countStmt = db.prepare('SELECT COUNT(*) AS n FROM hs_webhook_events');
  }

  /** Adds an event due at `dueAt` and returns its id. */
  add(appId: number, fields: EventFields, dueAt: number): number {
    const row = this.insertStmt.get(appId, JSON.stringify(fields), dueAt) as Row;
    return Number(row.event_id);
  }

  /** Up to `limit` of an app's events due at `now`, oldest first, leaving out those in flight. */
  due(appId: number, now: number, limit: number, leased: ReadonlySet<number>): PendingEvent[] {
    return this.dueStmt.all(appId, now, idList(leased), limit).map(toEvent);
  }

  /** When the next deliverable event is due (undefined: none pending). */
  nextDue(leased: ReadonlySet<number>): number | undefined {
    const at = (this.nextDueStmt.get(idList(leased)) as Row).at;
    return at === null || at === undefined ? undefined : Number(at);
  }

  remove(eventIds: readonly number[]): void {
    if (eventIds.length > 0) this.removeStmt.run(idList(eventIds));
  }

  retry(eventId: number, attempt: number, dueAt: number): void {
    this.retryStmt.run(attempt, dueAt, eventId);
  }

  /** Makes every pending event due now (flush). */
  allDue(now: number): void {
    this.allDueStmt.run(now, now);
  }

  count(): number {
    return Number((this.countStmt.get() as Row).n);
  }
}

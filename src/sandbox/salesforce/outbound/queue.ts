import type { DatabaseSync } from 'node:sqlite';
import { stmt } from '../store/statements.js';

/** A notification waiting for (or done with) delivery. */
export interface QueuedNotification {
  readonly notification_id: string;
  readonly action: string;
  readonly object: string;
  readonly record_id: string;
  readonly sobject_xml: string;
  readonly created_at: number;
  readonly attempts: number;
  readonly next_attempt_at: number;
  readonly status: 'pending' | 'delivered' | 'dropped';
  readonly last_error: string | null;
}

export interface DeliveryLogEntry {
  readonly action: string;
  readonly endpoint: string;
  readonly notificationIds: string[];
  readonly attemptedAt: string;
  readonly status: number;
  readonly ack: boolean;
  readonly error: string | null;
}

/** The outbound queue and delivery log in SQLite (`sf_outbound_queue`, `sf_outbound_log`). */
export class OutboundQueue {
  constructor(private readonly db: DatabaseSync) {}

  add(
    n: Pick<
      QueuedNotification,
      'notification_id' | 'action' | 'object' | 'record_id' | 'sobject_xml' | 'created_at'
    >,
  ): void {
    stmt(
      this.db,
      `INSERT INTO sf_outbound_queue (notification_id, action, object, record_id, sobject_xml, created_at, attempts, next_attempt_at, status)
       VALUES (?, ?, ?, ?, ?, ?, 0, ?, 'pending')`,
    ).run(n.notification_id, n.action, n.object, n.record_id, n.sobject_xml, n.created_at, n.created_at);
  }

  /** Due notifications, oldest first. */
  due(now: number): QueuedNotification[] {
    return stmt(
      this.db,
      `SELECT * FROM sf_outbound_queue WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY created_at, notification_id`,
    ).all(now) as unknown as QueuedNotification[];
  }

  nextDue(): number | undefined {
    const row = stmt(
      this.db,
      `SELECT MIN(next_attempt_at) AS t FROM sf_outbound_queue WHERE status = 'pending'`,
    ).get() as {
      t: number | null;
    };
    return row.t ?? undefined;
  }

  delivered(ids: readonly string[]): void {
    for (const id of ids)
      stmt(
        this.db,
        `UPDATE sf_outbound_queue SET status = 'delivered', attempts = attempts + 1, last_error = NULL WHERE notification_id = ?`,
      ).run(id);
  }

  failed(n: QueuedNotification, nextAttemptAt: number | undefined, error: string): void {
    stmt(
      this.db,
      `UPDATE sf_outbound_queue SET attempts = attempts + 1, next_attempt_at = ?, status = ?, last_error = ? WHERE notification_id = ?`,
    ).run(
      nextAttemptAt ?? n.next_attempt_at,
      nextAttemptAt === undefined ? 'dropped' : 'pending',
      error,
      n.notification_id,
    );
  }

  log(entry: DeliveryLogEntry): void {
    stmt(
      this.db,
      `INSERT INTO sf_outbound_log (action, endpoint, notification_ids, attempted_at, status, ack, error) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      entry.action,
      entry.endpoint,
      JSON.stringify(entry.notificationIds),
      entry.attemptedAt,
      entry.status,
      Number(entry.ack),
      entry.error,
    );
  }

  /** The newest `limit` notifications and delivery attempts, for the admin API. */
  recent(limit: number) {
    const notifications = (
      stmt(
        this.db,
        `SELECT * FROM sf_outbound_queue ORDER BY created_at DESC, notification_id DESC LIMIT ?`,
      ).all(limit) as unknown as QueuedNotification[]
    ).map((n) => ({
      notificationId: n.notification_id,
      actionId: n.action,
      object: n.object,
      recordId: n.record_id,
      status: n.status,
      attempts: n.attempts,
      createdAt: new Date(n.created_at).toISOString(),
      nextAttemptAt: n.status === 'pending' ? new Date(n.next_attempt_at).toISOString() : null,
      lastError: n.last_error,
    }));
    const deliveries = (
      stmt(this.db, `SELECT * FROM sf_outbound_log ORDER BY seq DESC LIMIT ?`).all(limit) as {
        action: string;
        endpoint: string;
        notification_ids: string;
        attempted_at: string;
        status: number;
        ack: number;
        error: string | null;
      }[]
    ).map((d) => ({
      actionId: d.action,
      endpoint: d.endpoint,
      notificationIds: JSON.parse(d.notification_ids) as string[],
      attemptedAt: d.attempted_at,
      status: d.status,
      ack: d.ack === 1,
      error: d.error,
    }));
    return { notifications, deliveries };
  }
}

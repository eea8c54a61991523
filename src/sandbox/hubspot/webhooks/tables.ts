import type { DatabaseSync } from 'node:sqlite';

/** First event id: event ids only grow, across resets and restarts (receivers dedupe by them). */
export const FIRST_EVENT_ID = 1_000_000;
/** First subscription id. */
export const FIRST_SUBSCRIPTION_ID = 500_000;

/**
 * Webhook tables: the apps' settings and subscriptions (developer configuration, kept on reset),
 * pending events (the delivery queue) and the delivery log (portal data, emptied on reset).
 */
export function createWebhookTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS hs_webhook_settings (
      app_id INTEGER PRIMARY KEY,
      target_url TEXT NOT NULL,
      max_concurrent INTEGER NOT NULL,
      period TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS hs_webhook_subscriptions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      app_id INTEGER NOT NULL,
      event_type TEXT NOT NULL,
      property_name TEXT,
      object_type_id TEXT,
      active INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS hs_webhook_events (
      event_id INTEGER PRIMARY KEY AUTOINCREMENT,
      app_id INTEGER NOT NULL,
      payload TEXT NOT NULL,
      attempt INTEGER NOT NULL DEFAULT 0,
      next_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS hs_webhook_events_due ON hs_webhook_events (app_id, next_at);
    CREATE TABLE IF NOT EXISTS hs_webhook_deliveries (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      app_id INTEGER NOT NULL,
      target_url TEXT NOT NULL,
      sent_at INTEGER NOT NULL,
      duration_ms INTEGER NOT NULL,
      status INTEGER,
      error TEXT,
      outcome TEXT NOT NULL,
      event_ids TEXT NOT NULL,
      attempt_numbers TEXT NOT NULL,
      dropped_event_ids TEXT NOT NULL
    );
  `);
  const seed = db.prepare(
    `INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS
       (SELECT 1 FROM sqlite_sequence WHERE name = ?)`,
  );
  seed.run('hs_webhook_events', FIRST_EVENT_ID, 'hs_webhook_events');
  seed.run('hs_webhook_subscriptions', FIRST_SUBSCRIPTION_ID, 'hs_webhook_subscriptions');
}

/** Forgets pending events and the delivery log; settings and subscriptions stay, event ids keep growing. */
export function clearWebhookData(db: DatabaseSync): void {
  db.exec('DELETE FROM hs_webhook_events');
  db.exec('DELETE FROM hs_webhook_deliveries');
}

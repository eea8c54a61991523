/**
 * The SQLite schema, as numbered migrations: `schema_version` records which have run, so a later
 * release adds a migration and existing files are brought up to date at open.
 */
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from './transaction.js';

interface Migration {
  readonly version: number;
  readonly sql: string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE IF NOT EXISTS tenants (
        id TEXT PRIMARY KEY,
        crm TEXT NOT NULL,
        external_id TEXT NOT NULL,
        name TEXT NOT NULL,
        lang TEXT NOT NULL,
        api_base_url TEXT NOT NULL,
        credentials TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (crm, external_id)
      );
      CREATE TABLE IF NOT EXISTS scoring_models (
        tenant_id TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS score_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        account_id TEXT NOT NULL,
        score REAL NOT NULL,
        tier TEXT NOT NULL,
        quadrant TEXT NOT NULL,
        attractiveness REAL NOT NULL,
        position REAL NOT NULL,
        input_hash TEXT NOT NULL,
        model_version TEXT NOT NULL,
        scored_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS score_history_newest
        ON score_history (tenant_id, account_id, scored_at DESC, id DESC);
      CREATE TABLE IF NOT EXISTS store_keys (
        key TEXT PRIMARY KEY,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS store_keys_expiry ON store_keys (expires_at);
      CREATE TABLE IF NOT EXISTS checkpoints (
        tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (tenant_id, name)
      );
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Creates the tables of a new database and runs the migrations an older one lacks. */
export function migrate(db: DatabaseSync): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`);
  inTransaction(db, () => {
    const row = db.prepare('SELECT coalesce(max(version), 0) AS version FROM schema_version').get();
    const current = Number(row?.['version'] ?? 0);
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `the store database has schema version ${current}; this release knows up to ${SCHEMA_VERSION}`,
      );
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
        m.version,
        new Date().toISOString(),
      );
    }
  });
}

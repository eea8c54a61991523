import type { DatabaseSync } from 'node:sqlite';
import type { Schema } from '../schema/registry.js';
import type { FieldType, SfObject } from '../schema/types.js';
import { stmt } from './statements.js';

/** Tables of the Salesforce side: one per object (a column per field) plus tokens, counters, outbound queue. */
const AUX_TABLES = `
  CREATE TABLE IF NOT EXISTS sf_sequences (name TEXT PRIMARY KEY, next INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS sf_tokens (
    token TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    user_id TEXT NOT NULL,
    client_id TEXT,
    scope TEXT NOT NULL,
    expires_at INTEGER
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS sf_auth_codes (
    code TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    user_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS sf_outbound_queue (
    notification_id TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    record_id TEXT NOT NULL,
    sobject_xml TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    last_error TEXT
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS sf_outbound_due ON sf_outbound_queue (status, next_attempt_at);
  CREATE TABLE IF NOT EXISTS sf_outbound_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    notification_ids TEXT NOT NULL,
    attempted_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    ack INTEGER NOT NULL,
    error TEXT
  );
`;

const SQL_TYPES: Readonly<Record<FieldType, string>> = {
  id: 'TEXT',
  reference: 'TEXT',
  string: 'TEXT COLLATE NOCASE',
  textarea: 'TEXT COLLATE NOCASE',
  picklist: 'TEXT COLLATE NOCASE',
  multipicklist: 'TEXT COLLATE NOCASE',
  email: 'TEXT COLLATE NOCASE',
  phone: 'TEXT COLLATE NOCASE',
  url: 'TEXT COLLATE NOCASE',
  boolean: 'INTEGER',
  int: 'INTEGER',
  double: 'REAL',
  currency: 'REAL',
  percent: 'REAL',
  date: 'TEXT',
  datetime: 'TEXT',
};

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function createTables(db: DatabaseSync, schema: Schema): void {
  db.exec(AUX_TABLES);
  for (const o of schema.objects) createObjectTable(db, o);
}

function createObjectTable(db: DatabaseSync, o: SfObject): void {
  const columns = o.fields.map((f) =>
    f.name === 'Id' ? `"Id" TEXT PRIMARY KEY` : `${quote(f.name)} ${SQL_TYPES[f.type]}`,
  );
  db.exec(`CREATE TABLE IF NOT EXISTS ${quote(o.table)} (${columns.join(', ')}) WITHOUT ROWID`);
  // a file database from an older metadata version gets the new fields as columns
  const existing = new Set(
    (db.prepare(`PRAGMA table_info(${quote(o.table)})`).all() as { name: string }[]).map((c) => c.name),
  );
  for (const f of o.fields) {
    if (!existing.has(f.name))
      db.exec(`ALTER TABLE ${quote(o.table)} ADD COLUMN ${quote(f.name)} ${SQL_TYPES[f.type]}`);
  }
  for (const f of o.fields) {
    if (f.type === 'reference' || f.nameField || f.name === 'SystemModstamp') {
      db.exec(
        `CREATE INDEX IF NOT EXISTS ${quote(`${o.table}_${f.name}`)} ON ${quote(o.table)} (${quote(f.name)})`,
      );
    }
  }
}

/** Forgets records, issued tokens and the outbound queue; counters keep counting so ids are never reused. */
export function clearTables(db: DatabaseSync, schema: Schema): void {
  for (const o of schema.objects) db.exec(`DELETE FROM ${quote(o.table)}`);
  for (const t of ['sf_tokens', 'sf_auth_codes', 'sf_outbound_queue', 'sf_outbound_log'])
    db.exec(`DELETE FROM ${t}`);
}

/** Next value of a named counter (record ids per key prefix, auto-numbers per object). */
export function nextSequence(db: DatabaseSync, name: string, first = 1): number {
  const row = stmt(
    db,
    `INSERT INTO sf_sequences (name, next) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET next = next + 1 RETURNING next`,
  ).get(name, first) as { next: number };
  return row.next;
}

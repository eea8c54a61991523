import type { DatabaseSync } from 'node:sqlite';

/** Tables of the HubSpot side; records, definitions and links are dropped on reset, credentials kept. */
const DATA_TABLES = [
  'hs_associations',
  'hs_association_types',
  'hs_objects',
  'hs_properties',
  'hs_property_groups',
  'hs_schemas',
  'hs_owners',
];
const ISSUED_TABLES = ['hs_oauth_tokens', 'hs_auth_codes'];

/** First record id: HubSpot ids are long numbers, never small ones. */
export const FIRST_OBJECT_ID = 100_000_000;
/** First id of USER_DEFINED association types. */
export const FIRST_USER_ASSOCIATION_TYPE = 100;

export function createTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS hs_objects (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      type_id TEXT NOT NULL,
      properties TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived INTEGER NOT NULL DEFAULT 0,
      archived_at TEXT
    );
    CREATE INDEX IF NOT EXISTS hs_objects_by_type ON hs_objects (type_id, archived, id);
    CREATE TABLE IF NOT EXISTS hs_properties (
      type_id TEXT NOT NULL,
      name TEXT NOT NULL,
      definition TEXT NOT NULL,
      PRIMARY KEY (type_id, name)
    );
    CREATE TABLE IF NOT EXISTS hs_property_groups (
      type_id TEXT NOT NULL,
      name TEXT NOT NULL,
      definition TEXT NOT NULL,
      PRIMARY KEY (type_id, name)
    );
    CREATE TABLE IF NOT EXISTS hs_schemas (
      object_type_id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      definition TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS hs_association_types (
      type_id INTEGER PRIMARY KEY,
      category TEXT NOT NULL,
      from_type TEXT NOT NULL,
      to_type TEXT NOT NULL,
      name TEXT,
      label TEXT,
      inverse_id INTEGER NOT NULL,
      is_default INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS hs_association_types_by_pair ON hs_association_types (from_type, to_type);
    CREATE TABLE IF NOT EXISTS hs_associations (
      from_id INTEGER NOT NULL,
      to_type TEXT NOT NULL,
      to_id INTEGER NOT NULL,
      type_id INTEGER NOT NULL,
      PRIMARY KEY (from_id, to_type, to_id, type_id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS hs_private_tokens (
      token TEXT PRIMARY KEY,
      created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS hs_developer_keys (
      key TEXT PRIMARY KEY,
      created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS hs_oauth_clients (
      client_id TEXT PRIMARY KEY,
      client_secret TEXT NOT NULL,
      app_id INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS hs_oauth_tokens (
      token TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      client_id TEXT NOT NULL,
      scopes TEXT NOT NULL,
      expires_at INTEGER
    );
    CREATE TABLE IF NOT EXISTS hs_auth_codes (
      code TEXT PRIMARY KEY,
      client_id TEXT NOT NULL,
      redirect_uri TEXT NOT NULL,
      scopes TEXT NOT NULL,
      expires_at INTEGER NOT NULL
    );
  `);
  db.prepare(
    `INSERT INTO sqlite_sequence (name, seq) SELECT 'hs_objects', ? WHERE NOT EXISTS
       (SELECT 1 FROM sqlite_sequence WHERE name = 'hs_objects')`,
  ).run(FIRST_OBJECT_ID);
}

/** Empties records, definitions, links and issued OAuth credentials. */
export function clearTables(db: DatabaseSync): void {
  for (const table of [...DATA_TABLES, ...ISSUED_TABLES]) db.exec(`DELETE FROM ${table}`);
  db.prepare(`UPDATE sqlite_sequence SET seq = ? WHERE name = 'hs_objects'`).run(FIRST_OBJECT_ID);
}

import type { DatabaseSync } from 'node:sqlite';

/** First action definition id and first enrollment (execution) id. */
export const FIRST_DEFINITION_ID = 100_000;
export const FIRST_EXECUTION_ID = 50_000_000;

/**
 * Custom workflow action definitions (developer configuration, kept on reset) and their
 * executions (portal data, emptied on reset).
 */
export function createWorkflowTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS hs_action_definitions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      app_id INTEGER NOT NULL,
      revision INTEGER NOT NULL,
      definition TEXT NOT NULL,
      archived_at INTEGER
    );
    CREATE TABLE IF NOT EXISTS hs_action_executions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      callback_id TEXT NOT NULL UNIQUE,
      app_id INTEGER NOT NULL,
      execution TEXT NOT NULL
    );
  `);
  const seed = db.prepare(
    `INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS
       (SELECT 1 FROM sqlite_sequence WHERE name = ?)`,
  );
  seed.run('hs_action_definitions', FIRST_DEFINITION_ID, 'hs_action_definitions');
  seed.run('hs_action_executions', FIRST_EXECUTION_ID, 'hs_action_executions');
}

export function clearWorkflowData(db: DatabaseSync): void {
  db.exec('DELETE FROM hs_action_executions');
}

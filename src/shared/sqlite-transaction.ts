import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `fn` in one write transaction: all of it or nothing. IMMEDIATE takes the write lock at the
 * start, so another process on the same file waits (busy_timeout) instead of failing mid-way. Nested
 * calls join the transaction already open. Used by every SQLite user: sandbox, queue, store.
 */
export function immediateTransaction<T>(db: DatabaseSync, fn: () => T): T {
  if (db.isTransaction) return fn();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}

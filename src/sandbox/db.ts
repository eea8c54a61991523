import { DatabaseSync } from 'node:sqlite';

/** Opens the sandbox database: a file (WAL, so readers never wait) or `:memory:`. */
export function openDatabase(location: string): DatabaseSync {
  const db = new DatabaseSync(location);
  if (location !== ':memory:') {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
  }
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  return db;
}

export { immediateTransaction as transaction } from '../shared/sqlite-transaction.js';

import { DatabaseSync } from 'node:sqlite';
import { mergeCallbacks } from '../requests.js';
import { parseCallbacks } from './rows.js';
import { immediateTransaction } from '../../shared/sqlite-transaction.js';

export { immediateTransaction as transaction };

/** How long a statement waits for another process's write lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS queue_jobs (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'active')),
  due_at INTEGER NOT NULL,
  requests INTEGER NOT NULL,
  first_requested_at INTEGER NOT NULL,
  callbacks TEXT NOT NULL,
  attempt INTEGER NOT NULL DEFAULT 0,
  lease_until INTEGER,
  last_error TEXT
);
-- One job per subject that has not started: coalescing is an upsert on this index.
CREATE UNIQUE INDEX IF NOT EXISTS queue_jobs_one_pending ON queue_jobs (tenant_id, subject)
  WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS queue_jobs_due ON queue_jobs (state, due_at);
CREATE INDEX IF NOT EXISTS queue_jobs_subject ON queue_jobs (tenant_id, subject, state);
CREATE TABLE IF NOT EXISTS queue_dead_letters (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  job_id TEXT NOT NULL,
  tenant_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  requests INTEGER NOT NULL,
  first_requested_at INTEGER NOT NULL,
  callbacks TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  reason TEXT NOT NULL,
  failed_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS queue_dead_letters_failed ON queue_dead_letters (failed_at);
`;

/**
 * Opens the queue's database — a file (WAL, so readers never wait for the writer, and several
 * processes can share it) or `:memory:` — and creates its tables when they are missing.
 */
export function openQueueDatabase(path: string): DatabaseSync {
  const db = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
  if (path !== ':memory:') {
    db.exec('PRAGMA journal_mode = WAL');
    // NORMAL in WAL mode loses no committed transaction on a process crash, only on power loss.
    db.exec('PRAGMA synchronous = NORMAL');
  }
  // Merges two JSON arrays of callbacks (each once, in arrival order) inside the upsert.
  db.function('queue_merge_callbacks', { deterministic: true }, (stored, added) =>
    JSON.stringify(mergeCallbacks(parseCallbacks(stored), parseCallbacks(added))),
  );
  immediateTransaction(db, () => db.exec(SCHEMA));
  return db;
}

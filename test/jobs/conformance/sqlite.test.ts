import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteQueue } from '../../../src/jobs/sqlite/sqlite-queue.js';
import { describeQueueConformance } from './suite.js';

// A file per test (not :memory:) so a queue reopened after close() finds the jobs it left.
describeQueueConformance('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kam-queue-'));
  const path = join(dir, 'queue.db');
  return {
    open: (policy) => new SqliteQueue({ path, policy, pollMs: 50 }),
    teardown: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Store } from '../../../src/store/port.js';
import { SqliteStore } from '../../../src/store/sqlite/index.js';
import { describeStoreConformance } from './suite.js';

// A file per test (not :memory:) so a second store can open the same database and the raw rows
// can be read past the port; it also runs the stores in WAL mode as the service does.
describeStoreConformance('SQLite', async ({ secretBox, clock }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kam-store-'));
  const path = join(dir, 'store.db');
  const store = new SqliteStore({ path, secretBox, clock });
  const others: Store[] = [];
  return {
    store,
    async rawCredentialTexts() {
      const db = new DatabaseSync(path, { readOnly: true });
      try {
        return db
          .prepare('SELECT credentials FROM tenants ORDER BY id')
          .all()
          .map((r) => String(r['credentials']));
      } finally {
        db.close();
      }
    },
    async reopen(box) {
      const other = new SqliteStore({ path, secretBox: box, clock });
      others.push(other);
      return other;
    },
    async teardown() {
      for (const s of [store, ...others]) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

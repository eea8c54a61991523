import type { DatabaseSync, StatementSync } from 'node:sqlite';

const caches = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/** A prepared statement, prepared once per database and SQL text. */
export function stmt(db: DatabaseSync, sql: string): StatementSync {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) {
    if (cache.size > 2000) cache.clear();
    cache.set(sql, (s = db.prepare(sql)));
  }
  return s;
}

/** Opening a database: migrations recorded once, concurrent opens, newer schemas refused. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { SecretBox } from '../../src/store/secret-box.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { rejectionOf } from './conformance/harness.js';

const PG_URL = process.env['KAM_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const secretBox = new SecretBox(randomBytes(32));
const dir = mkdtempSync(join(tmpdir(), 'kam-store-schema-'));
const admin = new pg.Pool({ connectionString: PG_URL, max: 2 });
const schemas: string[] = [];

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(s)} CASCADE`);
  await admin.end();
});

describe('SQLite schema', () => {
  it('records each migration once, in WAL mode, and refuses a database newer than the code', async () => {
    const path = join(dir, 'kam.db');
    await new SqliteStore({ path, secretBox }).close();
    await new SqliteStore({ path, secretBox }).close();
    const db = new DatabaseSync(path);
    try {
      expect(
        db
          .prepare('SELECT version FROM schema_version')
          .all()
          .map((r) => r['version']),
      ).toEqual([1]);
      expect(db.prepare('PRAGMA journal_mode').get()?.['journal_mode']).toBe('wal');
      db.prepare("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01')").run();
    } finally {
      db.close();
    }
    expect(() => new SqliteStore({ path, secretBox })).toThrow(
      'the store database has schema version 99; this release knows up to 1',
    );
  });
});

describe('PostgreSQL schema', () => {
  const newSchema = () => {
    const s = `kam_test_${randomBytes(6).toString('hex')}`;
    schemas.push(s);
    return s;
  };

  it('lets several processes open a new schema at once and records each migration once', async () => {
    const schema = newSchema();
    const stores = await Promise.all(
      Array.from({ length: 4 }, () =>
        PostgresStore.open({ connectionString: PG_URL, schema, secretBox, poolSize: 1 }),
      ),
    );
    await Promise.all(stores.map((s) => s.close()));
    const { rows } = await admin.query<{ version: number }>(
      `SELECT version FROM ${pg.escapeIdentifier(schema)}.schema_version`,
    );
    expect(rows.map((r) => r.version)).toEqual([1]);
  }, 30_000);

  it('refuses a database newer than the code, and an invalid schema name', async () => {
    const schema = newSchema();
    await (await PostgresStore.open({ connectionString: PG_URL, schema, secretBox })).close();
    await admin.query(`INSERT INTO ${pg.escapeIdentifier(schema)}.schema_version (version) VALUES (99)`);
    await expect(PostgresStore.open({ connectionString: PG_URL, schema, secretBox })).rejects.toThrow(
      'cannot open the PostgreSQL store: the store database has schema version 99; this release knows up to 1',
    );
    await expect(
      PostgresStore.open({ connectionString: PG_URL, schema: 'kam"; DROP TABLE x; --', secretBox }),
    ).rejects.toMatchObject({ code: 'STORE_BAD_INPUT' });
  });

  it('says it cannot open when the server is unreachable, without the password', async () => {
    const url = 'postgres://kam:s3cret-pw@127.0.0.1:1/kam';
    const error = await rejectionOf(PostgresStore.open({ connectionString: url, secretBox }));
    expect(error.message).toMatch(/^cannot open the PostgreSQL store: /);
    expect(error.message).not.toContain('s3cret-pw');
  });
});

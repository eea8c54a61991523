import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, parseStoreUrl } from '../../src/store/open-store.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { SecretBox } from '../../src/store/secret-box.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

const PG_URL = process.env['KAM_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const box = new SecretBox(randomBytes(32));
const dir = mkdtempSync(join(tmpdir(), 'kam-open-store-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseStoreUrl', () => {
  it.each([
    ['sqlite:data/kam.db', { kind: 'sqlite', path: 'data/kam.db' }],
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
    ['sqlite:///var/lib/kam/kam.db', { kind: 'sqlite', path: '/var/lib/kam/kam.db' }],
    ['sqlite://data/kam.db', { kind: 'sqlite', path: 'data/kam.db' }],
    ['/var/lib/kam/kam.db', { kind: 'sqlite', path: '/var/lib/kam/kam.db' }],
    ['kam.db', { kind: 'sqlite', path: 'kam.db' }],
    ['C:\\kam\\kam.db', { kind: 'sqlite', path: 'C:\\kam\\kam.db' }],
    [
      'postgres://kam:pw@db:5432/kam',
      { kind: 'postgres', connectionString: 'postgres://kam:pw@db:5432/kam' },
    ],
    ['postgresql://db/kam', { kind: 'postgres', connectionString: 'postgresql://db/kam' }],
    [
      'postgres://db/kam?schema=kam_eu',
      { kind: 'postgres', connectionString: 'postgres://db/kam', schema: 'kam_eu' },
    ],
    [
      'postgres://db/kam?sslmode=require&schema=kam_eu',
      { kind: 'postgres', connectionString: 'postgres://db/kam?sslmode=require', schema: 'kam_eu' },
    ],
  ])('%s', (url, location) => {
    expect(parseStoreUrl(url)).toEqual(location);
  });

  it('refuses other schemes naming the scheme only (a URL may carry a password)', () => {
    expect(() => parseStoreUrl('mysql://kam:s3cret@db/kam')).toThrow(
      'store URL scheme "mysql:" is not supported: use sqlite:<path>, sqlite::memory: or postgres://…',
    );
    expect(() => parseStoreUrl('mysql://kam:s3cret@db/kam')).not.toThrow(/s3cret/);
    expect(() => parseStoreUrl('  ')).toThrow(/^store URL is empty/);
    expect(() => parseStoreUrl('sqlite:')).toThrow(/names no file/);
  });
});

describe('openStore', () => {
  it('opens SQLite in memory', async () => {
    const store = await openStore('sqlite::memory:', box);
    try {
      expect(store).toBeInstanceOf(SqliteStore);
      expect(await store.tenants()).toEqual([]);
      expect(await store.claimKeys(['evt:1'], 1_000, 0)).toEqual(['evt:1']);
    } finally {
      await store.close();
    }
  });

  it('opens a SQLite file, creating its directory, and keeps the data across opens', async () => {
    const url = `sqlite:${join(dir, 'nested', 'deeper', 'kam.db')}`;
    const first = await openStore(url, box);
    const tenant = await first.saveTenant({
      crm: 'hubspot',
      externalId: '4711',
      name: 'Brenner Hydraulik',
      lang: 'de',
      apiBaseUrl: 'http://127.0.0.1:4010',
      credentials: { kind: 'hubspot-private-app', accessToken: 'pat-eu1-token' },
    });
    await first.close();
    await first.close();
    const second = await openStore(url, box);
    try {
      expect(await second.tenant(tenant.id)).toEqual(tenant);
    } finally {
      await second.close();
    }
  });

  it('opens PostgreSQL in the given schema', async () => {
    const schema = `kam_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      const store = await openStore(PG_URL, box, { schema, poolSize: 2 });
      expect(store).toBeInstanceOf(PostgresStore);
      await store.close();
      await store.close();
      const { rows } = await admin.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(rows.map((r) => r.table_name)).toEqual([
        'checkpoints',
        'schema_version',
        'score_history',
        'scoring_models',
        'store_keys',
        'tenants',
      ]);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
      await admin.end();
    }
  });
});

import { afterAll } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../../../src/store/port.js';
import { PostgresStore } from '../../../src/store/postgres/index.js';
import { describeStoreConformance } from './suite.js';

const URL = process.env['KAM_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

// Every test gets its own schema kam_test_<random>; test files run in parallel on one database.
const admin = new pg.Pool({ connectionString: URL, max: 2 });
const schemas = new Set<string>();
const drop = async (schema: string) => {
  await admin.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  schemas.delete(schema);
};

afterAll(async () => {
  for (const schema of [...schemas]) await drop(schema);
  await admin.end();
});

describeStoreConformance('PostgreSQL', async ({ secretBox, clock }) => {
  const schema = `kam_test_${randomBytes(6).toString('hex')}`;
  schemas.add(schema);
  const open = (box = secretBox) =>
    PostgresStore.open({ connectionString: URL, schema, secretBox: box, clock, poolSize: 10 });
  const store = await open();
  const others: Store[] = [];
  return {
    store,
    async rawCredentialTexts() {
      const { rows } = await admin.query<{ credentials: string }>(
        `SELECT credentials FROM ${pg.escapeIdentifier(schema)}.tenants ORDER BY id`,
      );
      return rows.map((r) => r.credentials);
    },
    async reopen(box) {
      const other = await open(box);
      others.push(other);
      return other;
    },
    async teardown() {
      for (const s of [store, ...others]) await s.close();
      await drop(schema);
    },
  };
});

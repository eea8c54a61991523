/**
 * The PostgreSQL schema, as numbered migrations recorded in `schema_version`. Opening runs them under
 * an advisory lock, so processes starting together (web and worker) do not race to create tables.
 */
import type { Pool } from 'pg';
import { inTransaction } from './transaction.js';

/** Schema-qualified, quoted table names. */
export interface Tables {
  readonly schema: string;
  readonly version: string;
  readonly tenants: string;
  readonly models: string;
  readonly history: string;
  readonly keys: string;
  readonly checkpoints: string;
}

export function tablesIn(quotedSchema: string): Tables {
  const q = (name: string) => `${quotedSchema}.${name}`;
  return {
    schema: quotedSchema,
    version: q('schema_version'),
    tenants: q('tenants'),
    models: q('scoring_models'),
    history: q('score_history'),
    keys: q('store_keys'),
    checkpoints: q('checkpoints'),
  };
}

interface Migration {
  readonly version: number;
  readonly sql: (t: Tables) => string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: (t) => `
      CREATE TABLE IF NOT EXISTS ${t.tenants} (
        id text PRIMARY KEY,
        crm text NOT NULL,
        external_id text NOT NULL,
        name text NOT NULL,
        lang text NOT NULL,
        api_base_url text NOT NULL,
        credentials text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (crm, external_id)
      );
      CREATE TABLE IF NOT EXISTS ${t.models} (
        tenant_id text PRIMARY KEY REFERENCES ${t.tenants} (id) ON DELETE CASCADE,
        model jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE TABLE IF NOT EXISTS ${t.history} (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tenant_id text NOT NULL REFERENCES ${t.tenants} (id) ON DELETE CASCADE,
        account_id text NOT NULL,
        score double precision NOT NULL,
        tier text NOT NULL,
        quadrant text NOT NULL,
        attractiveness double precision NOT NULL,
        position double precision NOT NULL,
        input_hash text NOT NULL,
        model_version text NOT NULL,
        scored_at timestamptz NOT NULL
      );
      CREATE INDEX IF NOT EXISTS score_history_newest
        ON ${t.history} (tenant_id, account_id, scored_at DESC, id DESC);
      CREATE TABLE IF NOT EXISTS ${t.keys} (
        key text PRIMARY KEY,
        expires_at bigint NOT NULL
      );
      CREATE INDEX IF NOT EXISTS store_keys_expiry ON ${t.keys} (expires_at);
      CREATE TABLE IF NOT EXISTS ${t.checkpoints} (
        tenant_id text NOT NULL REFERENCES ${t.tenants} (id) ON DELETE CASCADE,
        name text NOT NULL,
        value text NOT NULL,
        PRIMARY KEY (tenant_id, name)
      );
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Creates the schema and tables of a new database and runs the migrations an older one lacks. */
export async function migrate(pool: Pool, tables: Tables): Promise<void> {
  await inTransaction(pool, async (client) => {
    // One lock per schema: concurrent opens wait for the first to finish, then find nothing to do.
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `kam-store:${tables.schema}`,
    ]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${tables.schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${tables.version} (
      version integer PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>(
      `SELECT coalesce(max(version), 0)::integer AS version FROM ${tables.version}`,
    );
    const current = rows[0]?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `the store database has schema version ${current}; this release knows up to ${SCHEMA_VERSION}`,
      );
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.sql(tables));
      await client.query(`INSERT INTO ${tables.version} (version) VALUES ($1)`, [m.version]);
    }
  });
}

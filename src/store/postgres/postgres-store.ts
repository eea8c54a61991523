/**
 * The `Store` on PostgreSQL (`pg` pool), for several service processes sharing one database. Every
 * query is parameterised; identifiers (the schema) are validated and quoted once at open.
 */
import pg from 'pg';
import type { Pool } from 'pg';
import type { ScoringModel } from '../../core/scoring/index.js';
import { ScoringModel as ScoringModelSchema } from '../../core/scoring/index.js';
import type { CrmKind } from '../../crm/port.js';
import { StoreError, unknownTenant } from '../errors.js';
import type { Credentials, ScoreHistoryEntry, Store, Tenant, TenantInput } from '../port.js';
import { scoreFromRow, scoringModelFromStored, sealCredentials, tenantFromRow } from '../rows.js';
import { prepareScores } from '../score-history.js';
import type { StoreOptions } from '../store-options.js';
import { isoNow } from '../store-options.js';
import {
  CredentialsSchema,
  parseInput,
  prepareClaim,
  requireCount,
  TenantInputSchema,
  tenantIdOf,
} from '../validation.js';
import { appendScores } from './append-scores.js';
import type { Tables } from './schema.js';
import { migrate, tablesIn } from './schema.js';
import { inTransaction } from './transaction.js';

export interface PostgresStoreOptions extends StoreOptions {
  /** `postgres://user:password@host:port/database` */
  readonly connectionString: string;
  /** Schema holding the tables (created if missing); default `public`. */
  readonly schema?: string;
  /** Connections in the pool; default 10. */
  readonly poolSize?: number;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const FOREIGN_KEY_VIOLATION = '23503';

const TENANT_COLUMNS = 'id, crm, external_id, name, lang, api_base_url, credentials, created_at, updated_at';
const SCORE_COLUMNS =
  'account_id, score, tier, quadrant, attractiveness, position, input_hash, model_version, scored_at';

const isForeignKeyViolation = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === FOREIGN_KEY_VIOLATION;

export class PostgresStore implements Store {
  readonly #pool: Pool;
  readonly #t: Tables;
  readonly #options: PostgresStoreOptions;

  private constructor(pool: Pool, tables: Tables, options: PostgresStoreOptions) {
    this.#pool = pool;
    this.#t = tables;
    this.#options = options;
  }

  /** Connects, creates the schema and tables if missing, and runs pending migrations. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const schema = options.schema ?? 'public';
    if (!SCHEMA_NAME.test(schema)) {
      throw new StoreError('STORE_BAD_INPUT', 'invalid PostgreSQL schema name: letters, digits and _ only');
    }
    const poolSize = options.poolSize ?? 10;
    requireCount(poolSize, 'poolSize', 1);
    const pool = new pg.Pool({ connectionString: options.connectionString, max: poolSize });
    // An idle connection that breaks is dropped by the pool; the next query opens a new one.
    pool.on('error', () => undefined);
    const tables = tablesIn(pg.escapeIdentifier(schema));
    try {
      await migrate(pool, tables);
    } catch (e) {
      await pool.end();
      const reason = e instanceof Error ? e.message : String(e);
      throw new Error(`cannot open the PostgreSQL store: ${reason}`, { cause: e });
    }
    return new PostgresStore(pool, tables, options);
  }

  async #query<R extends object>(
    text: string,
    values: unknown[] = [],
  ): Promise<{ rows: R[]; count: number }> {
    const result = await this.#pool.query<R & pg.QueryResultRow>(text, values);
    return { rows: result.rows, count: result.rowCount ?? 0 };
  }

  async saveTenant(input: TenantInput): Promise<Tenant> {
    const t = parseInput(TenantInputSchema, input, 'tenant');
    const id = tenantIdOf(t.crm, t.externalId);
    const now = isoNow(this.#options.clock);
    const { rows } = await this.#query(
      `INSERT INTO ${this.#t.tenants} (${TENANT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, lang = EXCLUDED.lang,
         api_base_url = EXCLUDED.api_base_url, credentials = EXCLUDED.credentials,
         updated_at = EXCLUDED.updated_at
       RETURNING ${TENANT_COLUMNS}`,
      [
        id,
        t.crm,
        t.externalId,
        t.name,
        t.lang,
        t.apiBaseUrl,
        sealCredentials(this.#options.secretBox, id, t.credentials),
        now,
      ],
    );
    return tenantFromRow(rows[0], this.#options.secretBox);
  }

  async tenant(id: string): Promise<Tenant | undefined> {
    const { rows } = await this.#query(`SELECT ${TENANT_COLUMNS} FROM ${this.#t.tenants} WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? tenantFromRow(rows[0], this.#options.secretBox) : undefined;
  }

  async tenantByExternalId(crm: CrmKind, externalId: string): Promise<Tenant | undefined> {
    return this.tenant(tenantIdOf(crm, externalId));
  }

  async tenants(): Promise<readonly Tenant[]> {
    // COLLATE "C": ordered by code point, as SQLite orders them, whatever the database's locale.
    const { rows } = await this.#query(
      `SELECT ${TENANT_COLUMNS} FROM ${this.#t.tenants} ORDER BY id COLLATE "C"`,
    );
    return rows.map((row) => tenantFromRow(row, this.#options.secretBox));
  }

  async saveCredentials(tenantId: string, credentials: Credentials): Promise<void> {
    const c = parseInput(CredentialsSchema, credentials, 'credentials');
    const { count } = await this.#query(
      `UPDATE ${this.#t.tenants} SET credentials = $1, updated_at = $2 WHERE id = $3`,
      [sealCredentials(this.#options.secretBox, tenantId, c), isoNow(this.#options.clock), tenantId],
    );
    if (count === 0) throw unknownTenant(tenantId);
  }

  async deleteTenant(tenantId: string): Promise<void> {
    // The tenant's rows in the other tables go with it (ON DELETE CASCADE).
    await this.#query(`DELETE FROM ${this.#t.tenants} WHERE id = $1`, [tenantId]);
  }

  async scoringModel(tenantId: string): Promise<ScoringModel | undefined> {
    const { rows } = await this.#query<{ model: unknown }>(
      `SELECT model FROM ${this.#t.models} WHERE tenant_id = $1`,
      [tenantId],
    );
    return rows[0] ? scoringModelFromStored(tenantId, rows[0].model) : undefined;
  }

  async clearScoringModel(tenantId: string): Promise<void> {
    await this.#query(`DELETE FROM ${this.#t.models} WHERE tenant_id = $1`, [tenantId]);
  }

  async saveScoringModel(tenantId: string, model: ScoringModel): Promise<void> {
    const m = parseInput(ScoringModelSchema, model, 'scoring model');
    await this.#withTenant(tenantId, () =>
      this.#query(
        `INSERT INTO ${this.#t.models} (tenant_id, model, updated_at) VALUES ($1, $2::jsonb, $3)
         ON CONFLICT (tenant_id) DO UPDATE SET model = EXCLUDED.model, updated_at = EXCLUDED.updated_at`,
        [tenantId, JSON.stringify(m), isoNow(this.#options.clock)],
      ),
    );
  }

  async appendScores(tenantId: string, entries: readonly ScoreHistoryEntry[]): Promise<void> {
    const prepared = prepareScores(entries);
    if (prepared.length === 0) return;
    await this.#withTenant(tenantId, () =>
      inTransaction(this.#pool, (client) => appendScores(client, this.#t.history, tenantId, prepared)),
    );
  }

  async scoreHistory(
    tenantId: string,
    accountId: string,
    limit: number,
  ): Promise<readonly ScoreHistoryEntry[]> {
    requireCount(limit, 'history limit', 0);
    const { rows } = await this.#query(
      `SELECT ${SCORE_COLUMNS} FROM ${this.#t.history} WHERE tenant_id = $1 AND account_id = $2
       ORDER BY scored_at DESC, id DESC LIMIT $3`,
      [tenantId, accountId, limit],
    );
    return rows.map(scoreFromRow);
  }

  async claimKeys(keys: readonly string[], ttlMs: number, now: number): Promise<readonly string[]> {
    const claim = prepareClaim(keys, ttlMs, now);
    if (claim.sorted.length === 0) return [];
    // One statement: a key is inserted (new) or taken over (its claim expired) by exactly one caller;
    // a concurrent caller waits for that row, then finds it unexpired and gets nothing back for it.
    // Rows go in sorted order so callers claiming overlapping sets lock them in the same order.
    const { rows } = await this.#query<{ key: string }>(
      `INSERT INTO ${this.#t.keys} AS k (key, expires_at)
       SELECT u.key, $2::bigint FROM unnest($1::text[]) WITH ORDINALITY AS u(key, n) ORDER BY u.n
       ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE k.expires_at <= $3::bigint
       RETURNING key`,
      [claim.sorted, claim.expiresAt, now],
    );
    const won = new Set(rows.map((r) => r.key));
    return claim.ordered.filter((k) => won.has(k));
  }

  async releaseKeys(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.#query(`DELETE FROM ${this.#t.keys} WHERE key = ANY($1::text[])`, [[...new Set(keys)]]);
  }

  async purgeExpiredKeys(now: number): Promise<number> {
    requireCount(now, 'purge time (now)', 0);
    const { count } = await this.#query(`DELETE FROM ${this.#t.keys} WHERE expires_at <= $1::bigint`, [now]);
    return count;
  }

  async checkpoint(tenantId: string, name: string): Promise<string | undefined> {
    const { rows } = await this.#query<{ value: string }>(
      `SELECT value FROM ${this.#t.checkpoints} WHERE tenant_id = $1 AND name = $2`,
      [tenantId, name],
    );
    return rows[0]?.value;
  }

  async saveCheckpoint(tenantId: string, name: string, value: string): Promise<void> {
    await this.#withTenant(tenantId, () =>
      this.#query(
        `INSERT INTO ${this.#t.checkpoints} (tenant_id, name, value) VALUES ($1, $2, $3)
         ON CONFLICT (tenant_id, name) DO UPDATE SET value = EXCLUDED.value`,
        [tenantId, name, value],
      ),
    );
  }

  async close(): Promise<void> {
    if (!this.#pool.ending) await this.#pool.end();
  }

  /** Runs a write that references the tenant; the foreign key's refusal becomes "unknown tenant". */
  async #withTenant(tenantId: string, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (e) {
      if (isForeignKeyViolation(e)) throw unknownTenant(tenantId);
      throw e;
    }
  }
}

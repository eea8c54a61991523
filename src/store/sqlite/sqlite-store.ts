/**
 * The embedded `Store`: one SQLite file (or memory) through `node:sqlite`. Calls are synchronous
 * underneath, so within a process each method runs whole; transactions (BEGIN IMMEDIATE) keep other
 * processes on the same file from interleaving.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SQLInputValue, StatementSync } from 'node:sqlite';
import { DatabaseSync } from 'node:sqlite';
import type { ScoringModel } from '../../core/scoring/index.js';
import { ScoringModel as ScoringModelSchema } from '../../core/scoring/index.js';
import type { CrmKind } from '../../crm/port.js';
import { unknownTenant } from '../errors.js';
import type { Credentials, ScoreHistoryEntry, Store, Tenant, TenantInput } from '../port.js';
import { scoreFromRow, scoringModelFromStored, sealCredentials, tenantFromRow } from '../rows.js';
import type { NewestScore } from '../score-history.js';
import { prepareScores, scoresToAppend } from '../score-history.js';
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
import { migrate } from './schema.js';
import { inTransaction } from './transaction.js';

export interface SqliteStoreOptions extends StoreOptions {
  /** A file path (created with its directory if missing) or `:memory:`. */
  readonly path: string;
}

const TENANT_COLUMNS = 'id, crm, external_id, name, lang, api_base_url, credentials, created_at, updated_at';
const SCORE_COLUMNS =
  'account_id, score, tier, quadrant, attractiveness, position, input_hash, model_version, scored_at';

export class SqliteStore implements Store {
  readonly #db: DatabaseSync;
  readonly #options: SqliteStoreOptions;
  readonly #statements = new Map<string, StatementSync>();

  constructor(options: SqliteStoreOptions) {
    this.#options = options;
    const memory = options.path === ':memory:';
    if (!memory) mkdirSync(dirname(options.path), { recursive: true });
    this.#db = new DatabaseSync(options.path);
    try {
      // Another process may hold the write lock: wait for it rather than fail.
      this.#db.exec('PRAGMA busy_timeout = 5000');
      if (!memory) {
        // WAL: readers never wait for the writer (the web and worker processes share the file).
        this.#db.exec('PRAGMA journal_mode = WAL');
        this.#db.exec('PRAGMA synchronous = NORMAL');
      }
      this.#db.exec('PRAGMA foreign_keys = ON');
      migrate(this.#db);
    } catch (e) {
      this.#db.close();
      throw e;
    }
  }

  /** Same as the constructor; async for symmetry with `PostgresStore.open`. */
  static async open(options: SqliteStoreOptions): Promise<SqliteStore> {
    return new SqliteStore(options);
  }

  #sql(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #run(sql: string, ...params: SQLInputValue[]): number {
    return Number(this.#sql(sql).run(...params).changes);
  }

  #requireTenant(tenantId: string): void {
    if (!this.#sql('SELECT 1 FROM tenants WHERE id = ?').get(tenantId)) throw unknownTenant(tenantId);
  }

  async saveTenant(input: TenantInput): Promise<Tenant> {
    const t = parseInput(TenantInputSchema, input, 'tenant');
    const id = tenantIdOf(t.crm, t.externalId);
    const now = isoNow(this.#options.clock);
    const row = this.#sql(
      `INSERT INTO tenants (${TENANT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, lang = excluded.lang,
         api_base_url = excluded.api_base_url, credentials = excluded.credentials,
         updated_at = excluded.updated_at
       RETURNING ${TENANT_COLUMNS}`,
    ).get(
      id,
      t.crm,
      t.externalId,
      t.name,
      t.lang,
      t.apiBaseUrl,
      sealCredentials(this.#options.secretBox, id, t.credentials),
      now,
      now,
    );
    return tenantFromRow(row, this.#options.secretBox);
  }

  async tenant(id: string): Promise<Tenant | undefined> {
    const row = this.#sql(`SELECT ${TENANT_COLUMNS} FROM tenants WHERE id = ?`).get(id);
    return row ? tenantFromRow(row, this.#options.secretBox) : undefined;
  }

  async tenantByExternalId(crm: CrmKind, externalId: string): Promise<Tenant | undefined> {
    return this.tenant(tenantIdOf(crm, externalId));
  }

  async tenants(): Promise<readonly Tenant[]> {
    const rows = this.#sql(`SELECT ${TENANT_COLUMNS} FROM tenants ORDER BY id`).all();
    return rows.map((row) => tenantFromRow(row, this.#options.secretBox));
  }

  async saveCredentials(tenantId: string, credentials: Credentials): Promise<void> {
    const c = parseInput(CredentialsSchema, credentials, 'credentials');
    const changed = this.#run(
      'UPDATE tenants SET credentials = ?, updated_at = ? WHERE id = ?',
      sealCredentials(this.#options.secretBox, tenantId, c),
      isoNow(this.#options.clock),
      tenantId,
    );
    if (changed === 0) throw unknownTenant(tenantId);
  }

  async deleteTenant(tenantId: string): Promise<void> {
    // Explicit deletes besides ON DELETE CASCADE: SQLite cascades only on connections with foreign_keys on.
    inTransaction(this.#db, () => {
      for (const table of ['score_history', 'scoring_models', 'checkpoints'])
        this.#run(`DELETE FROM ${table} WHERE tenant_id = ?`, tenantId);
      this.#run('DELETE FROM tenants WHERE id = ?', tenantId);
    });
  }

  async scoringModel(tenantId: string): Promise<ScoringModel | undefined> {
    const row = this.#sql('SELECT model FROM scoring_models WHERE tenant_id = ?').get(tenantId);
    return row ? scoringModelFromStored(tenantId, row['model']) : undefined;
  }

  async clearScoringModel(tenantId: string): Promise<void> {
    this.#run('DELETE FROM scoring_models WHERE tenant_id = ?', tenantId);
  }

  async saveScoringModel(tenantId: string, model: ScoringModel): Promise<void> {
    const m = parseInput(ScoringModelSchema, model, 'scoring model');
    inTransaction(this.#db, () => {
      this.#requireTenant(tenantId);
      this.#run(
        `INSERT INTO scoring_models (tenant_id, model, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (tenant_id) DO UPDATE SET model = excluded.model, updated_at = excluded.updated_at`,
        tenantId,
        JSON.stringify(m),
        isoNow(this.#options.clock),
      );
    });
  }

  async appendScores(tenantId: string, entries: readonly ScoreHistoryEntry[]): Promise<void> {
    const prepared = prepareScores(entries);
    if (prepared.length === 0) return;
    inTransaction(this.#db, () => {
      this.#requireTenant(tenantId);
      const newest = new Map<string, NewestScore>();
      for (const accountId of new Set(prepared.map((p) => p.entry.accountId))) {
        const row = this.#sql(
          `SELECT input_hash, model_version, scored_at FROM score_history
           WHERE tenant_id = ? AND account_id = ? ORDER BY scored_at DESC, id DESC LIMIT 1`,
        ).get(tenantId, accountId);
        if (row) {
          newest.set(accountId, {
            inputHash: String(row['input_hash']),
            modelVersion: String(row['model_version']),
            scoredAtMs: Number(row['scored_at']),
          });
        }
      }
      for (const { entry: e, scoredAtMs } of scoresToAppend(newest, prepared)) {
        this.#run(
          `INSERT INTO score_history (tenant_id, ${SCORE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          tenantId,
          e.accountId,
          e.score,
          e.tier,
          e.quadrant,
          e.attractiveness,
          e.position,
          e.inputHash,
          e.modelVersion,
          scoredAtMs,
        );
      }
    });
  }

  async scoreHistory(
    tenantId: string,
    accountId: string,
    limit: number,
  ): Promise<readonly ScoreHistoryEntry[]> {
    requireCount(limit, 'history limit', 0);
    const rows = this.#sql(
      `SELECT ${SCORE_COLUMNS} FROM score_history WHERE tenant_id = ? AND account_id = ?
       ORDER BY scored_at DESC, id DESC LIMIT ?`,
    ).all(tenantId, accountId, limit);
    return rows.map(scoreFromRow);
  }

  async claimKeys(keys: readonly string[], ttlMs: number, now: number): Promise<readonly string[]> {
    const claim = prepareClaim(keys, ttlMs, now);
    const claimed = inTransaction(this.#db, () => {
      const won = new Set<string>();
      for (const key of claim.sorted) {
        // Inserted (new) or updated (the earlier claim expired): either way this call holds it now.
        const row = this.#sql(
          `INSERT INTO store_keys (key, expires_at) VALUES (?, ?)
           ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
           WHERE store_keys.expires_at <= ?
           RETURNING key`,
        ).get(key, claim.expiresAt, now);
        if (row) won.add(key);
      }
      return won;
    });
    return claim.ordered.filter((k) => claimed.has(k));
  }

  async releaseKeys(keys: readonly string[]): Promise<void> {
    inTransaction(this.#db, () => {
      for (const key of new Set(keys)) this.#run('DELETE FROM store_keys WHERE key = ?', key);
    });
  }

  async purgeExpiredKeys(now: number): Promise<number> {
    requireCount(now, 'purge time (now)', 0);
    return this.#run('DELETE FROM store_keys WHERE expires_at <= ?', now);
  }

  async checkpoint(tenantId: string, name: string): Promise<string | undefined> {
    const row = this.#sql('SELECT value FROM checkpoints WHERE tenant_id = ? AND name = ?').get(
      tenantId,
      name,
    );
    return row ? String(row['value']) : undefined;
  }

  async saveCheckpoint(tenantId: string, name: string, value: string): Promise<void> {
    inTransaction(this.#db, () => {
      this.#requireTenant(tenantId);
      this.#run(
        `INSERT INTO checkpoints (tenant_id, name, value) VALUES (?, ?, ?)
         ON CONFLICT (tenant_id, name) DO UPDATE SET value = excluded.value`,
        tenantId,
        name,
        value,
      );
    });
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }
}

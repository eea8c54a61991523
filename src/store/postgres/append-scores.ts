/**
 * Appending to the score history on PostgreSQL, inside the caller's transaction: three statements
 * per batch (lock, read the newest entries, insert) whatever its size.
 */
import type { PoolClient } from 'pg';
import type { NewestScore, PreparedScore } from '../score-history.js';
import { scoresToAppend } from '../score-history.js';

interface NewestRow {
  readonly account_id: string;
  readonly input_hash: string;
  readonly model_version: string;
  readonly scored_at: Date;
}

export async function appendScores(
  client: PoolClient,
  historyTable: string,
  tenantId: string,
  prepared: readonly PreparedScore[],
): Promise<void> {
  const accounts = [...new Set(prepared.map((p) => p.entry.accountId))].sort();
  // Appends to one account take turns (locks taken in sorted order: no deadlock), so two workers
  // appending the same entry at once still add it once.
  await client.query(
    `SELECT pg_advisory_xact_lock(hashtextextended($1::text || chr(31) || a.account_id, 0))
     FROM unnest($2::text[]) WITH ORDINALITY AS a(account_id, n) ORDER BY a.n`,
    [`kam-history:${tenantId}`, accounts],
  );
  const newestRows = await client.query<NewestRow>(
    `SELECT DISTINCT ON (account_id) account_id, input_hash, model_version, scored_at
     FROM ${historyTable} WHERE tenant_id = $1 AND account_id = ANY($2::text[])
     ORDER BY account_id, scored_at DESC, id DESC`,
    [tenantId, accounts],
  );
  const newest = new Map<string, NewestScore>(
    newestRows.rows.map((r) => [
      r.account_id,
      { inputHash: r.input_hash, modelVersion: r.model_version, scoredAtMs: r.scored_at.getTime() },
    ]),
  );
  const rows = scoresToAppend(newest, prepared).map((p) => p.entry);
  if (rows.length === 0) return;
  // One INSERT of parallel arrays; ORDER BY the ordinality keeps the given order for the id tiebreak.
  await client.query(
    `INSERT INTO ${historyTable} (tenant_id, account_id, score, tier, quadrant, attractiveness, position,
       input_hash, model_version, scored_at)
     SELECT $1, u.account_id, u.score, u.tier, u.quadrant, u.attractiveness, u.position,
       u.input_hash, u.model_version, u.scored_at
     FROM unnest($2::text[], $3::float8[], $4::text[], $5::text[], $6::float8[], $7::float8[],
       $8::text[], $9::text[], $10::timestamptz[]) WITH ORDINALITY
       AS u(account_id, score, tier, quadrant, attractiveness, position, input_hash, model_version,
         scored_at, n)
     ORDER BY u.n`,
    [
      tenantId,
      rows.map((e) => e.accountId),
      rows.map((e) => e.score),
      rows.map((e) => e.tier),
      rows.map((e) => e.quadrant),
      rows.map((e) => e.attractiveness),
      rows.map((e) => e.position),
      rows.map((e) => e.inputHash),
      rows.map((e) => e.modelVersion),
      rows.map((e) => e.scoredAt),
    ],
  );
}

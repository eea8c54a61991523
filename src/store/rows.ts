/**
 * Rows as both adapters read them (snake_case columns), validated and turned into the port's types.
 * Credentials are sealed with the tenant id as context, so a sealed value only opens in its own row.
 */
import { z } from 'zod';
import { LANGS } from '../core/i18n/index.js';
import { QuadrantId, ScoringModel, TIERS } from '../core/scoring/index.js';
import { StoreError } from './errors.js';
import type { Credentials, ScoreHistoryEntry, Tenant } from './port.js';
import type { SecretBox } from './secret-box.js';
import { SecretBoxError } from './secret-box.js';
import { CredentialsSchema, CrmKindSchema, describeIssues, parseStored } from './validation.js';

/** An instant as a database returns it (ISO text, Date or epoch ms), as a canonical ISO string. */
const Instant = z.union([z.string(), z.date(), z.number(), z.bigint()]).transform((v, ctx) => {
  const d = v instanceof Date ? v : new Date(typeof v === 'bigint' ? Number(v) : v);
  if (Number.isNaN(d.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'not an instant' });
    return z.NEVER;
  }
  return d.toISOString();
});

/** A number column; PostgreSQL's numeric types may come back as text. */
const NumberColumn = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i)])
  .transform(Number);

const TenantRow = z.object({
  id: z.string(),
  crm: CrmKindSchema,
  external_id: z.string(),
  name: z.string(),
  lang: z.enum(LANGS),
  api_base_url: z.string(),
  credentials: z.string(),
  created_at: Instant,
  updated_at: Instant,
});

const ScoreRow = z.object({
  account_id: z.string(),
  score: NumberColumn,
  tier: z.enum(TIERS),
  quadrant: QuadrantId,
  attractiveness: NumberColumn,
  position: NumberColumn,
  input_hash: z.string(),
  model_version: z.string(),
  scored_at: Instant,
});

/** Credentials as stored: JSON sealed by the box, bound to the tenant id. */
export function sealCredentials(box: SecretBox, tenantId: string, credentials: Credentials): string {
  return box.seal(JSON.stringify(credentials), tenantId);
}

export function openCredentials(box: SecretBox, tenantId: string, sealed: string): Credentials {
  let json: string;
  try {
    json = box.open(sealed, tenantId);
  } catch (e) {
    if (e instanceof SecretBoxError) throw new SecretBoxError(e.reason, tenantId);
    throw e;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new StoreError('STORE_BAD_DATA', `stored credentials of tenant ${tenantId} are not JSON`);
  }
  const parsed = CredentialsSchema.safeParse(value);
  if (!parsed.success) {
    throw new StoreError(
      'STORE_BAD_DATA',
      `stored credentials of tenant ${tenantId} are not valid: ${describeIssues(parsed.error)}`,
    );
  }
  return parsed.data;
}

export function tenantFromRow(row: unknown, box: SecretBox): Tenant {
  const r = parseStored(TenantRow, row, 'tenant row');
  return {
    id: r.id,
    crm: r.crm,
    externalId: r.external_id,
    name: r.name,
    lang: r.lang,
    apiBaseUrl: r.api_base_url,
    credentials: openCredentials(box, r.id, r.credentials),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function scoreFromRow(row: unknown): ScoreHistoryEntry {
  const r = parseStored(ScoreRow, row, 'score history row');
  return {
    accountId: r.account_id,
    score: r.score,
    tier: r.tier,
    quadrant: r.quadrant,
    attractiveness: r.attractiveness,
    position: r.position,
    inputHash: r.input_hash,
    modelVersion: r.model_version,
    scoredAt: r.scored_at,
  };
}

/** A stored scoring model (JSON text, or an already parsed JSON column), validated by the core's schema. */
export function scoringModelFromStored(tenantId: string, stored: unknown): ScoringModel {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      throw new StoreError('STORE_BAD_DATA', `stored scoring model of tenant ${tenantId} is not JSON`);
    }
  }
  return parseStored(ScoringModel, value, `scoring model of tenant ${tenantId}`);
}

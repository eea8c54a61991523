/**
 * zod schemas of what callers hand to the store. Both adapters validate with them before writing,
 * so a bad value fails the same way whichever database is behind the port.
 */
import { z } from 'zod';
import { LANGS } from '../core/i18n/index.js';
import { QuadrantId, TIERS } from '../core/scoring/index.js';
import type { CrmKind } from '../crm/port.js';
import { StoreError } from './errors.js';
import type { Credentials, ScoreHistoryEntry, TenantInput } from './port.js';

export const CRM_KINDS = ['hubspot', 'salesforce'] as const satisfies readonly CrmKind[];
export const CrmKindSchema = z.enum(CRM_KINDS);

const Text = z.string().min(1);
const Millis = z.number().int().nonnegative();

export const CredentialsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hubspot-private-app'), accessToken: Text }),
  z.object({
    kind: z.literal('hubspot-oauth'),
    accessToken: Text,
    refreshToken: Text,
    expiresAt: Millis,
  }),
  z.object({
    kind: z.literal('salesforce-jwt'),
    clientId: Text,
    username: Text,
    privateKey: Text,
    loginUrl: z.url(),
    accessToken: Text.optional(),
    expiresAt: Millis.optional(),
  }),
  z.object({ kind: z.literal('salesforce-token'), accessToken: Text }),
]) satisfies z.ZodType<Credentials>;

export const TenantInputSchema = z.object({
  crm: CrmKindSchema,
  // The id is `<crm>:<externalId>`; whitespace would make it ambiguous in logs and URLs.
  externalId: z.string().regex(/^\S+$/, 'must be non-empty without spaces'),
  name: Text,
  lang: z.enum(LANGS),
  apiBaseUrl: z.url(),
  credentials: CredentialsSchema,
}) satisfies z.ZodType<TenantInput>;

export const ScoreHistoryEntrySchema = z.object({
  accountId: Text,
  score: z.number(),
  tier: z.enum(TIERS),
  quadrant: QuadrantId,
  attractiveness: z.number(),
  position: z.number(),
  inputHash: Text,
  modelVersion: Text,
  scoredAt: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<ScoreHistoryEntry>;

/** The id of a tenant: stable for the life of the installation. */
export const tenantIdOf = (crm: CrmKind, externalId: string): string => `${crm}:${externalId}`;

/** `credentials.accessToken` from zod's `['credentials', 'accessToken']`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    '',
  );
}

/** A one-line summary of zod issues: where and what, never the offending value. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${issuePath(i.path)}: ${i.message}` : i.message))
    .join('; ');
}

/** Parses a caller's value, or throws STORE_BAD_INPUT naming `what` and the fields at fault. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new StoreError('STORE_BAD_INPUT', `invalid ${what}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Parses a stored value, or throws STORE_BAD_DATA naming `what` and the fields at fault. */
export function parseStored<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new StoreError('STORE_BAD_DATA', `stored ${what} is not valid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function requireCount(value: number, what: string, min: number): void {
  if (!Number.isSafeInteger(value) || value < min)
    throw new StoreError('STORE_BAD_INPUT', `invalid ${what}: must be an integer ≥ ${min}`);
}

/** A claim as both adapters run it: distinct keys, sorted (one lock order under concurrency), and their expiry. */
export interface PreparedClaim {
  /** Distinct keys in the order first given (the order results are returned in). */
  readonly ordered: readonly string[];
  /** The same keys sorted. */
  readonly sorted: readonly string[];
  readonly expiresAt: number;
}

export function prepareClaim(keys: readonly string[], ttlMs: number, now: number): PreparedClaim {
  requireCount(ttlMs, 'claim ttlMs', 1);
  requireCount(now, 'claim time (now)', 0);
  const ordered = [...new Set(keys)];
  if (ordered.some((k) => typeof k !== 'string' || k === ''))
    throw new StoreError('STORE_BAD_INPUT', 'invalid claim keys: every key must be a non-empty string');
  return { ordered, sorted: [...ordered].sort(), expiresAt: now + ttlMs };
}

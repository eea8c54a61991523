/**
 * The `Store` port: what the service keeps of its own — tenants (installations) with their
 * credentials encrypted at rest, the scoring model per tenant, score history, de-duplication keys
 * with expiry and sync checkpoints. Every adapter passes the conformance suite in
 * `test/store/conformance`. CRM data itself is never stored here: the CRM is the system of record.
 */
import type { Lang } from '../core/i18n/index.js';
import type { QuadrantId, ScoringModel, Tier } from '../core/scoring/index.js';
import type { CrmKind } from '../crm/port.js';

/** How the service signs in to a tenant's CRM. Held encrypted; never logged. */
export type Credentials =
  /** HubSpot private app (or a sandbox token): a static access token. */
  | { readonly kind: 'hubspot-private-app'; readonly accessToken: string }
  /** HubSpot OAuth install: the refresh token gets a new access token before `expiresAt` (ms). */
  | {
      readonly kind: 'hubspot-oauth';
      readonly accessToken: string;
      readonly refreshToken: string;
      readonly expiresAt: number;
    }
  /** Salesforce JWT bearer flow: a connected app's key signs an assertion for the integration user. */
  | {
      readonly kind: 'salesforce-jwt';
      readonly clientId: string;
      readonly username: string;
      /** PEM of the RSA private key */
      readonly privateKey: string;
      /** `https://login.salesforce.com`, `https://test.salesforce.com` or the sandbox's URL */
      readonly loginUrl: string;
      /** The last access token and when it is considered expired (ms), once one was obtained. */
      readonly accessToken?: string;
      readonly expiresAt?: number;
    }
  /** Salesforce session or access token given directly (a sandbox token, a CLI login). */
  | { readonly kind: 'salesforce-token'; readonly accessToken: string };

export interface TenantInput {
  readonly crm: CrmKind;
  /** HubSpot portal id (hub id) or Salesforce 18-character organization id. */
  readonly externalId: string;
  readonly name: string;
  /** Language of texts the service writes into this CRM (score reasons). */
  readonly lang: Lang;
  /** HubSpot API base path or Salesforce instance URL. */
  readonly apiBaseUrl: string;
  readonly credentials: Credentials;
}

/** The tenant as read back. Reading credentials sealed with a key the store lacks throws `SecretBoxError`. */
export interface Tenant extends TenantInput {
  /** `<crm>:<externalId>`, stable for the life of the installation. */
  readonly id: string;
  /** ISO instants */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One score as it was written, for the history shown on the record page and in reports. */
export interface ScoreHistoryEntry {
  readonly accountId: string;
  readonly score: number;
  readonly tier: Tier;
  readonly quadrant: QuadrantId;
  readonly attractiveness: number;
  readonly position: number;
  /** The fingerprint of the inputs: equal hash, equal inputs. */
  readonly inputHash: string;
  readonly modelVersion: string;
  /** ISO instant with offset; read back as canonical UTC (`…T08:00:00.000Z`). */
  readonly scoredAt: string;
}

export interface Store {
  /**
   * Creates the tenant, or updates it (same crm + externalId): name, lang, URL and credentials;
   * `createdAt` stays, `updatedAt` moves. Invalid input rejects with `StoreError` STORE_BAD_INPUT.
   */
  saveTenant(input: TenantInput): Promise<Tenant>;
  tenant(id: string): Promise<Tenant | undefined>;
  tenantByExternalId(crm: CrmKind, externalId: string): Promise<Tenant | undefined>;
  /** Every tenant, ordered by id (code-point order). */
  tenants(): Promise<readonly Tenant[]>;
  /** Replaces the credentials (after a token refresh) without touching the rest; STORE_UNKNOWN_TENANT if none. */
  saveCredentials(tenantId: string, credentials: Credentials): Promise<void>;
  /** Removes the tenant and everything kept for it (uninstall); an unknown id is a no-op. */
  deleteTenant(tenantId: string): Promise<void>;

  /** The tenant's scoring model, or undefined for the default one. */
  scoringModel(tenantId: string): Promise<ScoringModel | undefined>;
  /** Validated with the core's schema before it is stored. */
  saveScoringModel(tenantId: string, model: ScoringModel): Promise<void>;
  /** Forgets the tenant's own model: the default applies again (also after it changes). No-op without one. */
  clearScoringModel(tenantId: string): Promise<void>;

  /**
   * Appends scores to the history. An entry equal to the account's newest one (same input hash and
   * model version) is not appended again, so re-running a job adds nothing; entries of one call
   * see each other. All or nothing; STORE_UNKNOWN_TENANT for an unknown tenant.
   */
  appendScores(tenantId: string, entries: readonly ScoreHistoryEntry[]): Promise<void>;
  /** The account's history, newest first (latest `scoredAt`, as canonical UTC ISO), at most `limit`. */
  scoreHistory(tenantId: string, accountId: string, limit: number): Promise<readonly ScoreHistoryEntry[]>;

  /**
   * Claims each key once: returns the keys not claimed before (or whose claim expired), and claims
   * them until `now + ttlMs` (a claim expires when `now >= its expiry`). Results keep the order
   * asked; a key listed twice counts once. Two concurrent claims of one key: exactly one wins.
   */
  claimKeys(keys: readonly string[], ttlMs: number, now: number): Promise<readonly string[]>;
  /** Forgets a claim (the work it guarded failed before it was durable). */
  releaseKeys(keys: readonly string[]): Promise<void>;
  /** Removes expired claims; returns how many. */
  purgeExpiredKeys(now: number): Promise<number>;

  /** A sync checkpoint of the tenant (e.g. `sweep` → ISO instant), or undefined. */
  checkpoint(tenantId: string, name: string): Promise<string | undefined>;
  /** STORE_UNKNOWN_TENANT for an unknown tenant. */
  saveCheckpoint(tenantId: string, name: string, value: string): Promise<void>;

  close(): Promise<void>;
}

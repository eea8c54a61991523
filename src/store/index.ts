export type { Credentials, ScoreHistoryEntry, Store, Tenant, TenantInput } from './port.js';
export { StoreError } from './errors.js';
export type { StoreErrorCode } from './errors.js';
export {
  encryptionKeyId,
  generateEncryptionKey,
  parseEncryptionKey,
  SecretBox,
  SecretBoxError,
  secretBoxFromEnv,
} from './secret-box.js';
export type { StoreOptions } from './store-options.js';
export { CredentialsSchema, tenantIdOf } from './validation.js';
export { SqliteStore } from './sqlite/index.js';
export type { SqliteStoreOptions } from './sqlite/index.js';
export { PostgresStore } from './postgres/index.js';
export type { PostgresStoreOptions } from './postgres/index.js';
export { openStore, parseStoreUrl } from './open-store.js';
export type { OpenStoreOptions, StoreLocation } from './open-store.js';

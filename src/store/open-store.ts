/**
 * Picks the adapter by URL: `sqlite:<path>`, `sqlite::memory:` or a bare file path → SQLite;
 * `postgres://…` / `postgresql://…` → PostgreSQL (`?schema=<name>` picks the schema holding the tables).
 */
import type { Store } from './port.js';
import { PostgresStore } from './postgres/postgres-store.js';
import type { SecretBox } from './secret-box.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

export interface OpenStoreOptions {
  /** PostgreSQL only: schema holding the tables (default `public`). */
  readonly schema?: string;
  /** PostgreSQL only: connections in the pool (default 10). */
  readonly poolSize?: number;
  /** Epoch ms for tenants' createdAt/updatedAt (default: the system clock). */
  readonly clock?: () => number;
}

export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string };

/** A URL scheme: two or more letters, so a Windows drive (`C:\…`) reads as a path. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]+):/;

/** Where a store URL points. Errors name the scheme only: a URL may carry a password. */
export function parseStoreUrl(url: string): StoreLocation {
  const text = url.trim();
  if (text === '') throw new Error('store URL is empty: use sqlite:<path>, sqlite::memory: or postgres://…');
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'sqlite', path: text };
  if (scheme === 'postgres' || scheme === 'postgresql') return postgresLocation(text);
  if (scheme === 'sqlite') {
    // `sqlite:data/kam.db`, `sqlite:///var/lib/kam.db` (absolute), `sqlite://data/kam.db` (relative)
    const rest = text.slice('sqlite:'.length);
    const path = rest.startsWith('//') ? rest.slice(2) : rest;
    if (path === '') throw new Error('store URL sqlite: names no file: use sqlite:<path> or sqlite::memory:');
    return { kind: 'sqlite', path };
  }
  throw new Error(
    `store URL scheme "${scheme}:" is not supported: use sqlite:<path>, sqlite::memory: or postgres://…`,
  );
}

/**
 * A PostgreSQL URL with its `schema` query parameter taken out (the driver does not know it): one URL
 * in `KAM_STORE_URL` can then keep installations sharing a database apart.
 */
function postgresLocation(text: string): StoreLocation {
  const at = text.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : text.slice(at + 1));
  const schema = params.get('schema');
  if (schema === null) return { kind: 'postgres', connectionString: text };
  params.delete('schema');
  const rest = params.toString();
  return { kind: 'postgres', connectionString: text.slice(0, at) + (rest ? `?${rest}` : ''), schema };
}

export async function openStore(
  url: string,
  secretBox: SecretBox,
  options: OpenStoreOptions = {},
): Promise<Store> {
  const location = parseStoreUrl(url);
  const clock = options.clock ? { clock: options.clock } : {};
  if (location.kind === 'sqlite') return SqliteStore.open({ path: location.path, secretBox, ...clock });
  // an explicit option wins over the URL's `?schema=`
  const schema = options.schema || location.schema;
  return PostgresStore.open({
    connectionString: location.connectionString,
    secretBox,
    ...clock,
    ...(schema !== undefined ? { schema } : {}),
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
  });
}

import type { RecordRef } from '../../port.js';
import type { AccountPart } from '../mapping/index.js';
import { HS } from '../metadata/names.js';
import { batchAssociations, batchRead } from './batch-read.js';
import type { HubSpotContext } from './context.js';
import type { PortalInfo } from './portal.js';
import { CUSTOM_OBJECTS } from './properties.js';

const COMPANIES = 'companies';

/** Standard object types by every name HubSpot's events and APIs use for them. */
const STANDARD_TYPES = new Map<string, string>([
  ['0-1', 'contacts'],
  ['contacts', 'contacts'],
  ['contact', 'contacts'],
  ['0-2', COMPANIES],
  ['companies', COMPANIES],
  ['company', COMPANIES],
  ['0-3', 'deals'],
  ['deals', 'deals'],
  ['deal', 'deals'],
]);

/** A custom object's type as events name it: its id (`2-…`), its name, or `p_name` / `p<portal>_name`. */
function customType(type: string, portal: PortalInfo): string | undefined {
  const name = type.toLowerCase().replace(/^p\d*_/, '');
  for (const [part, objectName] of Object.entries(CUSTOM_OBJECTS)) {
    const typeId = portal.types[part as AccountPart];
    if (type === typeId || name === objectName) return typeId;
  }
  return undefined;
}

const isHubSpotId = (id: string) => /^\d+$/.test(id);

interface Resolved {
  /** The object type the adapter reads it as (`companies`, `contacts`, `deals`, a custom type id). */
  readonly objectType: string;
  readonly id: string;
}

/**
 * The key accounts each record belongs to, in the order of `refs`. Per object type one associations
 * v4 batch read to companies (1,000 records per call), then one batch read of
 * `kam_is_key_account` for every company named — referred to directly or reached by association —
 * (100 per call), so a mixed batch costs Σ over types ⌈n / 1,000⌉ + ⌈companies / 100⌉ calls.
 * Unknown types, ids that are not HubSpot ids, gone records and companies that are not key accounts
 * give []. The portal's custom object ids are read only when a ref is not a standard type.
 */
export async function accountsOf(
  ctx: HubSpotContext,
  portal: () => Promise<PortalInfo>,
  refs: readonly RecordRef[],
): Promise<string[][]> {
  const custom = refs.some((r) => !STANDARD_TYPES.has(r.type.toLowerCase())) ? await portal() : undefined;
  const resolved = refs.map((ref): Resolved | undefined => {
    const objectType = STANDARD_TYPES.get(ref.type.toLowerCase()) ?? (custom && customType(ref.type, custom));
    return objectType && isHubSpotId(ref.id) ? { objectType, id: ref.id } : undefined;
  });

  const idsByType = new Map<string, Set<string>>();
  for (const r of resolved) {
    if (!r || r.objectType === COMPANIES) continue;
    const ids = idsByType.get(r.objectType) ?? new Set<string>();
    ids.add(r.id);
    idsByType.set(r.objectType, ids);
  }
  const linked = new Map<string, readonly string[]>();
  for (const [objectType, ids] of idsByType) {
    const companies = await batchAssociations(ctx, objectType, COMPANIES, [...ids]);
    for (const [id, to] of companies) linked.set(`${objectType}/${id}`, to);
  }

  const companiesOf = (r: Resolved | undefined): readonly string[] =>
    !r ? [] : r.objectType === COMPANIES ? [r.id] : (linked.get(`${r.objectType}/${r.id}`) ?? []);
  const keyAccounts = await keyAccountIds(ctx, [...new Set(resolved.flatMap(companiesOf))]);
  return resolved.map((r) => [...new Set(companiesOf(r).filter((id) => keyAccounts.has(id)))]);
}

/** The companies among `ids` whose `kam_is_key_account` is true; gone ones are not. */
async function keyAccountIds(ctx: HubSpotContext, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { records } = await batchRead(ctx, COMPANIES, ids, [HS.company.isKeyAccount]);
  return new Set(
    [...records.values()].filter((r) => r.properties[HS.company.isKeyAccount] === 'true').map((r) => r.id),
  );
}

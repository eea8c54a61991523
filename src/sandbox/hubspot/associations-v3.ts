import type { ObjectType } from './object-types.js';
import type { HubSpotState } from './state.js';
import type { PublicObject } from './wire.js';

const SINGULAR: Record<string, string> = { '0-1': 'contact', '0-2': 'company', '0-3': 'deal' };
const singular = (t: ObjectType) => SINGULAR[t.objectTypeId] ?? t.name;

/**
 * Adds v3 `associations` to rendered records (`?associations=contacts,deals`): per associated
 * type, `{ results: [{ id, type }] }` with the type named like HubSpot (`company_to_contact`).
 */
export function addAssociations(
  state: HubSpotState,
  from: ObjectType,
  records: PublicObject[],
  toNames: readonly string[] | undefined,
): void {
  if (!toNames || toNames.length === 0 || records.length === 0) return;
  const ids = records.map((r) => r.id);
  for (const name of toNames) {
    const to = state.types.find(name);
    if (!to) continue;
    const links = state.associations.linksOfMany(ids, to.objectTypeId);
    for (const record of records) {
      const list = links.get(record.id);
      if (!list || list.length === 0) continue;
      const results = list.map((link) => {
        const t = state.associations.type(link.typeId);
        const base = `${singular(from)}_to_${singular(to)}`;
        const type = t?.label ? `${base}_${t.label.toLowerCase().replace(/\W+/g, '_')}` : (t?.name ?? base);
        return { id: link.toId, type };
      });
      record.associations ??= {};
      record.associations[to.associationKey] = { results };
    }
  }
}

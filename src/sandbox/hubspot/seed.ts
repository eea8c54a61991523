import { transaction } from '../db.js';
import type { HubSpotState } from './state.js';
import { standardGroups, standardProperties } from './standard-properties.js';
import type { AssociationType } from './store/associations-store.js';

/** HUBSPOT_DEFINED association types between contacts (0-1), companies (0-2) and deals (0-3). */
const DEFINED: readonly (readonly [number, string, string, string | null, number, boolean])[] = [
  [279, '0-1', '0-2', null, 280, true],
  [280, '0-2', '0-1', null, 279, true],
  [1, '0-1', '0-2', 'Primary', 2, false],
  [2, '0-2', '0-1', 'Primary', 1, false],
  [3, '0-3', '0-1', null, 4, true],
  [4, '0-1', '0-3', null, 3, true],
  [341, '0-3', '0-2', null, 342, true],
  [342, '0-2', '0-3', null, 341, true],
  [5, '0-3', '0-2', 'Primary', 6, false],
  [6, '0-2', '0-3', 'Primary', 5, false],
];

/** What a fresh portal has: standard properties and groups, HubSpot-defined association types. */
export function seedPortal(state: HubSpotState): void {
  transaction(state.db, () => {
    for (const typeId of ['0-1', '0-2', '0-3']) {
      for (const group of standardGroups(typeId)) state.properties.saveGroup(typeId, group);
      for (const def of standardProperties(typeId)) state.properties.save(typeId, def);
    }
    for (const [typeId, fromType, toType, label, inverseId, isDefault] of DEFINED) {
      const t: AssociationType = {
        typeId,
        category: 'HUBSPOT_DEFINED',
        fromType,
        toType,
        name: null,
        label,
        inverseId,
        isDefault,
      };
      state.associations.saveType(t);
    }
  });
}

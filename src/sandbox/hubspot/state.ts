import type { DatabaseSync } from 'node:sqlite';
import { ChangeBus } from './changes.js';
import { ObjectTypes } from './object-types.js';
import { AssociationsStore } from './store/associations-store.js';
import { AuthStore } from './store/auth-store.js';
import { ObjectsStore } from './store/objects-store.js';
import { OwnersStore } from './store/owners-store.js';
import { PropertiesStore } from './store/properties-store.js';
import { SchemasStore } from './store/schemas-store.js';

/** Everything the HubSpot routes share: the stores, the object types, the portal, the clock. */
export interface HubSpotState {
  readonly db: DatabaseSync;
  readonly portalId: number;
  readonly now: () => Date;
  readonly objects: ObjectsStore;
  readonly properties: PropertiesStore;
  readonly schemas: SchemasStore;
  readonly associations: AssociationsStore;
  readonly auth: AuthStore;
  /** the portal's users who can own records */
  readonly owners: OwnersStore;
  readonly types: ObjectTypes;
  /** record and association writes, announced (webhooks listen) */
  readonly changes: ChangeBus;
}

export function createState(db: DatabaseSync, portalId: number, now: () => Date): HubSpotState {
  const schemas = new SchemasStore(db);
  const changes = new ChangeBus();
  return {
    db,
    portalId,
    now,
    objects: new ObjectsStore(db),
    properties: new PropertiesStore(db),
    schemas,
    associations: new AssociationsStore(db, (change) => changes.emit(change)),
    auth: new AuthStore(db),
    owners: new OwnersStore(db),
    types: new ObjectTypes(schemas, portalId),
    changes,
  };
}

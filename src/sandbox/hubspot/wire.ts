import type { ObjectType } from './object-types.js';
import type { StoredObject } from './store/objects-store.js';

/** A record as HubSpot's objects API returns it (`SimplePublicObject`). */
export interface PublicObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  associations?: Record<string, { results: { id: string; type: string }[] }>;
}

/**
 * Renders a record. `requested` undefined → the type's default properties; named properties that
 * exist but have no value come back as null, unknown names are left out (as HubSpot does).
 */
export function toPublicObject(
  obj: StoredObject,
  type: ObjectType,
  requested: readonly string[] | undefined,
  isDefined: (name: string) => boolean,
): PublicObject {
  // like HubSpot, the record id and its create/modify dates come back whatever was asked for
  const names = requested
    ? [...requested, 'hs_object_id', type.createdProperty, type.modifiedProperty]
    : type.defaultProperties;
  const properties: Record<string, string | null> = {};
  for (const name of names) {
    const value = obj.properties[name];
    if (value !== undefined) properties[name] = value;
    else if (isDefined(name)) properties[name] = null;
  }
  return frame(obj, properties);
}

/** Renders a record with every value it has (answers to creates and updates). */
export function toWrittenObject(obj: StoredObject): PublicObject {
  return frame(obj, { ...obj.properties });
}

function frame(obj: StoredObject, properties: Record<string, string | null>): PublicObject {
  const out: PublicObject = {
    id: obj.id,
    properties,
    createdAt: obj.createdAt,
    updatedAt: obj.updatedAt,
    archived: obj.archived,
  };
  if (obj.archivedAt) out.archivedAt = obj.archivedAt;
  return out;
}

/** `properties=a,b&properties=c` → ['a','b','c']; absent → undefined. */
export function propertyList(param: string | readonly string[] | undefined): string[] | undefined {
  if (param === undefined) return undefined;
  const list = (typeof param === 'string' ? [param] : param).flatMap((p) => p.split(','));
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

import { validationError } from './errors.js';
import type { ObjectType } from './object-types.js';
import type { HubSpotState } from './state.js';
import type { AssociationType, Link } from './store/associations-store.js';

export interface AssociationSpec {
  readonly associationCategory: string;
  readonly associationTypeId: number;
}

/** `{ category, typeId, label }` as the v4 API lists association types. */
export function typeView(t: AssociationType) {
  return { category: t.category, typeId: t.typeId, label: t.label };
}

/** Links to one record grouped per target: `[{ toObjectId, associationTypes }]`. */
export function groupLinks(state: HubSpotState, links: readonly Link[]) {
  const byTarget = new Map<string, AssociationType[]>();
  for (const link of links) {
    const t = state.associations.type(link.typeId);
    if (!t) continue;
    const list = byTarget.get(link.toId) ?? [];
    list.push(t);
    byTarget.set(link.toId, list);
  }
  return [...byTarget].map(([toId, types]) => ({
    toObjectId: Number(toId),
    associationTypes: types.map(typeView),
  }));
}

/** The association type a spec names, checked against the pair of object types. */
export function specType(
  state: HubSpotState,
  from: ObjectType,
  to: ObjectType,
  spec: AssociationSpec,
): AssociationType {
  const t = state.associations.type(spec.associationTypeId);
  if (
    !t ||
    t.fromType !== from.objectTypeId ||
    t.toType !== to.objectTypeId ||
    t.category !== spec.associationCategory
  ) {
    throw validationError(
      `${spec.associationCategory} association type ${spec.associationTypeId} does not exist from ${from.errorName} to ${to.errorName}.`,
    );
  }
  return t;
}

/** The unlabeled default type between two object types. */
export function defaultType(state: HubSpotState, from: ObjectType, to: ObjectType): AssociationType {
  const t = state.associations.types(from.objectTypeId, to.objectTypeId).find((x) => x.isDefault);
  if (!t) throw validationError(`There is no association type from ${from.errorName} to ${to.errorName}.`);
  return t;
}

/** The answer of a write between two records: `{ fromObjectTypeId, fromObjectId, ..., labels }`. */
export function pairView(
  state: HubSpotState,
  from: ObjectType,
  fromId: string,
  to: ObjectType,
  toId: string,
) {
  const labels = state.associations
    .links(fromId, to.objectTypeId)
    .filter((l) => l.toId === toId)
    .flatMap((l) => state.associations.type(l.typeId)?.label ?? []);
  return {
    fromObjectTypeId: from.objectTypeId,
    fromObjectId: Number(fromId),
    toObjectTypeId: to.objectTypeId,
    toObjectId: Number(toId),
    labels,
  };
}

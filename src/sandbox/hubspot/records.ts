import { applyValues, withSystemValues } from './derived.js';
import { conflict, HubSpotError, propertyValuesError, validationError } from './errors.js';
import type { ObjectType } from './object-types.js';
import { checkValues } from './property-values.js';
import type { InputValue } from './property-values.js';
import type { HubSpotState } from './state.js';
import type { StoredObject } from './store/objects-store.js';

/** An association given with a create (`associations: [{ to: { id }, types: [...] }]`). */
export interface AssociationInput {
  readonly to: { readonly id: string };
  readonly types: readonly { readonly associationCategory: string; readonly associationTypeId: number }[];
}

type Values = Record<string, string | null>;

/** Record writes with HubSpot's rules: property checks, unique values, system values, links. */
export class Records {
  constructor(private readonly s: HubSpotState) {}

  /** Checks a write's values; throws HubSpot's "Property values were not valid" 400. */
  checked(type: ObjectType, input: Readonly<Record<string, InputValue>>): Values {
    const { values, problems } = checkValues(input, this.s.properties.definitions(type.objectTypeId));
    if (problems.length > 0) throw propertyValuesError(problems, this.s.portalId);
    return values;
  }

  /** A record by id, or by the value of a unique property (`idProperty`). */
  find(type: ObjectType, id: string, idProperty?: string, archived = false): StoredObject | undefined {
    if (idProperty === undefined || idProperty === 'hs_object_id')
      return this.s.objects.get(type.objectTypeId, id, archived);
    this.assertIdProperty(type, idProperty);
    return archived ? undefined : this.s.objects.findByValue(type.objectTypeId, idProperty, id);
  }

  assertIdProperty(type: ObjectType, idProperty: string): void {
    if (idProperty === 'hs_object_id') return;
    const def = this.s.properties.get(type.objectTypeId, idProperty);
    if (!def || def.archived) throw validationError(`Property ${idProperty} does not exist`);
    if (!def.hasUniqueValue)
      throw validationError(`Property ${idProperty} is not a unique identifier property`);
  }

  /** Refuses a value of a unique property that another record already has (409). */
  assertUnique(type: ObjectType, values: Values, selfId?: string): void {
    for (const [name, value] of Object.entries(values)) {
      if (value === null || !this.s.properties.get(type.objectTypeId, name)?.hasUniqueValue) continue;
      const other = this.s.objects.findByValue(type.objectTypeId, name, value);
      if (other && other.id !== selfId) {
        throw type.objectTypeId === '0-1'
          ? conflict(`Contact already exists. Existing ID: ${other.id}`)
          : conflict(`A ${type.errorName} with ${name} "${value}" already exists. Existing ID: ${other.id}`);
      }
    }
  }

  /** Checks associations given with a create; throws a 400 naming the first bad one. */
  assertAssociations(type: ObjectType, associations: readonly AssociationInput[]): void {
    for (const a of associations) {
      for (const spec of a.types) {
        const t = this.s.associations.type(spec.associationTypeId);
        if (!t || t.fromType !== type.objectTypeId || t.category !== spec.associationCategory) {
          throw validationError(
            `${spec.associationCategory} ${spec.associationTypeId} is not a valid association type from ${type.errorName}`,
          );
        }
        if (!this.s.objects.get(t.toType, a.to.id)) {
          throw new HubSpotError(
            400,
            'VALIDATION_ERROR',
            `No object found with id ${a.to.id} to associate with`,
          );
        }
      }
    }
  }

  create(type: ObjectType, values: Values, associations: readonly AssociationInput[] = []): StoredObject {
    const now = this.s.now().toISOString();
    const id = this.s.objects.insert(type.objectTypeId, now);
    const properties = withSystemValues(type, id, applyValues({}, values), now, now);
    this.s.objects.write(id, properties, now);
    this.s.changes.emit({ kind: 'created', type, id, after: properties });
    for (const a of associations) {
      for (const spec of a.types) {
        const t = this.s.associations.type(spec.associationTypeId)!;
        this.s.associations.link({ type: type.objectTypeId, id }, { type: t.toType, id: a.to.id }, t);
      }
    }
    return { id, typeId: type.objectTypeId, properties, createdAt: now, updatedAt: now, archived: false };
  }

  update(type: ObjectType, current: StoredObject, values: Values): StoredObject {
    const now = this.s.now().toISOString();
    const properties = withSystemValues(
      type,
      current.id,
      applyValues(current.properties, values),
      current.createdAt,
      now,
    );
    this.s.objects.write(current.id, properties, now);
    this.s.changes.emit({
      kind: 'updated',
      type,
      id: current.id,
      before: current.properties,
      after: properties,
    });
    return { ...current, properties, updatedAt: now };
  }

  archive(type: ObjectType, id: string): boolean {
    const done = this.s.objects.archive(type.objectTypeId, id, this.s.now().toISOString());
    if (done) {
      this.s.changes.emit({ kind: 'archived', type, id });
      this.s.associations.dropObject(type.objectTypeId, id);
    }
    return done;
  }
}

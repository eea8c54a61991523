import { z } from 'zod';
import { transaction } from '../db.js';
import { HubSpotError, notFound, validationError } from './errors.js';
import type { ObjectType } from './object-types.js';
import { newDefinition, PropertyCreate } from './property-input.js';
import type { HubSpotState } from './state.js';
import { customObjectBaseProperties } from './standard-properties.js';
import type { AssociationType } from './store/associations-store.js';
import type { StoredSchema } from './store/schemas-store.js';

const Labels = z.object({ singular: z.string().min(1), plural: z.string().min(1) });
export const SchemaCreate = z.object({
  name: z.string().min(1).max(100),
  labels: Labels,
  description: z.string().optional(),
  primaryDisplayProperty: z.string().min(1).optional(),
  secondaryDisplayProperties: z.array(z.string()).default([]),
  searchableProperties: z.array(z.string()).default([]),
  requiredProperties: z.array(z.string()).default([]),
  properties: z.array(PropertyCreate.extend({ groupName: z.string().min(1).optional() })).min(1),
  associatedObjects: z.array(z.string().min(1)).default([]),
  allowsSensitiveProperties: z.boolean().optional(),
});
export const SchemaPatch = z.object({
  labels: Labels.optional(),
  description: z.string().optional(),
  primaryDisplayProperty: z.string().min(1).optional(),
  secondaryDisplayProperties: z.array(z.string()).optional(),
  searchableProperties: z.array(z.string()).optional(),
  requiredProperties: z.array(z.string()).optional(),
  restorable: z.boolean().optional(),
});

const SCHEMA_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Custom object schemas: their properties, display and required properties, associations. */
export class SchemasService {
  constructor(private readonly s: HubSpotState) {}

  create(input: z.infer<typeof SchemaCreate>): StoredSchema {
    if (!SCHEMA_NAME.test(input.name)) {
      throw validationError(
        `Object name "${input.name}" is invalid: letters, digits and underscores, starting with a letter.`,
      );
    }
    if (this.s.schemas.all().some((x) => x.name.toLowerCase() === input.name.toLowerCase())) {
      throw new HubSpotError(
        409,
        'OBJECT_ALREADY_EXISTS',
        `An object type with name ${input.name} already exists.`,
      );
    }
    const names = input.properties.map((p) => p.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw validationError(`Property ${dup} is defined twice.`);
    const primary = input.primaryDisplayProperty ?? names[0]!;
    this.assertNamed('primaryDisplayProperty', [primary], names);
    this.assertNamed('requiredProperties', input.requiredProperties, names);
    this.assertNamed('searchableProperties', input.searchableProperties, names);
    this.assertNamed('secondaryDisplayProperties', input.secondaryDisplayProperties, names);
    const targets = input.associatedObjects.map((name) => this.s.types.resolve(name));

    const now = this.s.now().toISOString();
    const objectTypeId = this.s.schemas.nextObjectTypeId();
    const group = `${input.name.toLowerCase()}_information`;
    const definitions = input.properties.map((p) =>
      newDefinition({ ...p, groupName: p.groupName ?? group }, now),
    );
    const schema: StoredSchema = {
      id: objectTypeId.slice(2),
      objectTypeId,
      name: input.name,
      fullyQualifiedName: `p${this.s.portalId}_${input.name}`,
      labels: input.labels,
      ...(input.description === undefined ? {} : { description: input.description }),
      primaryDisplayProperty: primary,
      secondaryDisplayProperties: input.secondaryDisplayProperties,
      searchableProperties: input.searchableProperties,
      requiredProperties: input.requiredProperties,
      metaType: 'PORTAL_SPECIFIC',
      createdAt: now,
      updatedAt: now,
      archived: false,
    };
    transaction(this.s.db, () => {
      this.s.schemas.save(schema);
      this.s.properties.saveGroup(objectTypeId, {
        name: group,
        label: `${input.labels.singular} information`,
        displayOrder: -1,
        archived: false,
      });
      for (const def of [...customObjectBaseProperties(group), ...definitions])
        this.s.properties.save(objectTypeId, def);
      const self = this.s.types.customType(schema);
      for (const target of targets) this.addAssociation(self, target);
    });
    return schema;
  }

  /** A USER_DEFINED association type pair between a custom object and another type. */
  addAssociation(from: ObjectType, to: ObjectType, name?: string): AssociationType {
    const id = this.s.associations.nextUserTypeId();
    const label = name ?? `${from.name}_to_${to.name}`;
    const forward: AssociationType = {
      typeId: id,
      category: 'USER_DEFINED',
      fromType: from.objectTypeId,
      toType: to.objectTypeId,
      name: label.toUpperCase(),
      label: null,
      inverseId: id + 1,
      isDefault: true,
    };
    this.s.associations.saveType(forward);
    this.s.associations.saveType({
      ...forward,
      typeId: id + 1,
      fromType: to.objectTypeId,
      toType: from.objectTypeId,
      name: `${to.name}_to_${from.name}`.toUpperCase(),
      inverseId: id,
    });
    return forward;
  }

  find(param: string): StoredSchema {
    const type = this.s.types.find(param);
    const schema = type?.custom
      ? this.s.schemas.all().find((x) => x.objectTypeId === type.objectTypeId)
      : undefined;
    if (!schema) throw notFound(`Object type ${param} not found`);
    return schema;
  }

  update(param: string, patch: z.infer<typeof SchemaPatch>): StoredSchema {
    const schema = this.find(param);
    const names = this.s.properties.list(schema.objectTypeId, false).map((p) => p.name);
    if (patch.primaryDisplayProperty)
      this.assertNamed('primaryDisplayProperty', [patch.primaryDisplayProperty], names);
    this.assertNamed('requiredProperties', patch.requiredProperties ?? [], names);
    this.assertNamed('searchableProperties', patch.searchableProperties ?? [], names);
    this.assertNamed('secondaryDisplayProperties', patch.secondaryDisplayProperties ?? [], names);
    const fields: Partial<typeof patch> = { ...patch };
    delete fields.restorable;
    const next: StoredSchema = {
      ...schema,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      updatedAt: this.s.now().toISOString(),
    };
    this.s.schemas.save(next);
    return next;
  }

  archive(param: string, purge: boolean): void {
    const schema = this.find(param);
    if (this.s.objects.count(schema.objectTypeId) > 0) {
      throw validationError(`Object type ${schema.name} still has records; archive them first.`);
    }
    if (purge) this.s.schemas.purge(schema.objectTypeId);
    else this.s.schemas.save({ ...schema, archived: true, updatedAt: this.s.now().toISOString() });
  }

  /** The schema as the API returns it: with its properties and associations. */
  render(schema: StoredSchema) {
    const associations = this.s.types
      .all()
      .flatMap((t) => this.s.associations.types(schema.objectTypeId, t.objectTypeId))
      .filter((t) => t.category === 'USER_DEFINED')
      .map((t) => ({
        id: String(t.typeId),
        fromObjectTypeId: t.fromType,
        toObjectTypeId: t.toType,
        name: t.name ?? undefined,
        createdAt: schema.createdAt,
        updatedAt: schema.updatedAt,
      }));
    return { ...schema, properties: this.s.properties.list(schema.objectTypeId, false), associations };
  }

  private assertNamed(field: string, wanted: readonly string[], names: readonly string[]): void {
    const missing = wanted.find((n) => !names.includes(n));
    if (missing !== undefined) {
      throw new HubSpotError(
        400,
        'VALIDATION_ERROR',
        `${field} names property ${missing}, which is not defined.`,
        {
          errors: [{ message: `${missing} is not a property of this object`, in: field }],
        },
      );
    }
  }
}

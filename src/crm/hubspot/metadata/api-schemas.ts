import { z } from 'zod';
import {
  ASSOCIATION_TARGETS,
  checkProperty,
  checkSchema,
  checkUnique,
  FIELD_TYPES,
  InternalName,
  PROPERTY_TYPES,
  Text,
} from './rules.js';

/**
 * The request bodies `kam setup hubspot` sends: properties API v3 (property groups, properties on
 * companies, contacts and deals) and schemas API v3 (custom objects). Strict objects, so a key of
 * our metadata files that leaked into a body fails here instead of at HubSpot.
 */

const fieldTypeError = { error: `must be one of ${FIELD_TYPES.join(', ')}` };
const typeError = { error: `must be one of ${PROPERTY_TYPES.join(', ')}` };

/** The fields of an option, shared with the file format (which adds translations). */
export const optionShape = {
  label: Text,
  value: Text,
  description: z.string().optional(),
  displayOrder: z.number().int(),
  hidden: z.boolean(),
};

export const OptionInput = z.strictObject(optionShape);
export type OptionInput = z.infer<typeof OptionInput>;

/** Fields both property APIs take, with the option schema of the caller (body or file). */
export function basePropertyShape<O extends z.ZodType>(option: O) {
  return {
    name: InternalName,
    label: Text,
    description: z.string().trim().min(1).optional(),
    type: z.enum(PROPERTY_TYPES, typeError),
    fieldType: z.enum(FIELD_TYPES, fieldTypeError),
    displayOrder: z.number().int().optional(),
    formField: z.boolean().optional(),
    hasUniqueValue: z.boolean().optional(),
    hidden: z.boolean().optional(),
    options: z.array(option).optional(),
    referencedObjectType: z.string().optional(),
  };
}

/** POST /crm/v3/properties/{objectType} (companies, contacts, deals). */
export function propertyCreateShape<O extends z.ZodType>(option: O) {
  return { ...basePropertyShape(option), groupName: InternalName, externalOptions: z.boolean().optional() };
}

export const PropertyCreate = z.strictObject(propertyCreateShape(OptionInput)).superRefine(checkProperty);
export type PropertyCreate = z.infer<typeof PropertyCreate>;

/** A property inside a custom object schema: no group (HubSpot puts it in the object's own group). */
export function schemaPropertyShape<O extends z.ZodType>(option: O) {
  return {
    ...basePropertyShape(option),
    numberDisplayHint: z.enum(['unformatted', 'formatted', 'currency', 'percentage']).optional(),
  };
}

export const SchemaPropertyCreate = z
  .strictObject(schemaPropertyShape(OptionInput))
  .superRefine(checkProperty);
export type SchemaPropertyCreate = z.infer<typeof SchemaPropertyCreate>;

/** POST /crm/v3/properties/{objectType}/groups. */
export const groupShape = { name: InternalName, label: Text, displayOrder: z.number().int().optional() };
export const PropertyGroupCreate = z.strictObject(groupShape);
export type PropertyGroupCreate = z.infer<typeof PropertyGroupCreate>;

export const SchemaLabels = z.strictObject({ singular: Text, plural: Text });

/** POST /crm/v3/schemas, with the property schema of the caller (body or file). */
export function schemaShape<P extends z.ZodType>(property: P) {
  return {
    name: InternalName,
    description: z.string().trim().min(1).optional(),
    labels: SchemaLabels,
    primaryDisplayProperty: InternalName,
    secondaryDisplayProperties: z.array(z.string()).optional(),
    searchableProperties: z.array(z.string()).optional(),
    requiredProperties: z.array(z.string()),
    properties: z.array(property).min(1, 'a custom object needs at least one property'),
    associatedObjects: z.array(
      z.enum(ASSOCIATION_TARGETS, { error: `must be one of ${ASSOCIATION_TARGETS.join(', ')}` }),
    ),
  };
}

export const ObjectSchemaCreate = z.strictObject(schemaShape(SchemaPropertyCreate)).superRefine(checkSchema);
export type ObjectSchemaCreate = z.infer<typeof ObjectSchemaCreate>;

/** POST /crm/v3/properties/{objectType}/batch/create: one object type's properties at once. */
export const BatchPropertyCreate = z
  .strictObject({ inputs: z.array(PropertyCreate) })
  .superRefine((b, ctx) => {
    checkUnique(
      b.inputs.map((p) => p.name),
      ctx,
      (i) => ['inputs', i, 'name'],
      'property name',
    );
    checkUnique(
      b.inputs.map((p) => p.label),
      ctx,
      (i) => ['inputs', i, 'label'],
      'property label',
    );
  });
export type BatchPropertyCreate = z.infer<typeof BatchPropertyCreate>;

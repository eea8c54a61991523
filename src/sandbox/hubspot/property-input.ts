import { z } from 'zod';
import { HubSpotError, validationError } from './errors.js';
import { FIELD_TYPES, NAME_PATTERN, PROPERTY_TYPES } from './property-model.js';
import type { PropertyDefinition, PropertyOption } from './property-model.js';

const OptionInput = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
  description: z.string().optional(),
  displayOrder: z.number().int().optional(),
  hidden: z.boolean().optional(),
});

/** The body of a property create (`PropertyCreate`); type/fieldType are checked separately. */
export const PropertyCreate = z.object({
  name: z.string().min(1).max(100),
  label: z.string().min(1),
  type: z.string().min(1),
  fieldType: z.string().min(1),
  groupName: z.string().min(1),
  description: z.string().optional(),
  options: z.array(OptionInput).optional(),
  displayOrder: z.number().int().optional(),
  hasUniqueValue: z.boolean().optional(),
  hidden: z.boolean().optional(),
  formField: z.boolean().optional(),
  externalOptions: z.boolean().optional(),
  calculationFormula: z.string().optional(),
  referencedObjectType: z.string().optional(),
  showCurrencySymbol: z.boolean().optional(),
  dataSensitivity: z.enum(['non_sensitive', 'sensitive', 'highly_sensitive']).optional(),
});
export type PropertyCreate = z.infer<typeof PropertyCreate>;

/** A property update (`PropertyUpdate`): everything but the name, optional. */
export const PropertyUpdate = PropertyCreate.omit({ name: true, hasUniqueValue: true }).partial();
export type PropertyUpdate = z.infer<typeof PropertyUpdate>;

/** Checks what HubSpot checks on a property definition; throws a 400 naming the field. */
export function assertDefinition(p: {
  name: string;
  type: string;
  fieldType: string;
  options?: readonly { value: string }[] | undefined;
  externalOptions?: boolean | undefined;
  referencedObjectType?: string | undefined;
}): void {
  const fail = (message: string, field: string, code: string) =>
    new HubSpotError(400, 'VALIDATION_ERROR', message, { errors: [{ message, in: field, code }] });
  if (!NAME_PATTERN.test(p.name)) {
    throw fail(
      `Property name "${p.name}" is invalid: use lowercase letters, digits and underscores, starting with a letter.`,
      'name',
      'INVALID_PROPERTY_NAME',
    );
  }
  if (p.name.startsWith('hs_'))
    throw fail(`Property name "${p.name}" uses the reserved prefix hs_.`, 'name', 'RESERVED_PREFIX');
  const allowed = FIELD_TYPES[p.type];
  if (!allowed) {
    throw fail(
      `Invalid property type "${p.type}". Valid types: ${PROPERTY_TYPES.join(', ')}.`,
      'type',
      'INVALID_TYPE',
    );
  }
  if (!allowed.includes(p.fieldType)) {
    throw fail(
      `Property type ${p.type} cannot be used with fieldType ${p.fieldType}. Valid fieldTypes: ${allowed.join(', ')}.`,
      'fieldType',
      'INVALID_FIELD_TYPE',
    );
  }
  const values = (p.options ?? []).map((o) => o.value);
  // Options of a reference property (owners, say) come from the referenced records, not the definition.
  const externallySourced = p.externalOptions === true || p.referencedObjectType !== undefined;
  if (p.type === 'enumeration' && values.length === 0 && !externallySourced) {
    throw fail(`Property ${p.name} of type enumeration needs options.`, 'options', 'MISSING_OPTIONS');
  }
  if (new Set(values).size !== values.length)
    throw fail(`Property ${p.name} has duplicate option values.`, 'options', 'DUPLICATE_OPTIONS');
}

export function toOptions(options: PropertyCreate['options'], type: string): PropertyOption[] {
  if (type === 'bool' && (!options || options.length === 0)) {
    return [
      { label: 'Yes', value: 'true', displayOrder: 0, hidden: false },
      { label: 'No', value: 'false', displayOrder: 1, hidden: false },
    ];
  }
  return (options ?? []).map((o, i) => ({
    label: o.label,
    value: o.value,
    ...(o.description === undefined ? {} : { description: o.description }),
    displayOrder: o.displayOrder ?? i,
    hidden: o.hidden ?? false,
  }));
}

/** A checked create → the stored definition. */
export function newDefinition(input: PropertyCreate, now: string): PropertyDefinition {
  assertDefinition(input);
  if (input.hasUniqueValue && !['string', 'number'].includes(input.type)) {
    throw validationError(`Only string and number properties can require unique values (${input.name}).`);
  }
  return {
    name: input.name,
    label: input.label,
    type: input.type,
    fieldType: input.fieldType,
    description: input.description ?? '',
    groupName: input.groupName,
    options: toOptions(input.options, input.type),
    displayOrder: input.displayOrder ?? -1,
    calculated: input.fieldType === 'calculation_equation',
    externalOptions: input.externalOptions ?? input.referencedObjectType !== undefined,
    hasUniqueValue: input.hasUniqueValue ?? false,
    hidden: input.hidden ?? false,
    formField: input.formField ?? false,
    ...(input.showCurrencySymbol === undefined ? {} : { showCurrencySymbol: input.showCurrencySymbol }),
    ...(input.referencedObjectType === undefined ? {} : { referencedObjectType: input.referencedObjectType }),
    createdAt: now,
    updatedAt: now,
    archived: false,
    modificationMetadata: { archivable: true, readOnlyDefinition: false, readOnlyValue: false },
  };
}

import { z } from 'zod';

/**
 * HubSpot's own rules for properties and custom object schemas, shared by the request-body schemas
 * and the schemas of our metadata files so both reject the same mistakes with the same words.
 */

export const PROPERTY_TYPES = ['string', 'number', 'date', 'datetime', 'enumeration', 'bool'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

/**
 * The type/fieldType pairs HubSpot documents, without `calculation_equation`: we create no
 * calculated properties, so that fieldType is a mistake here.
 */
export const FIELD_TYPES_BY_TYPE = {
  string: ['text', 'textarea', 'file'],
  number: ['number'],
  date: ['date'],
  datetime: ['date'],
  enumeration: ['select', 'radio', 'checkbox', 'booleancheckbox'],
  bool: ['booleancheckbox'],
} as const satisfies Record<PropertyType, readonly string[]>;

export const FIELD_TYPES = [
  'text',
  'textarea',
  'file',
  'number',
  'date',
  'select',
  'radio',
  'checkbox',
  'booleancheckbox',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** HubSpot stores a single checkbox (enumeration/booleancheckbox) as these two option values. */
export const BOOLEAN_OPTION_VALUES = ['true', 'false'] as const;

/** Standard objects a custom object may be associated with. */
export const ASSOCIATION_TARGETS = [
  'COMPANY',
  'CONTACT',
  'DEAL',
  'TICKET',
  'LINE_ITEM',
  'PRODUCT',
  'QUOTE',
] as const;

/** The only object an enumeration may reference instead of listing options: HubSpot users. */
export const OWNER_REFERENCE = 'OWNER';

/**
 * Internal names HubSpot accepts for our properties and objects: lowercase letters, digits and
 * underscores, starting with a letter; `hs_` is HubSpot's own namespace.
 */
export const InternalName = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be lowercase letters, digits and underscores, starting with a letter')
  .refine((name) => !name.startsWith('hs_'), 'must not start with "hs_" (reserved for HubSpot)');

export const Text = z.string().trim().min(1, 'must not be empty');

/** The fields of a property that the rules below look at; both bodies and file entries have them. */
export interface PropertyLike {
  readonly type: PropertyType;
  readonly fieldType: FieldType;
  readonly options?: readonly { readonly value: string }[] | undefined;
  readonly referencedObjectType?: string | undefined;
  readonly numberDisplayHint?: string | undefined;
}

/** type/fieldType pair, options and number hints: what HubSpot rejects or silently misreads. */
export function checkProperty(p: PropertyLike, ctx: z.RefinementCtx): void {
  const allowed: readonly string[] = FIELD_TYPES_BY_TYPE[p.type];
  if (!allowed.includes(p.fieldType)) {
    ctx.addIssue({
      code: 'custom',
      path: ['fieldType'],
      message: `"${p.fieldType}" does not fit type "${p.type}" (allowed: ${allowed.join(', ')})`,
    });
  }
  if (p.numberDisplayHint !== undefined && p.type !== 'number') {
    ctx.addIssue({
      code: 'custom',
      path: ['numberDisplayHint'],
      message: 'only number properties take a number display hint',
    });
  }
  if (p.referencedObjectType !== undefined && p.referencedObjectType !== OWNER_REFERENCE) {
    ctx.addIssue({
      code: 'custom',
      path: ['referencedObjectType'],
      message: `only "${OWNER_REFERENCE}" is supported, not "${p.referencedObjectType}"`,
    });
  }
  checkOptions(p, ctx);
}

function checkOptions(p: PropertyLike, ctx: z.RefinementCtx): void {
  const options = p.options ?? [];
  const isEnum = p.type === 'enumeration' || p.type === 'bool';
  if (!isEnum) {
    if (options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${p.type} property takes no options` });
    }
    return;
  }
  if (p.referencedObjectType !== undefined) {
    if (options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'an owner property lists no options' });
    }
    return;
  }
  if (options.length === 0) {
    const article = p.type === 'enumeration' ? 'an' : 'a';
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `${article} ${p.type} property needs options`,
    });
    return;
  }
  const seen = new Set<string>();
  options.forEach((o, i) => {
    if (seen.has(o.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', i, 'value'],
        message: `duplicate option value "${o.value}"`,
      });
    }
    seen.add(o.value);
  });
  if (p.fieldType === 'booleancheckbox') {
    const values = options.map((o) => o.value);
    if (values.join() !== BOOLEAN_OPTION_VALUES.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a single checkbox has exactly the options "true", "false" (found: ${values.join(', ')})`,
      });
    }
  }
}

/** Flags a name (or label: HubSpot wants those unique per object too) that occurs more than once. */
export function checkUnique(
  names: readonly string[],
  ctx: z.RefinementCtx,
  at: (index: number) => PropertyKey[],
  what: string,
): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (seen.has(name)) ctx.addIssue({ code: 'custom', path: at(i), message: `duplicate ${what} "${name}"` });
    seen.add(name);
  });
}

/** The fields of a custom object schema that refer to its own properties. */
export interface SchemaLike {
  readonly properties: readonly (PropertyLike & { readonly name: string; readonly label: string })[];
  readonly primaryDisplayProperty: string;
  readonly secondaryDisplayProperties?: readonly string[] | undefined;
  readonly searchableProperties?: readonly string[] | undefined;
  readonly requiredProperties: readonly string[];
  readonly associatedObjects: readonly string[];
}

/** Every property a schema refers to must be one of its own; the record's title must be text. */
export function checkSchema(s: SchemaLike, ctx: z.RefinementCtx): void {
  checkUnique(
    s.properties.map((p) => p.name),
    ctx,
    (i) => ['properties', i, 'name'],
    'property name',
  );
  checkUnique(
    s.properties.map((p) => p.label),
    ctx,
    (i) => ['properties', i, 'label'],
    'property label',
  );
  const byName = new Map(s.properties.map((p) => [p.name, p]));
  const primary = byName.get(s.primaryDisplayProperty);
  if (!primary) {
    ctx.addIssue({
      code: 'custom',
      path: ['primaryDisplayProperty'],
      message: `"${s.primaryDisplayProperty}" is not one of the schema's properties`,
    });
  } else if (primary.type !== 'string' || primary.fieldType !== 'text') {
    ctx.addIssue({
      code: 'custom',
      path: ['primaryDisplayProperty'],
      message: `"${s.primaryDisplayProperty}" must be a string/text property to serve as the record's title`,
    });
  }
  const lists = ['secondaryDisplayProperties', 'searchableProperties', 'requiredProperties'] as const;
  for (const list of lists) {
    const names = s[list] ?? [];
    names.forEach((name, i) => {
      if (!byName.has(name)) {
        ctx.addIssue({
          code: 'custom',
          path: [list, i],
          message: `"${name}" is not one of the schema's properties`,
        });
      }
    });
    checkUnique(names, ctx, (i) => [list, i], 'entry');
  }
  checkUnique(s.associatedObjects, ctx, (i) => ['associatedObjects', i], 'association target');
}

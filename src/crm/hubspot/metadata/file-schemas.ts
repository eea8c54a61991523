import { z } from 'zod';
import {
  groupShape,
  optionShape,
  propertyCreateShape,
  SchemaLabels,
  schemaPropertyShape,
  schemaShape,
} from './api-schemas.js';
import { checkProperty, checkSchema, checkUnique, Text } from './rules.js';

/**
 * The files under `metadata/hubspot/`: HubSpot request bodies in English plus two keys of ours,
 * `i18n` (the German texts of the fields beside it) and `output` (written by scoring, never an input).
 * The body builder drops both; everything else goes to HubSpot as written.
 */

export const STANDARD_OBJECT_TYPES = ['companies', 'contacts', 'deals'] as const;
export const StandardObjectType = z.enum(STANDARD_OBJECT_TYPES, {
  error: `must be one of ${STANDARD_OBJECT_TYPES.join(', ')}`,
});
export type StandardObjectType = z.infer<typeof StandardObjectType>;

/** The language the plain fields are written in; `i18n` holds the others. */
export const BASE_LANG = 'en' as const;

const OptionDef = z.strictObject({
  ...optionShape,
  i18n: z.strictObject({ de: z.strictObject({ label: Text }) }),
});
export type OptionDef = z.infer<typeof OptionDef>;

const TextsI18n = z.strictObject({ de: z.strictObject({ label: Text, description: Text.optional() }) });

/** A description in English needs one in German and the other way round. */
function checkDescriptionTranslated(
  d: { description?: string | undefined; i18n: { de: { description?: string | undefined } } },
  ctx: z.RefinementCtx,
): void {
  if ((d.description === undefined) !== (d.i18n.de.description === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['i18n', 'de', 'description'],
      message: 'description must be given in English and German or in neither',
    });
  }
}

/** The German labels go to HubSpot as labels too, so they must be unique as well. */
function checkGermanLabelsUnique(
  properties: readonly { i18n: { de: { label: string } } }[],
  ctx: z.RefinementCtx,
) {
  checkUnique(
    properties.map((p) => p.i18n.de.label),
    ctx,
    (i) => ['properties', i, 'i18n', 'de', 'label'],
    'German property label',
  );
}

export const PropertyDef = z
  .strictObject({ ...propertyCreateShape(OptionDef), output: z.boolean().optional(), i18n: TextsI18n })
  .superRefine(checkProperty)
  .superRefine(checkDescriptionTranslated)
  .superRefine((p, ctx) => {
    // HubSpot's create API cannot make a value read-only, so outputs at least stay out of forms.
    if (p.output === true && p.formField !== false) {
      ctx.addIssue({
        code: 'custom',
        path: ['formField'],
        message: 'an output property must set formField: false',
      });
    }
  });
export type PropertyDef = z.infer<typeof PropertyDef>;

export const PropertiesFile = z
  .strictObject({ objectType: StandardObjectType, properties: z.array(PropertyDef).min(1) })
  .superRefine((f, ctx) => {
    checkUnique(
      f.properties.map((p) => p.name),
      ctx,
      (i) => ['properties', i, 'name'],
      'property name',
    );
    checkUnique(
      f.properties.map((p) => p.label),
      ctx,
      (i) => ['properties', i, 'label'],
      'property label',
    );
    checkGermanLabelsUnique(f.properties, ctx);
  });
export type PropertiesFile = z.infer<typeof PropertiesFile>;

export const GroupDef = z.strictObject({
  objectType: StandardObjectType,
  ...groupShape,
  i18n: z.strictObject({ de: z.strictObject({ label: Text }) }),
});
export type GroupDef = z.infer<typeof GroupDef>;

export const GroupsFile = z.strictObject({ groups: z.array(GroupDef).min(1) }).superRefine((f, ctx) =>
  checkUnique(
    f.groups.map((g) => `${g.objectType}/${g.name}`),
    ctx,
    (i) => ['groups', i, 'name'],
    'group',
  ),
);
export type GroupsFile = z.infer<typeof GroupsFile>;

export const SchemaPropertyDef = z
  .strictObject({ ...schemaPropertyShape(OptionDef), i18n: TextsI18n })
  .superRefine(checkProperty)
  .superRefine(checkDescriptionTranslated);
export type SchemaPropertyDef = z.infer<typeof SchemaPropertyDef>;

export const SchemaFile = z
  .strictObject({
    ...schemaShape(SchemaPropertyDef),
    i18n: z.strictObject({ de: z.strictObject({ labels: SchemaLabels, description: Text.optional() }) }),
  })
  .superRefine(checkSchema)
  .superRefine(checkDescriptionTranslated)
  .superRefine((s, ctx) => checkGermanLabelsUnique(s.properties, ctx));
export type SchemaFile = z.infer<typeof SchemaFile>;

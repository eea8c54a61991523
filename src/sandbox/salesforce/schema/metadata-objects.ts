import type { FieldDef, ObjectDef } from '../../../crm/salesforce/metadata/index.js';
import { auditFields, field, ownerField, systemFields } from './field.js';
import type { FieldSpec } from './field.js';
import { readFieldDetails, readObjectDetails } from './sfdx-details.js';
import type { FieldType, SfField, ValidationRule } from './types.js';

/** Metadata field type → describe type. Custom number fields are doubles whatever their scale. */
const TYPES: Readonly<Record<string, FieldType>> = {
  Text: 'string',
  TextArea: 'textarea',
  LongTextArea: 'textarea',
  Html: 'textarea',
  Number: 'double',
  Currency: 'currency',
  Percent: 'percent',
  Checkbox: 'boolean',
  Date: 'date',
  DateTime: 'datetime',
  Picklist: 'picklist',
  MultiselectPicklist: 'multipicklist',
  Lookup: 'reference',
  MasterDetail: 'reference',
  Email: 'email',
  Phone: 'phone',
  Url: 'url',
};

/** A field of the SFDX source as the sandbox models it. */
export function metadataField(sourceRoot: string, def: FieldDef): SfField {
  const type = TYPES[def.type];
  if (!type) throw new Error(`${def.file}: field type ${def.type} is not supported by the sandbox`);
  const d = readFieldDetails(sourceRoot, def.file);
  const master = def.type === 'MasterDetail';
  const spec: FieldSpec = {
    label: def.label,
    required: def.required || master,
    helpText: def.helpText,
    externalId: d.externalId,
    ...(d.length !== undefined ? { length: d.length } : {}),
    ...(d.precision !== undefined ? { precision: d.precision } : {}),
    ...(d.scale !== undefined ? { scale: d.scale } : {}),
    ...(d.formula ? { formula: d.formula, calculated: true } : {}),
    ...(def.referenceTo
      ? {
          referenceTo: [def.referenceTo],
          relationshipName: def.name.replace(/__c$/, '__r'),
          cascadeDelete: master,
          updateable: !master || d.reparentable,
          nillable: !master,
        }
      : {}),
  };
  if (def.type === 'Checkbox' && !d.formula) spec.defaultValue = d.defaultValue === 'true';
  if (type === 'picklist' || type === 'multipicklist') {
    spec.restrictedPicklist = d.restricted;
    spec.picklistValues = def.picklistValues.map((value) => ({
      value,
      label: d.picklistLabels.get(value) ?? value,
      defaultValue: value === d.defaultPicklistValue,
    }));
    if (d.defaultPicklistValue) spec.defaultValue = d.defaultPicklistValue;
  }
  return field(def.name, type, spec);
}

export interface CustomObjectParts {
  readonly label: string;
  readonly labelPlural: string;
  readonly fields: SfField[];
  readonly validationRules: readonly ValidationRule[];
}

/** A custom object: Id, Name (text or auto-number), owner unless it has a master, its fields, audit fields. */
export function customObjectParts(sourceRoot: string, def: ObjectDef): CustomObjectParts {
  const details = readObjectDetails(sourceRoot, def.name);
  const own = [...def.fields.values()].map((f) => metadataField(sourceRoot, f));
  const hasMaster = [...def.fields.values()].some((f) => f.type === 'MasterDetail');
  const nameLabel = details.nameLabel ?? `${def.name} Name`;
  const name =
    def.nameFieldType === 'AutoNumber'
      ? field('Name', 'string', {
          label: nameLabel,
          length: 80,
          nameField: true,
          calculated: true,
          autoNumber: details.displayFormat ?? '{0}',
          nillable: false,
        })
      : // without a Name, Salesforce names the record after its id
        field('Name', 'string', { label: nameLabel, length: 80, nameField: true });
  return {
    label: details.label ?? def.name,
    labelPlural: details.pluralLabel ?? def.name,
    fields: [...systemFields(), name, ...(hasMaster ? [] : [ownerField()]), ...own, ...auditFields()],
    validationRules: details.validationRules,
  };
}

export function standardObjectRules(sourceRoot: string, object: string): readonly ValidationRule[] {
  return readObjectDetails(sourceRoot, object).validationRules;
}

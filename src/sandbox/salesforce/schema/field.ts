import type { FieldType, PicklistValue, SfField } from './types.js';

export type FieldSpec = { -readonly [K in keyof Omit<SfField, 'name' | 'type'>]?: SfField[K] } & {
  picklist?: readonly string[];
};

/** Builds a field with describe's defaults for its type; `spec` overrides them. */
export function field(name: string, type: FieldType, spec: FieldSpec = {}): SfField {
  const { picklist, ...rest } = spec;
  const calculated = rest.calculated ?? false;
  const picklistValues: readonly PicklistValue[] =
    rest.picklistValues ?? (picklist ?? []).map((value) => ({ value, label: value, defaultValue: false }));
  return {
    name,
    label: rest.label ?? labelOf(name),
    type,
    custom: name.endsWith('__c'),
    length: rest.length ?? defaultLength(type),
    precision: rest.precision ?? (type === 'currency' ? 18 : 0),
    scale: rest.scale ?? (type === 'currency' ? 2 : 0),
    digits: rest.digits ?? (type === 'int' ? 9 : 0),
    nillable: rest.nillable ?? !(rest.required || type === 'boolean' || type === 'id'),
    required: rest.required ?? false,
    createable: rest.createable ?? !calculated,
    updateable: rest.updateable ?? !calculated,
    calculated,
    picklistValues,
    restrictedPicklist: rest.restrictedPicklist ?? false,
    referenceTo: rest.referenceTo ?? [],
    cascadeDelete: rest.cascadeDelete ?? false,
    nameField: rest.nameField ?? false,
    externalId: rest.externalId ?? false,
    ...(rest.relationshipName ? { relationshipName: rest.relationshipName } : {}),
    ...(rest.formula ? { formula: rest.formula } : {}),
    ...(rest.defaultValue !== undefined ? { defaultValue: rest.defaultValue } : {}),
    ...(rest.autoNumber ? { autoNumber: rest.autoNumber } : {}),
    ...(rest.helpText ? { helpText: rest.helpText } : {}),
  };
}

function defaultLength(type: FieldType): number {
  switch (type) {
    case 'id':
    case 'reference':
      return 18;
    case 'string':
    case 'picklist':
    case 'url':
      return 255;
    case 'email':
      return 80;
    case 'phone':
      return 40;
    case 'textarea':
      return 32_000;
    case 'multipicklist':
      return 4099;
    default:
      return 0;
  }
}

/** `BillingCountry` → `Billing Country`, `ReportsToId` → `Reports To ID`. */
function labelOf(name: string): string {
  return name
    .replace(/__c$/, '')
    .replace(/_/g, ' ')
    .replace(/Id$/, ' ID')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim();
}

/** Id and the audit fields every object has. */
export function systemFields(): SfField[] {
  const audit = { calculated: true, createable: false, updateable: false };
  return [
    field('Id', 'id', { label: 'Record ID', ...audit, nillable: false }),
    field('IsDeleted', 'boolean', { label: 'Deleted', ...audit }),
  ];
}

export function auditFields(): SfField[] {
  const audit = { calculated: true, createable: false, updateable: false, nillable: false };
  const byUser = { ...audit, referenceTo: ['User'] };
  return [
    field('CreatedDate', 'datetime', { label: 'Created Date', ...audit }),
    field('CreatedById', 'reference', { label: 'Created By ID', ...byUser, relationshipName: 'CreatedBy' }),
    field('LastModifiedDate', 'datetime', { label: 'Last Modified Date', ...audit }),
    field('LastModifiedById', 'reference', {
      label: 'Last Modified By ID',
      ...byUser,
      relationshipName: 'LastModifiedBy',
    }),
    field('SystemModstamp', 'datetime', { label: 'System Modstamp', ...audit }),
  ];
}

export const ownerField = () =>
  field('OwnerId', 'reference', {
    label: 'Owner ID',
    referenceTo: ['User'],
    relationshipName: 'Owner',
    nillable: false,
  });

import type { SfField, SfObject } from './types.js';
import { TEXT_FIELD_TYPES } from './types.js';

const SOAP_TYPES: Readonly<Record<string, string>> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  boolean: 'xsd:boolean',
  double: 'xsd:double',
  currency: 'xsd:double',
  percent: 'xsd:double',
  int: 'xsd:int',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
};

const urls = (version: string, name: string) => ({
  sobject: `/services/data/${version}/sobjects/${name}`,
  describe: `/services/data/${version}/sobjects/${name}/describe`,
  rowTemplate: `/services/data/${version}/sobjects/${name}/{ID}`,
});

/** One field as `sobjects/{Type}/describe` lists it. */
export function describeField(f: SfField) {
  const text = TEXT_FIELD_TYPES.has(f.type);
  return {
    aggregatable: f.type !== 'textarea' && f.type !== 'multipicklist',
    autoNumber: f.autoNumber !== undefined,
    byteLength: text ? f.length * 3 : 0,
    calculated: f.formula !== undefined,
    calculatedFormula: f.formula ?? null,
    cascadeDelete: f.cascadeDelete,
    caseSensitive: false,
    createable: f.createable,
    custom: f.custom,
    defaultValue: typeof f.defaultValue === 'boolean' ? f.defaultValue : null,
    defaultedOnCreate: f.defaultValue !== undefined || f.calculated || f.name === 'OwnerId',
    dependentPicklist: false,
    deprecatedAndHidden: false,
    digits: f.digits,
    externalId: f.externalId,
    filterable: f.type !== 'textarea',
    groupable: text && f.type !== 'textarea' && f.type !== 'multipicklist',
    htmlFormatted: false,
    idLookup: f.type === 'id' || f.externalId,
    inlineHelpText: f.helpText ?? null,
    label: f.label,
    length: f.length,
    name: f.name,
    nameField: f.nameField,
    namePointing: false,
    nillable: f.nillable,
    picklistValues: f.picklistValues.map((p) => ({
      active: true,
      defaultValue: p.defaultValue,
      label: p.label,
      validFor: null,
      value: p.value,
    })),
    polymorphicForeignKey: false,
    precision: f.precision,
    referenceTo: [...f.referenceTo],
    relationshipName: f.relationshipName ?? null,
    relationshipOrder: f.cascadeDelete ? 0 : null,
    restrictedPicklist: f.restrictedPicklist,
    scale: f.scale,
    soapType: SOAP_TYPES[f.type] ?? 'xsd:string',
    sortable: f.type !== 'textarea' && f.type !== 'multipicklist',
    type: f.type,
    unique: false,
    updateable: f.updateable,
    writeRequiresMasterRead: false,
  };
}

/** The object-level properties shared by describeGlobal and describe. */
export function describeSummary(o: SfObject, version: string) {
  return {
    activateable: false,
    createable: o.writable,
    custom: o.custom,
    customSetting: false,
    deletable: o.writable,
    deprecatedAndHidden: false,
    feedEnabled: false,
    keyPrefix: o.keyPrefix,
    label: o.label,
    labelPlural: o.labelPlural,
    layoutable: true,
    mergeable: false,
    mruEnabled: false,
    name: o.name,
    queryable: true,
    replicateable: true,
    retrieveable: true,
    searchable: true,
    triggerable: true,
    undeletable: o.writable,
    updateable: o.writable,
    urls: urls(version, o.name),
  };
}

/** `GET sobjects/{Type}/describe`. */
export function describeObject(o: SfObject, version: string) {
  return {
    ...describeSummary(o, version),
    childRelationships: o.childRelationships.map((c) => ({
      cascadeDelete: c.cascadeDelete,
      childSObject: c.childSObject,
      deprecatedAndHidden: false,
      field: c.field,
      junctionIdListNames: [],
      junctionReferenceTo: [],
      relationshipName: c.relationshipName,
      restrictedDelete: false,
    })),
    fields: o.fields.map(describeField),
    recordTypeInfos: [],
  };
}

/** The sandbox's model of Salesforce objects and fields, as describe reports them. */
export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'picklist'
  | 'multipicklist'
  | 'boolean'
  | 'double'
  | 'currency'
  | 'percent'
  | 'int'
  | 'date'
  | 'datetime'
  | 'reference'
  | 'email'
  | 'phone'
  | 'url';

export interface PicklistValue {
  readonly value: string;
  readonly label: string;
  readonly defaultValue: boolean;
}

export interface SfField {
  readonly name: string;
  readonly label: string;
  readonly type: FieldType;
  readonly custom: boolean;
  /** text length (0 for non-text) */
  readonly length: number;
  readonly precision: number;
  readonly scale: number;
  /** int fields: number of digits */
  readonly digits: number;
  readonly nillable: boolean;
  /** required on create (REQUIRED_FIELD_MISSING when absent and no default) */
  readonly required: boolean;
  readonly createable: boolean;
  readonly updateable: boolean;
  /** system-maintained or computed on save (Name of a contact, IsClosed, formulas, audit fields) */
  readonly calculated: boolean;
  readonly formula?: string;
  readonly defaultValue?: string | number | boolean;
  readonly picklistValues: readonly PicklistValue[];
  readonly restrictedPicklist: boolean;
  readonly referenceTo: readonly string[];
  /** parent relationship name in SOQL: `Account`, `ReportsTo`, `Account__r` */
  readonly relationshipName?: string;
  /** master-detail: deleting the parent deletes this record */
  readonly cascadeDelete: boolean;
  readonly nameField: boolean;
  readonly autoNumber?: string;
  readonly externalId: boolean;
  readonly helpText?: string;
}

export interface ChildRelationship {
  readonly childSObject: string;
  readonly field: string;
  /** `Contacts`, `KAM_Actions__r` */
  readonly relationshipName: string;
  readonly cascadeDelete: boolean;
}

/** A validation rule read from the SFDX source. */
export interface ValidationRule {
  readonly name: string;
  readonly formula: string;
  readonly message: string;
  readonly displayField?: string;
}

export interface SfObject {
  readonly name: string;
  readonly label: string;
  readonly labelPlural: string;
  readonly keyPrefix: string;
  readonly custom: boolean;
  /** false for objects the sandbox seeds itself (User) */
  readonly writable: boolean;
  /** SQLite table holding the records */
  readonly table: string;
  /** fields in describe order */
  readonly fields: readonly SfField[];
  readonly childRelationships: readonly ChildRelationship[];
  readonly validationRules: readonly ValidationRule[];
  field(name: string): SfField | undefined;
  /** the reference field whose relationshipName is `name` (case-insensitive) */
  parentRelationship(name: string): SfField | undefined;
  childRelationship(name: string): ChildRelationship | undefined;
}

/** Field types whose values are text (searchable with LIKE, filterable, described as strings). */
export const TEXT_FIELD_TYPES: ReadonlySet<string> = new Set([
  'string',
  'textarea',
  'picklist',
  'multipicklist',
  'email',
  'phone',
  'url',
  'id',
  'reference',
]);

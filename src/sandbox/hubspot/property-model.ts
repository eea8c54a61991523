/** A HubSpot property definition as the properties API returns it. */
export interface PropertyOption {
  label: string;
  value: string;
  description?: string;
  displayOrder: number;
  hidden: boolean;
}

export interface PropertyDefinition {
  name: string;
  label: string;
  type: string;
  fieldType: string;
  description: string;
  groupName: string;
  options: PropertyOption[];
  displayOrder: number;
  calculated: boolean;
  externalOptions: boolean;
  hasUniqueValue: boolean;
  hidden: boolean;
  formField: boolean;
  hubspotDefined?: boolean;
  showCurrencySymbol?: boolean;
  referencedObjectType?: string;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  modificationMetadata: { archivable: boolean; readOnlyDefinition: boolean; readOnlyValue: boolean };
}

export interface PropertyGroup {
  name: string;
  label: string;
  displayOrder: number;
  archived: boolean;
}

/** Valid `type` → `fieldType` pairs (HubSpot's properties API rejects other combinations). */
export const FIELD_TYPES: Readonly<Record<string, readonly string[]>> = {
  bool: ['booleancheckbox', 'calculation_equation'],
  enumeration: ['booleancheckbox', 'checkbox', 'radio', 'select', 'calculation_equation'],
  date: ['date'],
  datetime: ['date'],
  string: ['text', 'textarea', 'file', 'html', 'phonenumber'],
  number: ['number', 'calculation_equation'],
  phone_number: ['phonenumber'],
};

export const PROPERTY_TYPES = Object.keys(FIELD_TYPES);

/** Property and object names: lowercase letter first, then lowercase letters, digits, underscores. */
export const NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

import type { PropertyDefinition, PropertyGroup, PropertyOption } from './property-model.js';

/** The standard objects' common properties, as a fresh HubSpot portal has them. */
type Spec = readonly [name: string, label: string, type: string, fieldType: string, extra?: Extra];
interface Extra {
  readonly options?: readonly string[];
  readonly readOnly?: boolean;
  readonly unique?: boolean;
  readonly external?: boolean;
  readonly group?: string;
}

const EPOCH = '2020-01-01T00:00:00Z';
const RO = { readOnly: true } as const;

const INDUSTRIES = [
  'AUTOMOTIVE',
  'BANKING',
  'BUILDING_MATERIALS',
  'CHEMICALS',
  'COMPUTER_HARDWARE',
  'COMPUTER_SOFTWARE',
  'CONSTRUCTION',
  'CONSUMER_GOODS',
  'ELECTRICAL_ELECTRONIC_MANUFACTURING',
  'FOOD_PRODUCTION',
  'HOSPITAL_HEALTH_CARE',
  'INDUSTRIAL_AUTOMATION',
  'INFORMATION_TECHNOLOGY_AND_SERVICES',
  'INSURANCE',
  'LOGISTICS_AND_SUPPLY_CHAIN',
  'MACHINERY',
  'MECHANICAL_OR_INDUSTRIAL_ENGINEERING',
  'MEDICAL_DEVICES',
  'MINING_METALS',
  'PACKAGING_AND_CONTAINERS',
  'PHARMACEUTICALS',
  'PLASTICS',
  'RETAIL',
  'TELECOMMUNICATIONS',
  'TEXTILES',
  'TRANSPORTATION_TRUCKING_RAILROAD',
  'UTILITIES',
  'WHOLESALE',
];
const LIFECYCLE = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
];
export const DEAL_STAGE_PROBABILITY: Readonly<Record<string, string>> = {
  appointmentscheduled: '0.2',
  qualifiedtobuy: '0.4',
  presentationscheduled: '0.6',
  decisionmakerboughtin: '0.8',
  contractsent: '0.9',
  closedwon: '1',
  closedlost: '0',
};

const owner: Spec = ['hubspot_owner_id', 'Owner', 'enumeration', 'select', { external: true }];
const objectId: Spec = ['hs_object_id', 'Record ID', 'number', 'number', RO];
const createdate: Spec = ['createdate', 'Create Date', 'datetime', 'date', RO];

const SPECS: Readonly<Record<string, readonly Spec[]>> = {
  '0-2': [
    ['name', 'Company name', 'string', 'text'],
    ['domain', 'Company Domain Name', 'string', 'text'],
    ['website', 'Website URL', 'string', 'text'],
    ['phone', 'Phone Number', 'string', 'phonenumber'],
    ['industry', 'Industry', 'enumeration', 'select', { options: INDUSTRIES }],
    ['annualrevenue', 'Annual Revenue', 'number', 'number'],
    ['numberofemployees', 'Number of Employees', 'number', 'number'],
    ['country', 'Country/Region', 'string', 'text'],
    ['city', 'City', 'string', 'text'],
    ['zip', 'Postal Code', 'string', 'text'],
    ['description', 'Description', 'string', 'textarea'],
    ['lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', { options: LIFECYCLE }],
    // "Last Activity Date": HubSpot computes it from logged calls, meetings, e-mails and notes
    ['notes_last_updated', 'Last Activity Date', 'datetime', 'date', RO],
    owner,
    createdate,
    ['hs_lastmodifieddate', 'Last Modified Date', 'datetime', 'date', RO],
    objectId,
  ],
  '0-1': [
    ['firstname', 'First Name', 'string', 'text'],
    ['lastname', 'Last Name', 'string', 'text'],
    ['email', 'Email', 'string', 'text', { unique: true }],
    ['jobtitle', 'Job Title', 'string', 'text'],
    ['phone', 'Phone Number', 'string', 'phonenumber'],
    ['company', 'Company Name', 'string', 'text'],
    ['city', 'City', 'string', 'text'],
    ['country', 'Country/Region', 'string', 'text'],
    ['associatedcompanyid', 'Primary Associated Company ID', 'number', 'number'],
    ['lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', { options: LIFECYCLE }],
    owner,
    createdate,
    ['lastmodifieddate', 'Last Modified Date', 'datetime', 'date', RO],
    objectId,
  ],
  '0-3': [
    ['dealname', 'Deal Name', 'string', 'text'],
    ['amount', 'Amount', 'number', 'number'],
    ['dealstage', 'Deal Stage', 'enumeration', 'radio', { options: Object.keys(DEAL_STAGE_PROBABILITY) }],
    ['pipeline', 'Pipeline', 'enumeration', 'select', { options: ['default'] }],
    ['closedate', 'Close Date', 'datetime', 'date'],
    ['dealtype', 'Deal Type', 'enumeration', 'radio', { options: ['newbusiness', 'existingbusiness'] }],
    ['description', 'Deal Description', 'string', 'textarea'],
    ['hs_deal_stage_probability', 'Deal probability', 'number', 'number', RO],
    ['hs_forecast_probability', 'Forecast probability', 'number', 'number'],
    ['hs_is_closed_won', 'Is Closed Won', 'bool', 'booleancheckbox', RO],
    owner,
    createdate,
    ['hs_lastmodifieddate', 'Last Modified Date', 'datetime', 'date', RO],
    objectId,
  ],
};

const GROUPS: Readonly<Record<string, readonly [string, string]>> = {
  '0-2': ['companyinformation', 'Company information'],
  '0-1': ['contactinformation', 'Contact information'],
  '0-3': ['dealinformation', 'Deal information'],
};

export function standardGroups(objectTypeId: string): PropertyGroup[] {
  const group = GROUPS[objectTypeId];
  return group ? [{ name: group[0], label: group[1], displayOrder: -1, archived: false }] : [];
}

export function standardProperties(objectTypeId: string): PropertyDefinition[] {
  const group = GROUPS[objectTypeId]?.[0] ?? 'information';
  return (SPECS[objectTypeId] ?? []).map(([name, label, type, fieldType, extra = {}], i) =>
    definition({ name, label, type, fieldType, groupName: extra.group ?? group, displayOrder: i, extra }),
  );
}

/** The read-only properties every custom object carries. */
export function customObjectBaseProperties(groupName: string): PropertyDefinition[] {
  const base: Spec[] = [
    ['hs_object_id', 'Record ID', 'number', 'number', RO],
    ['hs_createdate', 'Object create date/time', 'datetime', 'date', RO],
    ['hs_lastmodifieddate', 'Object last modified date/time', 'datetime', 'date', RO],
  ];
  return base.map(([name, label, type, fieldType, extra = {}], i) =>
    definition({ name, label, type, fieldType, groupName, displayOrder: -1 - i, extra }),
  );
}

function definition(d: {
  name: string;
  label: string;
  type: string;
  fieldType: string;
  groupName: string;
  displayOrder: number;
  extra: Extra;
}): PropertyDefinition {
  const options: PropertyOption[] = (d.extra.options ?? []).map((value, i) => ({
    label: value,
    value,
    displayOrder: i,
    hidden: false,
  }));
  if (d.type === 'bool') {
    options.push({ label: 'Yes', value: 'true', displayOrder: 0, hidden: false });
    options.push({ label: 'No', value: 'false', displayOrder: 1, hidden: false });
  }
  return {
    name: d.name,
    label: d.label,
    type: d.type,
    fieldType: d.fieldType,
    description: '',
    groupName: d.groupName,
    options,
    displayOrder: d.displayOrder,
    calculated: false,
    externalOptions: d.extra.external ?? false,
    hasUniqueValue: d.extra.unique ?? false,
    hidden: false,
    formField: !d.extra.readOnly,
    hubspotDefined: true,
    createdAt: EPOCH,
    updatedAt: EPOCH,
    archived: false,
    modificationMetadata: {
      archivable: false,
      readOnlyDefinition: true,
      readOnlyValue: d.extra.readOnly ?? false,
    },
  };
}

import { auditFields, field, ownerField, systemFields } from './field.js';
import { taskObject } from './task-object.js';
import type { SfField } from './types.js';

/** Built-in definitions of the standard objects' common fields (the SFDX source adds only KAM fields). */
export interface StandardObjectDef {
  readonly name: string;
  readonly label: string;
  readonly labelPlural: string;
  readonly keyPrefix: string;
  readonly fields: readonly SfField[];
  /** child relationship names of standard lookups pointing here: child object → field → name */
  readonly children: readonly {
    childSObject: string;
    field: string;
    relationshipName: string;
    cascadeDelete: boolean;
  }[];
  /** seeded by the sandbox, read-only through the API */
  readonly readOnly?: boolean;
}

const readOnly = { calculated: true, createable: false, updateable: false };

/** Opportunity stages: value, default probability, closed, won. */
export const OPPORTUNITY_STAGES: readonly (readonly [string, number, boolean, boolean])[] = [
  ['Prospecting', 10, false, false],
  ['Qualification', 10, false, false],
  ['Needs Analysis', 20, false, false],
  ['Value Proposition', 50, false, false],
  ['Id. Decision Makers', 60, false, false],
  ['Perception Analysis', 70, false, false],
  ['Proposal/Price Quote', 75, false, false],
  ['Negotiation/Review', 90, false, false],
  ['Closed Won', 100, true, true],
  ['Closed Lost', 0, true, false],
];

const INDUSTRIES = [
  'Agriculture',
  'Apparel',
  'Banking',
  'Biotechnology',
  'Chemicals',
  'Communications',
  'Construction',
  'Consulting',
  'Education',
  'Electronics',
  'Energy',
  'Engineering',
  'Entertainment',
  'Environmental',
  'Finance',
  'Food & Beverage',
  'Government',
  'Healthcare',
  'Hospitality',
  'Insurance',
  'Machinery',
  'Manufacturing',
  'Media',
  'Not For Profit',
  'Recreation',
  'Retail',
  'Shipping',
  'Technology',
  'Telecommunications',
  'Transportation',
  'Utilities',
  'Other',
];

const account: StandardObjectDef = {
  name: 'Account',
  label: 'Account',
  labelPlural: 'Accounts',
  keyPrefix: '001',
  fields: [
    ...systemFields(),
    field('Name', 'string', { label: 'Account Name', required: true, nameField: true }),
    field('Type', 'picklist', {
      label: 'Account Type',
      picklist: ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Partner', 'Other'],
    }),
    field('ParentId', 'reference', {
      label: 'Parent Account ID',
      referenceTo: ['Account'],
      relationshipName: 'Parent',
    }),
    field('BillingStreet', 'textarea', { length: 255 }),
    field('BillingCity', 'string', { length: 40 }),
    field('BillingState', 'string', { length: 80 }),
    field('BillingPostalCode', 'string', { length: 20 }),
    field('BillingCountry', 'string', { length: 80 }),
    field('Phone', 'phone', { label: 'Account Phone' }),
    field('Website', 'url'),
    field('Industry', 'picklist', { picklist: INDUSTRIES }),
    field('AnnualRevenue', 'currency', { label: 'Annual Revenue', scale: 0 }),
    field('NumberOfEmployees', 'int', { label: 'Employees', digits: 8 }),
    field('Description', 'textarea', { label: 'Account Description' }),
    ownerField(),
    ...auditFields(),
    field('LastActivityDate', 'date', { label: 'Last Activity', ...readOnly }),
  ],
  children: [
    { childSObject: 'Account', field: 'ParentId', relationshipName: 'ChildAccounts', cascadeDelete: false },
    { childSObject: 'Contact', field: 'AccountId', relationshipName: 'Contacts', cascadeDelete: true },
    {
      childSObject: 'Opportunity',
      field: 'AccountId',
      relationshipName: 'Opportunities',
      cascadeDelete: true,
    },
    { childSObject: 'Task', field: 'WhatId', relationshipName: 'Tasks', cascadeDelete: true },
  ],
};

const contact: StandardObjectDef = {
  name: 'Contact',
  label: 'Contact',
  labelPlural: 'Contacts',
  keyPrefix: '003',
  fields: [
    ...systemFields(),
    field('AccountId', 'reference', {
      label: 'Account ID',
      referenceTo: ['Account'],
      relationshipName: 'Account',
    }),
    field('LastName', 'string', { label: 'Last Name', length: 80, required: true }),
    field('FirstName', 'string', { label: 'First Name', length: 40 }),
    field('Salutation', 'picklist', { picklist: ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'] }),
    field('Name', 'string', { label: 'Full Name', length: 121, nameField: true, ...readOnly }),
    field('Title', 'string', { length: 128 }),
    field('Department', 'string', { length: 80 }),
    field('Email', 'email'),
    field('Phone', 'phone', { label: 'Business Phone' }),
    field('MobilePhone', 'phone', { label: 'Mobile Phone' }),
    field('ReportsToId', 'reference', {
      label: 'Reports To ID',
      referenceTo: ['Contact'],
      relationshipName: 'ReportsTo',
    }),
    field('MailingCity', 'string', { length: 40 }),
    field('MailingCountry', 'string', { length: 80 }),
    field('Description', 'textarea', { label: 'Contact Description' }),
    ownerField(),
    ...auditFields(),
    field('LastActivityDate', 'date', { label: 'Last Activity', ...readOnly }),
  ],
  children: [{ childSObject: 'Task', field: 'WhoId', relationshipName: 'Tasks', cascadeDelete: false }],
};

const opportunity: StandardObjectDef = {
  name: 'Opportunity',
  label: 'Opportunity',
  labelPlural: 'Opportunities',
  keyPrefix: '006',
  fields: [
    ...systemFields(),
    field('AccountId', 'reference', {
      label: 'Account ID',
      referenceTo: ['Account'],
      relationshipName: 'Account',
    }),
    field('Name', 'string', { required: true, length: 120, nameField: true }),
    field('Description', 'textarea'),
    field('StageName', 'picklist', {
      label: 'Stage',
      required: true,
      picklist: OPPORTUNITY_STAGES.map((s) => s[0]),
    }),
    field('Amount', 'currency'),
    field('Probability', 'percent', { label: 'Probability (%)', precision: 3, scale: 0 }),
    field('CloseDate', 'date', { label: 'Close Date', required: true }),
    field('Type', 'picklist', {
      label: 'Opportunity Type',
      picklist: [
        'Existing Customer - Upgrade',
        'Existing Customer - Replacement',
        'Existing Customer - Downgrade',
        'New Customer',
      ],
    }),
    field('NextStep', 'string', { label: 'Next Step' }),
    field('LeadSource', 'picklist', {
      picklist: ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'],
    }),
    field('IsClosed', 'boolean', { label: 'Closed', ...readOnly }),
    field('IsWon', 'boolean', { label: 'Won', ...readOnly }),
    field('ForecastCategoryName', 'picklist', {
      label: 'Forecast Category',
      picklist: ['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed'],
    }),
    ownerField(),
    ...auditFields(),
    field('LastActivityDate', 'date', { label: 'Last Activity', ...readOnly }),
  ],
  children: [{ childSObject: 'Task', field: 'WhatId', relationshipName: 'Tasks', cascadeDelete: true }],
};

const user: StandardObjectDef = {
  name: 'User',
  label: 'User',
  labelPlural: 'Users',
  keyPrefix: '005',
  readOnly: true,
  fields: [
    ...systemFields().filter((f) => f.name !== 'IsDeleted'),
    field('Username', 'string', { length: 80, required: true, externalId: true }),
    field('LastName', 'string', { label: 'Last Name', length: 80, required: true }),
    field('FirstName', 'string', { label: 'First Name', length: 40 }),
    field('Name', 'string', { label: 'Full Name', length: 121, nameField: true, ...readOnly }),
    field('Email', 'email', { required: true }),
    field('IsActive', 'boolean', { label: 'Active', defaultValue: true }),
    ...auditFields(),
  ],
  children: [],
};

export const STANDARD_OBJECTS: readonly StandardObjectDef[] = [
  account,
  contact,
  opportunity,
  user,
  taskObject,
];

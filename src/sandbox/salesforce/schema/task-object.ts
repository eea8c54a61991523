import { auditFields, field, ownerField, systemFields } from './field.js';

const readOnly = { calculated: true, createable: false, updateable: false };

/** `Task.Status` values; `Completed` is the closed one (it counts as an activity). */
export const TASK_STATUSES = [
  'Not Started',
  'In Progress',
  'Completed',
  'Waiting on someone else',
  'Deferred',
];
export const CLOSED_TASK_STATUSES: ReadonlySet<string> = new Set(['Completed']);

/**
 * A minimal Task: what an org records a touch point with. A completed task sets the
 * `LastActivityDate` of what it is about (`WhatId`), of whom (`WhoId`) and of their account
 * (`AccountId`, derived as Salesforce does). Listed with the standard objects.
 */
export const taskObject = {
  name: 'Task',
  label: 'Task',
  labelPlural: 'Tasks',
  keyPrefix: '00T',
  fields: [
    ...systemFields(),
    field('Subject', 'string', { length: 255, nameField: true }),
    field('ActivityDate', 'date', { label: 'Due Date Only' }),
    field('Status', 'picklist', { required: true, picklist: TASK_STATUSES, defaultValue: 'Not Started' }),
    field('Priority', 'picklist', {
      required: true,
      picklist: ['High', 'Normal', 'Low'],
      defaultValue: 'Normal',
    }),
    field('WhatId', 'reference', {
      label: 'Related To ID',
      referenceTo: ['Account', 'Opportunity'],
      relationshipName: 'What',
    }),
    field('WhoId', 'reference', { label: 'Name ID', referenceTo: ['Contact'], relationshipName: 'Who' }),
    field('AccountId', 'reference', {
      label: 'Account ID',
      referenceTo: ['Account'],
      relationshipName: 'Account',
      ...readOnly,
    }),
    field('Description', 'textarea', { label: 'Comments' }),
    field('IsClosed', 'boolean', { label: 'Closed', ...readOnly }),
    ownerField(),
    ...auditFields(),
  ],
  children: [],
} as const;

/**
 * Standard Salesforce names the mapping uses beyond `SF` (which names every KAM field and the
 * standard fields the metadata refers to). Nothing here is created by the KAM metadata: these exist
 * in every org.
 */
export const STD = {
  id: 'Id',
  name: 'Name',
  createdDate: 'CreatedDate',
  lastModifiedDate: 'LastModifiedDate',
  account: {
    /** Child relationships of Account, for SOQL sub-queries. */
    contacts: 'Contacts',
    opportunities: 'Opportunities',
  },
  contact: {
    firstName: 'FirstName',
    lastName: 'LastName',
    title: 'Title',
    department: 'Department',
    email: 'Email',
  },
  opportunity: {
    name: 'Name',
    /** Both derive from the stage's definition in the org: read-only. */
    isClosed: 'IsClosed',
    isWon: 'IsWon',
  },
  /** A completed task is how an org records a touch point; `Account.LastActivityDate` derives from it. */
  task: {
    object: 'Task',
    subject: 'Subject',
    activityDate: 'ActivityDate',
    status: 'Status',
    relatedTo: 'WhatId',
  },
  user: { object: 'User', name: 'Name' },
} as const;

/**
 * Stage API values every org starts with. Translations change their labels only, so a German org
 * shows "Abgeschlossen und gewonnen" for the API value `Closed Won`.
 */
export const STANDARD_STAGES = {
  won: 'Closed Won',
  lost: 'Closed Lost',
  open: 'Prospecting',
} as const;

/** Standard `Task.Status` value that counts as done, so the task sets the account's last activity. */
export const COMPLETED_TASK_STATUS = 'Completed';

/** `Task.Subject` of the task that carries an account's last activity (a standard Subject value). */
export const LAST_ACTIVITY_SUBJECT = 'Other';

/**
 * The parent relationship behind a lookup field, as SOQL and the REST API name it:
 * `Owner__c` → `Owner__r`, `OwnerId` → `Owner`.
 */
export function parentRelationship(lookupField: string): string {
  if (lookupField.endsWith('__c')) return `${lookupField.slice(0, -3)}__r`;
  if (lookupField.endsWith('Id')) return lookupField.slice(0, -2);
  throw new Error(`${lookupField} is not a lookup field name`);
}

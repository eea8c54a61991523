import type { CrmKind } from './port.js';

/** How each CRM's events name its account object type (a `RecordRef.type`). */
export const ACCOUNT_RECORD_TYPE: Readonly<Record<CrmKind, string>> = {
  hubspot: '0-2',
  salesforce: 'Account',
};

/**
 * The plan records of an account as the GraphQL wire adapter reads them, mapped to the core's shapes
 * (`src/core/model`) exactly as the service's Salesforce mapping does (`src/crm/salesforce/mapping`):
 * picklist API values are the core's enum values, percent fields hold 0–100 where the core holds 0…1.
 * A record the core could not take (a required value missing, an unknown picklist value) is left out.
 */

export {
  PAGE_SIZE,
  dealVariables,
  VALUE_CHAIN_QUERY,
  OPPORTUNITIES_QUERY,
  ACTION_PLAN_QUERY,
} from './queries';
export { hasMorePages, nodesOf, mapNodes } from './graphqlNodes';
export {
  PORTER_ACTIVITIES,
  ASSESSMENTS,
  VALUE_CHAIN_NOTE,
  toValueChainNote,
  valueChainNoteFields,
} from './valueChainRecords';
export { HORIZONS, POTENTIAL, toPotential, potentialFields } from './potentialRecords';
export { OPPORTUNITY, toDeal } from './dealRecords';
export {
  ACTION_STATUSES,
  ACTION_KINDS,
  ACCOUNT_PLAN,
  ACTION,
  toAction,
  toAccountPlan,
  actionFields,
} from './actionRecords';

/** A record input to create a child of the account (the master-detail set). */
export function childRecordInput(apiName, accountId, fields) {
  return { apiName, fields: { Account__c: accountId, ...fields } };
}

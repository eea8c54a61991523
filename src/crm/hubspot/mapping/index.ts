/** HubSpot ↔ core mapping: pure functions between core records and HubSpot property maps. */
export { accountDerivedValues, accountFromCrm, accountToCrm } from './account.js';
export { planFromCrm, planToCrm } from './account-plan.js';
export type { PlanRead, PlanWriteContext } from './account-plan.js';
export { contactFromCrm, contactToCrm } from './contact.js';
export { dealFromCrm, dealToCrm } from './deal.js';
export { formatIssue } from './issues.js';
export type { ReadIssue } from './issues.js';
export {
  actionFromCrm,
  actionToCrm,
  potentialFromCrm,
  potentialToCrm,
  valueChainNoteFromCrm,
  valueChainNoteToCrm,
} from './kam-objects.js';
export { DEFAULT_LOOKUPS, HubSpotLookups } from './lookups.js';
export type { HubSpotLookupsInput } from './lookups.js';
export { joinName, splitName } from './person-name.js';
export { indexById, snapshotFromCrm } from './read-snapshot.js';
export type { HubSpotAccountRecords, SnapshotRead } from './read-snapshot.js';
export { ACCOUNT_PARTS } from './records.js';
export type { AccountPart, HubSpotProperties, HubSpotRecord } from './records.js';
export {
  relationshipsFromCrm,
  relationshipToCrm,
  reportsToLinesToWrite,
  reportsToLineToCrm,
} from './relationship.js';
export type { RelationshipsRead, ReportsToRead, TieNames } from './relationship.js';
export { scoreOutputsChanged, scoreResultToCrm } from './score.js';
export { DEFAULT_DEAL_STAGES, HS_STANDARD } from './standard-fields.js';
export type { DealOutcome, DealStageOption } from './standard-fields.js';
export { snapshotToCrmPlan, withCrmIds } from './write-plan.js';
export type { HubSpotWritePlan, PlannedLink, PlannedRecord, WriteOptions } from './write-plan.js';

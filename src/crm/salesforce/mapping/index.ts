/** Salesforce ↔ core mapping: pure functions between jsforce's record shapes and the core's types. */
export { accountSnapshotQuery, SNAPSHOT_QUERY_BATCH, soqlString } from './soql.js';
export {
  accountSnapshotFromRecord,
  accountSnapshotsFromRecords,
  type SnapshotReadOptions,
  type SnapshotReadResult,
} from './read-snapshot.js';
export { isKeyAccountRecord } from './read-account.js';
export {
  accountToCrm,
  contactToCrm,
  dealToCrm,
  lastActivityToCrm,
  stageToCrm,
  type ChildDraftOptions,
  type ContactDraftOptions,
  type DraftOptions,
} from './write-account.js';
export {
  actionToCrm,
  planToCrm,
  potentialToCrm,
  relationshipToCrm,
  valueChainNoteToCrm,
  type RelationshipDraftOptions,
} from './write-kam.js';
export { CREATE_ORDER, resolveDraft, resolveRef, snapshotToCrmPlan } from './write-plan.js';
export {
  scoreOutputsChanged,
  scoreOutputsFromRecord,
  scoreResultToCrm,
  type ScoreOutputs,
} from './score-outputs.js';
export { SalesforceMappingError, type MappingErrorCode, type MappingIssue } from './errors.js';
export { FIELD_LIMITS, type FieldLimit } from './field-limits.js';
export { idChecksum, isSalesforceId } from './ids.js';
export { STANDARD_STAGES, STD } from './standard-fields.js';
export type * from './wire.js';

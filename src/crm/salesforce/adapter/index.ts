/** The Salesforce `CrmPort` (jsforce), with its per-org call budget. */
export {
  SalesforceAdapter,
  DEFAULT_API_VERSION,
  type SalesforceAdapterOptions,
} from './salesforce-adapter.js';
export {
  OrgLimits,
  SalesforceLimitError,
  DEFAULT_RETRY_POLICY,
  classifyFailure,
  type SalesforceRetryPolicy,
  type FailureKind,
} from './limits.js';
export { CALL_OPTIONS_HEADER, SERVICE_CLIENT } from './api.js';
export { COLLECTION_SIZE } from './collections.js';

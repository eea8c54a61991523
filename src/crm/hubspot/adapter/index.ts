/** The HubSpot `CrmPort` adapter. */
export { HubSpotAdapter } from './hubspot-adapter.js';
export { HubSpotAdapterConfig } from './context.js';
export type { HubSpotAdapterConfigInput, HubSpotAdapterOptions, WindowFactory } from './context.js';
export { classifyHubSpotFailure, HubSpotDailyLimitError, HUBSPOT_POLICY } from './rate-limit.js';
export { ENTERPRISE_NEEDED } from './provision.js';
export { InvalidKamRecordError } from './records.js';

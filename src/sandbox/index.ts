/** The sandbox CRM: a local stand-in for HubSpot's and Salesforce's APIs. */
export { createSandbox, DEFAULT_SIDES } from './server.js';
export type { Sandbox } from './server.js';
export { SandboxOptions, SideFaults } from './options.js';
export type { ResolvedSandboxOptions } from './options.js';
export type { CallStats } from './stats.js';
export type { SandboxCredential, SandboxSide, SideContext, SideFactory } from './side.js';
export { createHubSpotSide } from './hubspot/side.js';
export { SeedRequest } from './seed/portfolio.js';
export type { SeedReport } from './seed/portfolio.js';
export type { SeedOptions, SideSeedResult } from './seed/types.js';

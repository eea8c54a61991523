/** Deterministic demo data: the demo portfolio, benchmark snapshots, example files, the seeded generator. */
export { DEFAULT_SEED, generatePortfolio, generateSnapshots } from './portfolio.js';
export type { PortfolioOptions, SnapshotOptions } from './portfolio.js';
export {
  CLASSIC_CASE,
  DEFAULT_PORTFOLIO_ACCOUNTS,
  EVENT_DRIVEN_CASE,
  MAX_PORTFOLIO_ACCOUNTS,
  MIN_PORTFOLIO_ACCOUNTS,
  portfolioLayout,
} from './layout.js';
export type { FixedIdentity, PortfolioEntry } from './layout.js';
export { PROFILE_KINDS } from './profiles.js';
export type { ProfileKind } from './profiles.js';
export { EXAMPLE_ACCOUNT_IDS, EXAMPLES_NOW, exampleFiles, exampleText } from './examples.js';
export type { ExampleFile } from './examples.js';
export { companySlug } from './company.js';
export { hashSeed, Rng } from './prng.js';
export type { Range, Seed } from './prng.js';
export { scoresAsOf, snapshotAsOf } from './history.js';

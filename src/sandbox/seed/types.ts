import type { Lang } from '../../core/i18n/types.js';
import type { AccountSnapshot } from '../../core/model/index.js';

/** How a side loads a portfolio. */
export interface SeedOptions {
  /** announce the writes (webhooks, outbound messages) as an import would; default: silent */
  readonly deliver: boolean;
  /** language of the KAM metadata labels and generated titles */
  readonly lang: Lang;
}

/** What one side created for a portfolio. */
export interface SideSeedResult {
  /** records (and links, settings) created, by kind: `companies: 36`, `Account: 36`, … */
  readonly created: Readonly<Record<string, number>>;
  /** the CRM id of every seeded account, by core account id */
  readonly accounts: Readonly<Record<string, string>>;
  /** every created record's CRM id by the write plan's key (`acc-007/company`, `Account/acc-007`) */
  readonly ids: ReadonlyMap<string, string>;
  /** the core id each created record holds, by CRM id */
  readonly coreIds: ReadonlyMap<string, string>;
  /** how long the seed took */
  readonly ms: number;
}

/** A side that can load a portfolio through its mappings. */
export interface SeedableSide {
  seed(snapshots: readonly AccountSnapshot[], options: SeedOptions): Promise<SideSeedResult>;
}

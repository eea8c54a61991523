/** The demo portfolio and bulk snapshots for benchmarks. */
import type { AccountSnapshot } from '../model/index.js';
import { DemoClock } from './clock.js';
import { companySlug } from './company.js';
import { CLASSIC_CASE, DEFAULT_PORTFOLIO_ACCOUNTS, EVENT_DRIVEN_CASE, portfolioLayout } from './layout.js';
import type { Seed } from './prng.js';
import { Rng } from './prng.js';
import { SNAPSHOT_PROFILE_WEIGHTS } from './profiles.js';
import { generateAccountSnapshot } from './snapshot.js';
import { seq } from './text.js';

export const DEFAULT_SEED = 'kam-demo';

export interface PortfolioOptions {
  /** Same seed, same portfolio. Default `kam-demo`. */
  readonly seed?: Seed;
  /** Number of accounts, 30…999. Default 36. */
  readonly accounts?: number;
  /** Every date is relative to this instant, so the demo always looks current. */
  readonly now: Date;
}

/**
 * The demo portfolio: the guide's classic case (`acc-classic`) and event-driven candidate
 * (`acc-event`) first, then `acc-001` … with profiles that vary on purpose (see `portfolioLayout`).
 * Every snapshot is valid under `AccountSnapshot.parse`, with defaults already applied. An account
 * depends only on the seed, its id and `now`, so a larger portfolio starts with the smaller one.
 */
export function generatePortfolio({
  seed = DEFAULT_SEED,
  accounts = DEFAULT_PORTFOLIO_ACCOUNTS,
  now,
}: PortfolioOptions): AccountSnapshot[] {
  const layout = portfolioLayout(accounts);
  const clock = new DemoClock(now);
  const root = new Rng(seed);
  const usedSlugs = new Set([CLASSIC_CASE, EVENT_DRIVEN_CASE].map((c) => companySlug(c.identity.name)));
  return layout.map((entry) => generateAccountSnapshot(entry, root.derive(entry.id), clock, usedSlugs));
}

export interface SnapshotOptions {
  readonly seed?: Seed;
  readonly now: Date;
}

/**
 * `count` snapshots for benchmarks, ids `snap-00001` …, profiles drawn at random in realistic
 * proportions. Same machinery as the portfolio, without its fixed cases; company names may repeat.
 */
export function generateSnapshots(
  count: number,
  { seed = DEFAULT_SEED, now }: SnapshotOptions,
): AccountSnapshot[] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  const clock = new DemoClock(now);
  const root = new Rng(`${seed}/snapshots`);
  const width = Math.max(5, `${count}`.length);
  const out: AccountSnapshot[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `snap-${seq(i, width)}`;
    const rng = root.derive(id);
    out.push(generateAccountSnapshot({ id, profile: rng.weighted(SNAPSHOT_PROFILE_WEIGHTS) }, rng, clock));
  }
  return out;
}

/**
 * The economic frame of one account, drawn first because everything else is scaled to it: our
 * revenue per year, the customer's wallet in our categories and the product lines it buys from us.
 */
import type { DemoClock } from './clock.js';
import type { Rng } from './prng.js';
import type { ProfileTraits } from './profiles.js';
import { roundTo } from './rounding.js';
import type { ProductLine } from './vocabulary/offer.js';
import { PRODUCT_LINES } from './vocabulary/offer.js';
import { math } from './math.js';

export interface YearRevenue {
  readonly year: number;
  readonly revenue: number;
}

export interface Economy {
  /** Our won revenue in the three full years before now, oldest first. */
  readonly fullYears: readonly YearRevenue[];
  readonly lastYearRevenue: number;
  /** Won so far in the current year: the year's trend times the share of the year that has passed. */
  readonly currentYearToDate: number;
  /** What the customer spends per year on what we sell (ours and the competitors' share). */
  readonly wallet: number;
  /** Product lines the customer buys from us, the most important first. */
  readonly lines: readonly ProductLine[];
}

const LINE_WEIGHTS = PRODUCT_LINES.map((line) => [line, line.weight] as const);

export function drawEconomy(rng: Rng, traits: ProfileTraits, clock: DemoClock): Economy {
  const lastYear = roundTo(rng.floatIn(traits.lastYearRevenue), 100);
  const minGrowth = traits.growth[0];
  const maxGrowth = traits.growth[1];
  const growth = rng.float(minGrowth, maxGrowth);
  // Year-to-year wobble, except where the profile fixes the revenue exactly (the classic case).
  const yearGrowth = () => (minGrowth === maxGrowth ? growth : growth + rng.float(-0.03, 0.03));
  const twoYearsAgo = traits.hasHistory ? roundTo(lastYear / (1 + yearGrowth()), 100) : 0;
  const threeYearsAgo = traits.hasHistory ? roundTo(twoYearsAgo / (1 + yearGrowth()), 100) : 0;
  const forecast = roundTo(lastYear * (1 + yearGrowth()), 100);
  const toDate = roundTo(forecast * clock.yearElapsed() * rng.float(0.9, 1.1), 100);

  const share = rng.floatIn(traits.shareOfWallet);
  const wallet = math.max(roundTo(lastYear / share, 1000), roundTo(lastYear, 1000) + 5000);
  const lineCount = lastYear < 30_000 ? 2 : lastYear < 150_000 ? 3 : lastYear < 500_000 ? 4 : 5;

  return {
    fullYears: [
      { year: clock.year - 3, revenue: threeYearsAgo },
      { year: clock.year - 2, revenue: twoYearsAgo },
      { year: clock.year - 1, revenue: lastYear },
    ],
    lastYearRevenue: lastYear,
    currentYearToDate: toDate,
    wallet,
    lines: rng.weightedSample(LINE_WEIGHTS, lineCount),
  };
}

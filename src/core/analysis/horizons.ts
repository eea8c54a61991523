import type { AccountSnapshot, Horizon, Potential } from '../model/index.js';
import { HORIZONS } from '../model/values.js';
import { yearOf } from '../time.js';
import type { Gap } from './gap.js';
import { gap } from './gap.js';
import { revenueByYear, revenueInYear, shareOfWallet } from './revenue.js';
import { byId } from '../order.js';

/** Potential added up: plain and probability-weighted volume per year. */
export interface PotentialSum {
  readonly volumePerYear: number;
  /** Σ volume per year × probability. */
  readonly weightedVolumePerYear: number;
  readonly count: number;
}

export interface HorizonFigures extends PotentialSum {
  readonly horizon: Horizon;
  /** Volume per year over current revenue; undefined when there is no current revenue. */
  readonly relativeToRevenue: number | undefined;
}

/** One row of the product line × horizon matrix. */
export interface ProductLineHorizons {
  readonly productLine: string;
  /** What we already sell in this line: won revenue of the last full year. */
  readonly currentRevenue: number;
  readonly byHorizon: Readonly<Record<Horizon, PotentialSum>>;
  readonly total: PotentialSum;
}

export type ShareOfWallet = NonNullable<ReturnType<typeof shareOfWallet>>;

/** Analyse der Verkaufschancen: potential per horizon and product line against today's business. */
export interface HorizonAnalysis {
  /** The last full calendar year: the base of current revenue. */
  readonly revenueYear: number;
  readonly currentRevenue: number;
  /** Short, medium, long, in that order (every horizon present, zero when empty). */
  readonly horizons: readonly HorizonFigures[];
  /** Product lines with potential or current revenue, alphabetical. */
  readonly productLines: readonly ProductLineHorizons[];
  /** All potentials together; relative to current revenue as for a horizon. */
  readonly total: PotentialSum & { readonly relativeToRevenue: number | undefined };
  readonly shareOfWallet: ShareOfWallet | undefined;
  readonly gaps: readonly Gap[];
}

const EMPTY: PotentialSum = { volumePerYear: 0, weightedVolumePerYear: 0, count: 0 };

function add(sum: PotentialSum, p: Potential): PotentialSum {
  return {
    volumePerYear: sum.volumePerYear + p.volumePerYear,
    weightedVolumePerYear: sum.weightedVolumePerYear + p.volumePerYear * p.probability,
    count: sum.count + 1,
  };
}

function relative(value: number, base: number): number | undefined {
  return base > 0 ? value / base : undefined;
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'de') || (a < b ? -1 : a > b ? 1 : 0);

export function analyseHorizons(
  snapshot: Pick<AccountSnapshot, 'account' | 'potentials' | 'deals'>,
  now: Date,
): HorizonAnalysis {
  const revenueYear = yearOf(now) - 1;
  // Summing in id order makes the floating-point totals independent of input order.
  const deals = [...snapshot.deals].sort(byId);
  const potentials = [...snapshot.potentials].sort(byId);
  const currentRevenue = revenueInYear(revenueByYear({ deals }), revenueYear);

  const perHorizon = new Map<Horizon, PotentialSum>(HORIZONS.map((h) => [h, EMPTY]));
  const perLine = new Map<string, Map<Horizon, PotentialSum>>();
  let total = EMPTY;
  for (const p of potentials) {
    perHorizon.set(p.horizon, add(perHorizon.get(p.horizon) ?? EMPTY, p));
    let line = perLine.get(p.productLine);
    if (!line) perLine.set(p.productLine, (line = new Map()));
    line.set(p.horizon, add(line.get(p.horizon) ?? EMPTY, p));
    total = add(total, p);
  }

  const lineNames = new Set(perLine.keys());
  for (const d of deals) {
    if (d.status === 'won' && d.productLine && yearOf(d.closeDate) === revenueYear)
      lineNames.add(d.productLine);
  }
  const productLines = [...lineNames].sort(compareText).map((productLine) => {
    const cells = perLine.get(productLine);
    const byHorizon = Object.fromEntries(HORIZONS.map((h) => [h, cells?.get(h) ?? EMPTY])) as Record<
      Horizon,
      PotentialSum
    >;
    const lineTotal = potentials.filter((p) => p.productLine === productLine).reduce(add, EMPTY);
    const lineDeals = deals.filter((d) => d.productLine === productLine);
    return {
      productLine,
      currentRevenue: revenueInYear(revenueByYear({ deals: lineDeals }), revenueYear),
      byHorizon,
      total: lineTotal,
    };
  });

  const horizons = HORIZONS.map((horizon) => {
    const sum = perHorizon.get(horizon) ?? EMPTY;
    return { horizon, ...sum, relativeToRevenue: relative(sum.volumePerYear, currentRevenue) };
  });

  return {
    revenueYear,
    currentRevenue,
    horizons,
    productLines,
    total: { ...total, relativeToRevenue: relative(total.volumePerYear, currentRevenue) },
    shareOfWallet: shareOfWallet({ account: snapshot.account, potentials }, currentRevenue),
    gaps: horizonGaps(potentials),
  };
}

function horizonGaps(potentials: readonly Potential[]): Gap[] {
  if (potentials.length === 0) return [gap('warning', 'horizons.gap.none')];
  // Many sellers only see the short term; a zero-volume entry is no view beyond it either.
  const beyondShortTerm = potentials.some((p) => p.horizon !== 'short' && p.volumePerYear > 0);
  return beyondShortTerm ? [] : [gap('warning', 'horizons.gap.shortTermOnly')];
}

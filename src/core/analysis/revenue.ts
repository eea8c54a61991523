import type { AccountSnapshot } from '../model/index.js';
import { fromCents, toCents } from '../money.js';
import { yearOf } from '../time.js';

export interface YearFigures {
  readonly year: number;
  readonly revenue: number;
  /** Contribution margin; undefined when no won deal of the year states one. */
  readonly contributionMargin: number | undefined;
  readonly wonDeals: number;
}

/**
 * Revenue and margin per calendar year from won deals (closed won by year, DESIGN §3), oldest first.
 * Summed in cents, so the result does not depend on the order of the deals.
 */
export function revenueByYear(snapshot: Pick<AccountSnapshot, 'deals'>): YearFigures[] {
  // An account has a handful of years: a short array beats a map, and it is kept in year order.
  const years: { year: number; revenue: number; contributionMargin: number | undefined; wonDeals: number }[] =
    [];
  for (const deal of snapshot.deals) {
    if (deal.status !== 'won') continue;
    const year = yearOf(deal.closeDate);
    let i = 0;
    while (i < years.length && years[i]!.year < year) i++;
    let y = years[i];
    if (!y || y.year !== year) {
      y = { year, revenue: 0, contributionMargin: undefined, wonDeals: 0 };
      years.push(y);
      for (let j = years.length - 1; j > i; j--) years[j] = years[j - 1]!;
      years[i] = y;
    }
    y.revenue += toCents(deal.amount);
    y.wonDeals += 1;
    if (deal.contributionMargin !== undefined)
      y.contributionMargin = (y.contributionMargin ?? 0) + toCents(deal.contributionMargin);
  }
  for (const y of years) {
    y.revenue = fromCents(y.revenue);
    if (y.contributionMargin !== undefined) y.contributionMargin = fromCents(y.contributionMargin);
  }
  return years;
}

/** Our revenue in one calendar year (0 when nothing was won that year). */
export function revenueInYear(history: readonly YearFigures[], year: number): number {
  for (const y of history) if (y.year === year) return y.revenue;
  return 0;
}

/**
 * Compound annual growth of revenue over the `span` full years before `currentYear`, e.g. for 2026
 * and span 2: from 2023 to 2025. Undefined when the start year has no revenue (growth from nothing
 * is not a rate) or there is no history at all.
 */
export function revenueGrowth(
  history: readonly YearFigures[],
  currentYear: number,
  span = 2,
): number | undefined {
  const end = revenueInYear(history, currentYear - 1);
  let startYear = currentYear - 1 - span;
  // Use the longest span the history supports, down to one year.
  while (startYear < currentYear - 2 && revenueInYear(history, startYear) === 0) startYear += 1;
  const start = revenueInYear(history, startYear);
  if (start <= 0) return undefined;
  const years = currentYear - 1 - startYear;
  return Math.pow(end / start, 1 / years) - 1;
}

/**
 * Share of wallet: our last full year's revenue over the customer's wallet. The wallet is the
 * customer's stated spend in our categories when known, otherwise our revenue plus the open
 * short-term potential (what the customer buys elsewhere today and could buy from us).
 */
export function shareOfWallet(
  snapshot: Pick<AccountSnapshot, 'account' | 'potentials'>,
  lastYearRevenue: number,
): { share: number; wallet: number; walletSource: 'stated' | 'estimated' } | undefined {
  const stated = snapshot.account.categorySpendPerYear;
  if (stated !== undefined && stated > 0) {
    return { share: Math.min(1, lastYearRevenue / stated), wallet: stated, walletSource: 'stated' };
  }
  let openShortTermCents = 0;
  let hasShort = false;
  for (const p of snapshot.potentials) {
    if (p.horizon === 'short') {
      openShortTermCents += toCents(p.volumePerYear);
      hasShort = true;
    }
  }
  if (!hasShort) return undefined;
  const openShortTerm = fromCents(openShortTermCents);
  const wallet = lastYearRevenue + openShortTerm;
  if (wallet <= 0) return undefined;
  return { share: lastYearRevenue / wallet, wallet, walletSource: 'estimated' };
}

import type { BuyingCenterCoverage } from '../analysis/buying-center.js';
import { analyseBuyingCenter } from '../analysis/buying-center.js';
import type { YearFigures } from '../analysis/revenue.js';
import { revenueByYear, revenueGrowth, revenueInYear, shareOfWallet } from '../analysis/revenue.js';
import type { AccountSnapshot } from '../model/index.js';
import { fromCents, toCents } from '../money.js';
import { daysBetween, isoDay } from '../time.js';

/**
 * Every field of a snapshot that scoring reads. Nothing else can change a score (a property test
 * holds this list to the code); the input fingerprint covers exactly these fields.
 */
export const SCORING_INPUTS = {
  account: ['id', 'currency', 'ratings', 'annualRevenue', 'categorySpendPerYear', 'lastActivityAt'],
  contacts: ['roles', 'influence', 'attitude', 'lastConfirmedAt'],
  potentials: ['horizon', 'volumePerYear', 'probability'],
  actions: ['status', 'due', 'completedOn'],
  deals: ['status', 'amount', 'contributionMargin', 'closeDate'],
} as const satisfies {
  account: readonly (keyof AccountSnapshot['account'])[];
  contacts: readonly (keyof AccountSnapshot['contacts'][number])[];
  potentials: readonly (keyof AccountSnapshot['potentials'][number])[];
  actions: readonly (keyof AccountSnapshot['actions'][number])[];
  deals: readonly (keyof AccountSnapshot['deals'][number])[];
};

/** What the metrics read, computed once per snapshot. */
export interface ScoringFacts {
  readonly snapshot: AccountSnapshot;
  readonly currentYear: number;
  readonly revenueHistory: readonly YearFigures[];
  readonly lastYearRevenue: number;
  readonly revenueGrowth: number | undefined;
  /** Margin / revenue over the last three full years, where margins are known. */
  readonly marginRate: number | undefined;
  readonly potentialWeighted: number | undefined;
  readonly shareOfWallet: number | undefined;
  readonly buyingCenter: BuyingCenterCoverage;
  /** Actions due by today (not cancelled) and how many of them are done. */
  readonly actionsDue: number;
  readonly actionsDueDone: number;
  /** Days since the last touch point, confirmation or completed action. */
  readonly daysSinceLastTouch: number | undefined;
}

export function collectFacts(snapshot: AccountSnapshot, now: Date): ScoringFacts {
  const currentYear = now.getUTCFullYear();
  const today = isoDay(now);
  const revenueHistory = revenueByYear(snapshot);
  const lastYearRevenue = revenueInYear(revenueHistory, currentYear - 1);

  let marginSum = 0;
  let marginRevenue = 0;
  for (const y of revenueHistory) {
    if (y.year < currentYear - 3 || y.year >= currentYear || y.contributionMargin === undefined) continue;
    marginSum += y.contributionMargin;
    marginRevenue += y.revenue;
  }

  let potentialCents = 0;
  for (const p of snapshot.potentials) potentialCents += toCents(p.volumePerYear * p.probability);
  const potentialWeighted = snapshot.potentials.length > 0 ? fromCents(potentialCents) : undefined;

  let actionsDue = 0;
  let actionsDueDone = 0;
  // ISO dates and instants compare as strings; the day is all freshness needs.
  let lastTouch = snapshot.account.lastActivityAt?.slice(0, 10) ?? '';
  for (const a of snapshot.actions) {
    if (a.status === 'cancelled') continue;
    if (a.due <= today) {
      actionsDue += 1;
      if (a.status === 'done') actionsDueDone += 1;
    }
    if (a.status === 'done' && a.completedOn && a.completedOn <= today && a.completedOn > lastTouch) {
      lastTouch = a.completedOn;
    }
  }
  for (const c of snapshot.contacts) {
    if (c.lastConfirmedAt && c.lastConfirmedAt <= today && c.lastConfirmedAt > lastTouch) {
      lastTouch = c.lastConfirmedAt;
    }
  }

  return {
    snapshot,
    currentYear,
    revenueHistory,
    lastYearRevenue,
    revenueGrowth: revenueGrowth(revenueHistory, currentYear),
    marginRate: marginRevenue > 0 ? marginSum / marginRevenue : undefined,
    potentialWeighted,
    shareOfWallet: revenueHistory.length > 0 ? shareOfWallet(snapshot, lastYearRevenue)?.share : undefined,
    buyingCenter: analyseBuyingCenter(snapshot, now),
    actionsDue,
    actionsDueDone,
    daysSinceLastTouch: lastTouch ? Math.max(0, daysBetween(lastTouch, today)) : undefined,
  };
}

import type { AccountView } from './account-view.js';
import type { Gap } from './analysis/gap.js';
import type { DevelopmentStage, AccountSnapshot } from './model/index.js';
import type { QuadrantId, Tier } from './scoring/index.js';

/** A point of an account's score history, as the portfolio draws its movement. */
export interface ScorePoint {
  readonly scoredAt: string;
  readonly score: number;
  readonly attractiveness: number;
  readonly position: number;
}

/** One key account as the manager's portfolio lists it: where it stands, how it moves, what is open. */
export interface PortfolioRow {
  readonly id: string;
  readonly name: string;
  readonly ownerName?: string;
  readonly industry?: string;
  readonly city?: string;
  readonly stage: DevelopmentStage;
  readonly score: number;
  readonly tier: Tier;
  readonly quadrant: QuadrantId;
  readonly attractiveness: number;
  readonly position: number;
  readonly currency: string;
  /** Our revenue with the account in `revenueYear` (the last full year). */
  readonly revenue: number;
  readonly revenueYear: number;
  /** Earlier scores from the history, oldest first, without the current one. */
  readonly trend: readonly ScorePoint[];
  /** Score now minus the oldest score of the trend; undefined without history. */
  readonly scoreChange: number | undefined;
  readonly gaps: { readonly critical: number; readonly warning: number; readonly info: number };
  /** The most severe gaps, at most three. */
  readonly topGaps: readonly Gap[];
  readonly overdueActions: number;
}

/**
 * The portfolio's row of one account. `history` is the store's score history, newest first (the
 * store's order); entries at the current score's instant are the current score, not its trend.
 */
export function portfolioRow(
  snapshot: AccountSnapshot,
  view: AccountView,
  history: readonly ScorePoint[],
): PortfolioRow {
  const { account } = snapshot;
  const now = Date.parse(view.score.scoredAt);
  const trend = history
    .filter((h) => Date.parse(h.scoredAt) < now)
    .map((h) => ({
      scoredAt: h.scoredAt,
      score: h.score,
      attractiveness: h.attractiveness,
      position: h.position,
    }))
    .reverse();
  const count = (severity: Gap['severity']) => view.gaps.filter((g) => g.severity === severity).length;
  return {
    id: account.id,
    name: account.name,
    ...(account.ownerName ? { ownerName: account.ownerName } : {}),
    ...(account.industry ? { industry: account.industry } : {}),
    ...(account.city ? { city: account.city } : {}),
    stage: account.stage,
    score: view.score.score,
    tier: view.score.tier,
    quadrant: view.score.quadrant,
    attractiveness: view.score.attractiveness,
    position: view.score.position,
    currency: account.currency,
    revenue: view.horizons.currentRevenue,
    revenueYear: view.horizons.revenueYear,
    trend,
    scoreChange: trend[0] ? view.score.score - trend[0].score : undefined,
    gaps: { critical: count('critical'), warning: count('warning'), info: count('info') },
    topGaps: view.gaps.slice(0, 3),
    overdueActions: view.plan.actions.overdue.length,
  };
}

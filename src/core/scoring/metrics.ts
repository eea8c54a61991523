import type { MessageKey } from '../i18n/index.js';
import type { SelectionRatingKey } from '../model/index.js';
import type { ScoringFacts } from './facts.js';
import type { MetricId } from './metric-ids.js';

/** How a raw value is shown to a person. */
export type MetricUnit = 'money' | 'percent' | 'rating' | 'attitude' | 'count' | 'days';

/** A measured value, or why there is none. */
export type Measurement = number | Unknown;

/** Why a value is unknown. Known values are plain numbers: measuring allocates nothing. */
export interface Unknown {
  readonly unknown: MessageKey;
}

const unknowns = new Map<MessageKey, Unknown>();
/** One shared object per reason. */
export function unknownBecause(reason: MessageKey): Unknown {
  let u = unknowns.get(reason);
  if (!u) unknowns.set(reason, (u = { unknown: reason }));
  return u;
}

export interface Metric {
  readonly unit: MetricUnit;
  readonly label: MessageKey;
  /** Reason shown when the criterion helps the score / holds it back; `{value}` is the raw value. */
  readonly strong: MessageKey;
  readonly weak: MessageKey;
  /** The reason templates name the criterion (`{label}`), as one template serves several ratings. */
  readonly namesCriterion?: boolean;
  measure(facts: ScoringFacts): Measurement;
}

const known = (value: number | undefined, unknown: MessageKey): Measurement =>
  value === undefined ? unknownBecause(unknown) : value;

function rating(key: SelectionRatingKey, label: MessageKey): Metric {
  return {
    unit: 'rating',
    label,
    strong: 'reason.rating.strong',
    weak: 'reason.rating.weak',
    namesCriterion: true,
    measure: (f) => known(f.snapshot.account.ratings[key], 'unknown.rating'),
  };
}

export const METRICS: Readonly<Record<MetricId, Metric>> = {
  revenue_last_year: {
    unit: 'money',
    label: 'metric.revenue_last_year',
    strong: 'reason.revenue_last_year.strong',
    weak: 'reason.revenue_last_year.weak',
    measure: (f) =>
      f.revenueHistory.length === 0 ? unknownBecause('unknown.noWonDeals') : f.lastYearRevenue,
  },
  revenue_growth: {
    unit: 'percent',
    label: 'metric.revenue_growth',
    strong: 'reason.revenue_growth.strong',
    weak: 'reason.revenue_growth.weak',
    measure: (f) => known(f.revenueGrowth, 'unknown.noGrowthBase'),
  },
  potential_weighted: {
    unit: 'money',
    label: 'metric.potential_weighted',
    strong: 'reason.potential_weighted.strong',
    weak: 'reason.potential_weighted.weak',
    measure: (f) => known(f.potentialWeighted, 'unknown.noPotentials'),
  },
  margin_rate: {
    unit: 'percent',
    label: 'metric.margin_rate',
    strong: 'reason.margin_rate.strong',
    weak: 'reason.margin_rate.weak',
    measure: (f) => known(f.marginRate, 'unknown.noMargins'),
  },
  ratings_mean: {
    unit: 'rating',
    label: 'metric.ratings_mean',
    strong: 'reason.ratings_mean.strong',
    weak: 'reason.ratings_mean.weak',
    measure: (f) => {
      const values = Object.values(f.snapshot.account.ratings).filter((v): v is number => v !== undefined);
      if (values.length === 0) return unknownBecause('unknown.noRatings');
      return values.reduce((a, b) => a + b, 0) / values.length;
    },
  },
  rating_strategic_fit: rating('strategic_fit', 'rating.strategic_fit'),
  rating_reference_value: rating('reference_value', 'rating.reference_value'),
  rating_innovation: rating('innovation', 'rating.innovation'),
  rating_centralised_purchasing: rating('centralised_purchasing', 'rating.centralised_purchasing'),
  rating_creditworthiness: rating('creditworthiness', 'rating.creditworthiness'),
  customer_size: {
    unit: 'money',
    label: 'metric.customer_size',
    strong: 'reason.customer_size.strong',
    weak: 'reason.customer_size.weak',
    measure: (f) => known(f.snapshot.account.annualRevenue, 'unknown.noCustomerRevenue'),
  },
  share_of_wallet: {
    unit: 'percent',
    label: 'metric.share_of_wallet',
    strong: 'reason.share_of_wallet.strong',
    weak: 'reason.share_of_wallet.weak',
    measure: (f) => known(f.shareOfWallet, 'unknown.noWallet'),
  },
  buying_center_coverage: {
    unit: 'percent',
    label: 'metric.buying_center_coverage',
    strong: 'reason.buying_center_coverage.strong',
    weak: 'reason.buying_center_coverage.weak',
    measure: (f) => f.buyingCenter.coverage,
  },
  decider_attitude: {
    unit: 'attitude',
    label: 'metric.decider_attitude',
    strong: 'reason.decider_attitude.strong',
    weak: 'reason.decider_attitude.weak',
    measure: (f) =>
      f.buyingCenter.deciders.length === 0
        ? unknownBecause('unknown.noDecider')
        : known(f.buyingCenter.deciderAttitude, 'unknown.deciderAttitude'),
  },
  relationship_breadth: {
    unit: 'count',
    label: 'metric.relationship_breadth',
    strong: 'reason.relationship_breadth.strong',
    weak: 'reason.relationship_breadth.weak',
    measure: (f) => f.buyingCenter.engagedContactIds.length,
  },
  plan_execution: {
    unit: 'percent',
    label: 'metric.plan_execution',
    strong: 'reason.plan_execution.strong',
    weak: 'reason.plan_execution.weak',
    measure: (f) =>
      f.actionsDue === 0 ? unknownBecause('unknown.noActionsDue') : f.actionsDueDone / f.actionsDue,
  },
  freshness_days: {
    unit: 'days',
    label: 'metric.freshness_days',
    strong: 'reason.freshness_days.strong',
    weak: 'reason.freshness_days.weak',
    measure: (f) => known(f.daysSinceLastTouch, 'unknown.noTouchPoints'),
  },
};

import { z } from 'zod';

/** Every measure of a snapshot a scoring criterion can use. Stable ids: models refer to them. */
export const METRIC_IDS = [
  'revenue_last_year',
  'revenue_growth',
  'potential_weighted',
  'margin_rate',
  'ratings_mean',
  'rating_strategic_fit',
  'rating_reference_value',
  'rating_innovation',
  'rating_centralised_purchasing',
  'rating_creditworthiness',
  'customer_size',
  'share_of_wallet',
  'buying_center_coverage',
  'decider_attitude',
  'relationship_breadth',
  'plan_execution',
  'freshness_days',
] as const;
export const MetricId = z.enum(METRIC_IDS);
export type MetricId = z.infer<typeof MetricId>;

/**
 * The method's fixed vocabularies as plain values, free of the schemas: the browser bundles (workspace,
 * renderers) import them without pulling in zod.
 */

/** Selection ratings (Auswahl der Key Accounts) a manager gives on a 1–5 scale. */
export const SELECTION_RATINGS = [
  'strategic_fit',
  'reference_value',
  'innovation',
  'centralised_purchasing',
  'creditworthiness',
] as const;

/** Stages of the Aufbauprozess Key Account, in order. */
export const DEVELOPMENT_STAGES = [
  'candidate',
  'analysed',
  'organisation_mapped',
  'needs_understood',
  'offer_defined',
  'presented',
  'key_account',
] as const;

/** Buying-center roles (Webster & Wind) plus the coach, who guides us through the customer. */
export const BUYING_ROLES = [
  'initiator',
  'user',
  'influencer',
  'buyer',
  'decider',
  'gatekeeper',
  'coach',
] as const;

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

export const ACTION_KINDS = [
  'analysis',
  'meeting',
  'workshop',
  'presentation',
  'offer',
  'reference_visit',
  'event',
  'other',
] as const;

/** Short ≤ 12 months, medium 1–3 years, long > 3 years. */
export const HORIZONS = ['short', 'medium', 'long'] as const;

export const RELATIONSHIP_KINDS = [
  'reports_to',
  'influences',
  'trusts',
  'conflicts',
  'friends',
  'mentors',
] as const;

/** Porter's value chain: five primary and four support activities. */
export const PRIMARY_ACTIVITIES = [
  'inbound_logistics',
  'operations',
  'outbound_logistics',
  'marketing_sales',
  'service',
] as const;

export const SUPPORT_ACTIVITIES = [
  'firm_infrastructure',
  'human_resources',
  'technology_development',
  'procurement',
] as const;

export const PORTER_ACTIVITIES = [...PRIMARY_ACTIVITIES, ...SUPPORT_ACTIVITIES] as const;

export const VALUE_CHAIN_ASSESSMENTS = ['strength', 'weakness', 'neutral'] as const;

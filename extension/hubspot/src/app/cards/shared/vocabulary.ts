/**
 * The method's fixed vocabularies, copied from the core (src/core/model/values.ts): the cards cannot
 * import the core at run time. test/hubspot-cards/shared.test.ts keeps the copies equal.
 */

export const BUYING_ROLES = [
  'initiator',
  'user',
  'influencer',
  'buyer',
  'decider',
  'gatekeeper',
  'coach',
] as const;

export const ATTITUDES = [-2, -1, 0, 1, 2] as const;

export const RELATIONSHIP_KINDS = [
  'reports_to',
  'influences',
  'trusts',
  'conflicts',
  'friends',
  'mentors',
] as const;

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

export const VALUE_CHAIN_ASSESSMENTS = ['strength', 'weakness', 'neutral'] as const;

export const HORIZONS = ['short', 'medium', 'long'] as const;

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

/** Influence 1–5, relationship strength 1–3, value-chain impact 1–3. */
export const INFLUENCE_LEVELS = [1, 2, 3, 4, 5] as const;
export const STRENGTH_LEVELS = [1, 2, 3] as const;
export const IMPACT_LEVELS = [1, 2, 3] as const;

/** The company property that marks a key account in HubSpot. */
export const KEY_ACCOUNT_PROPERTY = 'kam_is_key_account';

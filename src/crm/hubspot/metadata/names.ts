import type { SelectionRatingKey } from '../../../core/model/account.js';
import { DEVELOPMENT_STAGES } from '../../../core/model/account.js';
import { BUYING_ROLES } from '../../../core/model/contact.js';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../core/model/plan.js';
import { HORIZONS } from '../../../core/model/potential.js';
import { RELATIONSHIP_KINDS } from '../../../core/model/relationship.js';
import { PORTER_ACTIVITIES, VALUE_CHAIN_ASSESSMENTS } from '../../../core/model/value-chain.js';
import { QUADRANTS, TIERS } from '../../../core/scoring/model.js';
import { BOOLEAN_OPTION_VALUES } from './rules.js';

/**
 * The names the HubSpot adapter reads and writes, in one typed object. `checkNames` (tested) proves
 * every name here exists in `metadata/hubspot/` and every property there is named here.
 */
export const HS = {
  group: 'kam',
  company: {
    objectType: 'companies',
    isKeyAccount: 'kam_is_key_account',
    score: 'kam_score',
    tier: 'kam_tier',
    quadrant: 'kam_quadrant',
    attractiveness: 'kam_attractiveness',
    position: 'kam_position',
    scoreReasons: 'kam_score_reasons',
    scoredAt: 'kam_scored_at',
    scoreModel: 'kam_score_model',
    recomputeRequestedAt: 'kam_recompute_requested_at',
    ratings: {
      strategic_fit: 'kam_rating_strategic_fit',
      reference_value: 'kam_rating_reference_value',
      innovation: 'kam_rating_innovation',
      centralised_purchasing: 'kam_rating_centralised_purchasing',
      creditworthiness: 'kam_rating_creditworthiness',
    } satisfies Record<SelectionRatingKey, string>,
    stage: 'kam_stage',
    categorySpend: 'kam_category_spend',
  },
  contact: {
    objectType: 'contacts',
    roles: 'kam_roles',
    influence: 'kam_influence',
    attitude: 'kam_attitude',
    needsFactual: 'kam_needs_factual',
    needsEmotional: 'kam_needs_emotional',
    lastConfirmed: 'kam_last_confirmed',
  },
  deal: {
    objectType: 'deals',
    resourceHours: 'kam_resource_hours',
    strategicProject: 'kam_strategic_project',
    contributionMargin: 'kam_contribution_margin',
    productLine: 'kam_product_line',
  },
  relationship: {
    object: 'kam_relationship',
    title: 'title',
    fromContactId: 'from_contact_id',
    toContactId: 'to_contact_id',
    kind: 'kind',
    strength: 'strength',
    note: 'note',
  },
  valueChainNote: {
    object: 'kam_value_chain_note',
    title: 'title',
    activity: 'activity',
    assessment: 'assessment',
    note: 'note',
    ourContribution: 'our_contribution',
    impact: 'impact',
  },
  potential: {
    object: 'kam_potential',
    productLine: 'product_line',
    horizon: 'horizon',
    volumePerYear: 'volume_per_year',
    probability: 'probability',
    note: 'note',
  },
  accountPlan: {
    object: 'kam_account_plan',
    title: 'title',
    year: 'year',
    targetRevenue: 'target_revenue',
    ownerId: 'owner_id',
    ownerName: 'owner_name',
    capacityHours: 'capacity_hours',
    strategy: 'strategy',
    note: 'note',
  },
  action: {
    object: 'kam_action',
    title: 'title',
    goal: 'goal',
    ownerId: 'owner_id',
    ownerName: 'owner_name',
    startDate: 'start_date',
    dueDate: 'due_date',
    status: 'status',
    kind: 'kind',
    effortHours: 'effort_hours',
    completedOn: 'completed_on',
  },
} as const;

export type HsStandardEntry = 'company' | 'contact' | 'deal';
export type HsCustomEntry = 'relationship' | 'valueChainNote' | 'potential' | 'accountPlan' | 'action';
export const HS_STANDARD_ENTRIES = [
  'company',
  'contact',
  'deal',
] as const satisfies readonly HsStandardEntry[];
export const HS_CUSTOM_ENTRIES = [
  'relationship',
  'valueChainNote',
  'potential',
  'accountPlan',
  'action',
] as const satisfies readonly HsCustomEntry[];

/** Property keys of one entry of `HS` (what the adapter writes after `HS.company.`). */
type PropertyKeys<E extends keyof typeof HS> = Exclude<keyof (typeof HS)[E], 'objectType' | 'object'>;

/**
 * The option values of every enumeration, by property: the core's enums, so values stay stable
 * whatever language the labels are in. A single checkbox stores "true"/"false".
 */
export const HS_OPTIONS = {
  company: {
    isKeyAccount: BOOLEAN_OPTION_VALUES,
    tier: TIERS,
    quadrant: QUADRANTS,
    stage: DEVELOPMENT_STAGES,
  },
  contact: { roles: BUYING_ROLES },
  deal: { strategicProject: BOOLEAN_OPTION_VALUES },
  relationship: { kind: RELATIONSHIP_KINDS },
  valueChainNote: { activity: PORTER_ACTIVITIES, assessment: VALUE_CHAIN_ASSESSMENTS },
  potential: { horizon: HORIZONS },
  accountPlan: {},
  action: { status: ACTION_STATUSES, kind: ACTION_KINDS },
} as const satisfies {
  [E in HsStandardEntry | HsCustomEntry]: Partial<Record<PropertyKeys<E>, readonly string[]>>;
};

/**
 * Properties scoring writes. Events about them are ignored, so writing a score never triggers
 * another score; in HubSpot they stay out of forms and say so in their description.
 */
export const HS_OUTPUTS = {
  company: [
    HS.company.score,
    HS.company.tier,
    HS.company.quadrant,
    HS.company.attractiveness,
    HS.company.position,
    HS.company.scoreReasons,
    HS.company.scoredAt,
    HS.company.scoreModel,
  ],
} as const;

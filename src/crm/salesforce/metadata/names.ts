import { DEVELOPMENT_STAGES } from '../../../core/model/account.js';
import { BUYING_ROLES } from '../../../core/model/contact.js';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../core/model/plan.js';
import { HORIZONS } from '../../../core/model/potential.js';
import { RELATIONSHIP_KINDS } from '../../../core/model/relationship.js';
import { PORTER_ACTIVITIES, VALUE_CHAIN_ASSESSMENTS } from '../../../core/model/value-chain.js';
import { QUADRANTS, TIERS } from '../../../core/scoring/model.js';
import type { SelectionRatingKey } from '../../../core/model/account.js';

/**
 * Salesforce API names of the KAM objects and fields: the one place the adapter takes them from.
 * `checkNames` proves every name here exists in `metadata/salesforce`, so they cannot drift apart.
 * Names without `__c` are standard fields.
 */
export const SF = {
  account: {
    object: 'Account',
    name: 'Name',
    industry: 'Industry',
    country: 'BillingCountry',
    city: 'BillingCity',
    employees: 'NumberOfEmployees',
    annualRevenue: 'AnnualRevenue',
    owner: 'OwnerId',
    lastActivity: 'LastActivityDate',
    isKeyAccount: 'KAM_Is_Key_Account__c',
    score: 'KAM_Score__c',
    tier: 'KAM_Tier__c',
    quadrant: 'KAM_Quadrant__c',
    attractiveness: 'KAM_Attractiveness__c',
    position: 'KAM_Position__c',
    scoreReasons: 'KAM_Score_Reasons__c',
    scoredAt: 'KAM_Scored_At__c',
    scoreModel: 'KAM_Score_Model__c',
    recomputeRequestedAt: 'KAM_Recompute_Requested_At__c',
    ratings: {
      strategic_fit: 'KAM_Rating_Strategic_Fit__c',
      reference_value: 'KAM_Rating_Reference_Value__c',
      innovation: 'KAM_Rating_Innovation__c',
      centralised_purchasing: 'KAM_Rating_Centralised_Purchasing__c',
      creditworthiness: 'KAM_Rating_Creditworthiness__c',
    } satisfies Record<SelectionRatingKey, string>,
    stage: 'KAM_Stage__c',
    categorySpend: 'KAM_Category_Spend__c',
  },
  contact: {
    object: 'Contact',
    account: 'AccountId',
    reportsTo: 'ReportsToId',
    roles: 'KAM_Roles__c',
    influence: 'KAM_Influence__c',
    attitude: 'KAM_Attitude__c',
    needsFactual: 'KAM_Needs_Factual__c',
    needsEmotional: 'KAM_Needs_Emotional__c',
    lastConfirmed: 'KAM_Last_Confirmed__c',
  },
  opportunity: {
    object: 'Opportunity',
    account: 'AccountId',
    amount: 'Amount',
    stage: 'StageName',
    probability: 'Probability',
    closeDate: 'CloseDate',
    resourceHours: 'KAM_Resource_Hours__c',
    strategicProject: 'KAM_Strategic_Project__c',
    contributionMargin: 'KAM_Contribution_Margin__c',
    productLine: 'KAM_Product_Line__c',
  },
  relationship: {
    object: 'KAM_Relationship__c',
    /** Child relationship on Account, for SOQL sub-queries. */
    childRelationship: 'KAM_Relationships__r',
    account: 'Account__c',
    from: 'From_Contact__c',
    to: 'To_Contact__c',
    kind: 'Kind__c',
    strength: 'Strength__c',
    note: 'Note__c',
  },
  valueChainNote: {
    object: 'KAM_Value_Chain_Note__c',
    childRelationship: 'KAM_Value_Chain_Notes__r',
    account: 'Account__c',
    activity: 'Activity__c',
    assessment: 'Assessment__c',
    note: 'Note__c',
    ourContribution: 'Our_Contribution__c',
    impact: 'Impact__c',
  },
  potential: {
    object: 'KAM_Potential__c',
    childRelationship: 'KAM_Potentials__r',
    account: 'Account__c',
    productLine: 'Product_Line__c',
    horizon: 'Horizon__c',
    volumePerYear: 'Volume_Per_Year__c',
    /** Percent 0–100 in Salesforce; the core uses 0…1. */
    probability: 'Probability__c',
    note: 'Note__c',
  },
  accountPlan: {
    object: 'KAM_Account_Plan__c',
    childRelationship: 'KAM_Account_Plans__r',
    account: 'Account__c',
    year: 'Year__c',
    targetRevenue: 'Target_Revenue__c',
    owner: 'Owner__c',
    capacityHours: 'Capacity_Hours__c',
    strategy: 'Strategy__c',
    goalNote: 'Note__c',
  },
  action: {
    object: 'KAM_Action__c',
    childRelationship: 'KAM_Actions__r',
    account: 'Account__c',
    /** The action's title is the record name (80 characters in Salesforce). */
    title: 'Name',
    goal: 'Goal__c',
    assignee: 'Assignee__c',
    start: 'Start_Date__c',
    due: 'Due_Date__c',
    status: 'Status__c',
    kind: 'Kind__c',
    effortHours: 'Effort_Hours__c',
    completedOn: 'Completed_On__c',
    /** Formula for reports; read-only. */
    overdue: 'Is_Overdue__c',
  },
} as const;

/** Account fields only the KAM service writes. Changes to them alone must never trigger a new score. */
export const SF_SCORE_OUTPUT_FIELDS = [
  SF.account.score,
  SF.account.tier,
  SF.account.quadrant,
  SF.account.attractiveness,
  SF.account.position,
  SF.account.scoreReasons,
  SF.account.scoredAt,
  SF.account.scoreModel,
] as const;

export interface PicklistBinding {
  readonly object: string;
  readonly field: string;
  /** The core enum: picklist API values must equal it, in this order. */
  readonly values: readonly string[];
}

/** Every picklist in the metadata and the core enum it stores. */
export const SF_PICKLISTS: readonly PicklistBinding[] = [
  { object: SF.account.object, field: SF.account.tier, values: TIERS },
  { object: SF.account.object, field: SF.account.quadrant, values: QUADRANTS },
  { object: SF.account.object, field: SF.account.stage, values: DEVELOPMENT_STAGES },
  { object: SF.contact.object, field: SF.contact.roles, values: BUYING_ROLES },
  { object: SF.relationship.object, field: SF.relationship.kind, values: RELATIONSHIP_KINDS },
  { object: SF.valueChainNote.object, field: SF.valueChainNote.activity, values: PORTER_ACTIVITIES },
  { object: SF.valueChainNote.object, field: SF.valueChainNote.assessment, values: VALUE_CHAIN_ASSESSMENTS },
  { object: SF.potential.object, field: SF.potential.horizon, values: HORIZONS },
  { object: SF.action.object, field: SF.action.status, values: ACTION_STATUSES },
  { object: SF.action.object, field: SF.action.kind, values: ACTION_KINDS },
];

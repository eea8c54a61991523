import { SF, SF_SCORE_OUTPUT_FIELDS } from '../metadata/names.js';
import { parentRelationship, STD } from './standard-fields.js';

/**
 * Exactly the fields the snapshot mapping reads, per object: the SOQL builder selects these and a
 * test proves the readers touch nothing else.
 */

const { account: A, contact: C, opportunity: O, relationship: R, valueChainNote: V } = SF;
const { potential: P, accountPlan: L, action: X } = SF;

/** `Owner.Name` for `OwnerId`: the core keeps people's names where Salesforce keeps User lookups. */
export const userNameField = (lookup: string): string => `${parentRelationship(lookup)}.${STD.user.name}`;

export const ACCOUNT_FIELDS = [
  STD.id,
  // Asked for any id: a load tells accounts that are not key accounts apart from gone ones.
  A.isKeyAccount,
  A.name,
  A.industry,
  A.country,
  A.city,
  A.employees,
  A.annualRevenue,
  A.categorySpend,
  userNameField(A.owner),
  ...Object.values(A.ratings),
  A.stage,
  A.lastActivity,
  ...SF_SCORE_OUTPUT_FIELDS,
] as const;

export const CONTACT_FIELDS = [
  STD.id,
  STD.contact.firstName,
  STD.contact.lastName,
  STD.contact.title,
  STD.contact.department,
  STD.contact.email,
  C.reportsTo,
  C.roles,
  C.influence,
  C.attitude,
  C.needsFactual,
  C.needsEmotional,
  C.lastConfirmed,
] as const;

export const OPPORTUNITY_FIELDS = [
  STD.id,
  STD.opportunity.name,
  O.amount,
  O.contributionMargin,
  STD.opportunity.isClosed,
  STD.opportunity.isWon,
  O.stage,
  O.probability,
  O.closeDate,
  O.productLine,
  O.resourceHours,
  O.strategicProject,
] as const;

export const RELATIONSHIP_FIELDS = [STD.id, R.from, R.to, R.kind, R.strength, R.note] as const;

export const VALUE_CHAIN_FIELDS = [
  STD.id,
  V.activity,
  V.assessment,
  V.note,
  V.ourContribution,
  V.impact,
] as const;

export const POTENTIAL_FIELDS = [
  STD.id,
  P.productLine,
  P.horizon,
  P.volumePerYear,
  P.probability,
  P.note,
] as const;

export const PLAN_FIELDS = [
  STD.id,
  L.year,
  L.targetRevenue,
  L.goalNote,
  userNameField(L.owner),
  L.capacityHours,
  L.strategy,
  // Plan-wide values come from the record a person touched last (see read-plan.ts).
  STD.lastModifiedDate,
] as const;

export const ACTION_FIELDS = [
  STD.id,
  X.title,
  X.goal,
  userNameField(X.assignee),
  X.start,
  X.due,
  X.status,
  X.kind,
  X.effortHours,
  X.completedOn,
] as const;

export interface ChildQuery {
  readonly relationship: string;
  readonly fields: readonly string[];
  /** Records the core cannot hold are left out by the query rather than dropped by the mapping. */
  readonly where?: string;
  readonly orderBy: string;
}

const CREATION_ORDER = `${STD.createdDate}, ${STD.id}`;

/** The account's child lists in one query: contacts, opportunities and the five KAM objects. */
export const CHILD_QUERIES = {
  contacts: { relationship: STD.account.contacts, fields: CONTACT_FIELDS, orderBy: CREATION_ORDER },
  // The core's deal has an amount; an opportunity without one is neither revenue nor a project.
  deals: {
    relationship: STD.account.opportunities,
    fields: OPPORTUNITY_FIELDS,
    where: `${O.amount} != null`,
    orderBy: CREATION_ORDER,
  },
  // A lookup emptied by deleting a contact leaves a tie that links nobody.
  relationships: {
    relationship: R.childRelationship,
    fields: RELATIONSHIP_FIELDS,
    where: `${R.from} != null AND ${R.to} != null`,
    orderBy: CREATION_ORDER,
  },
  valueChain: { relationship: V.childRelationship, fields: VALUE_CHAIN_FIELDS, orderBy: CREATION_ORDER },
  potentials: { relationship: P.childRelationship, fields: POTENTIAL_FIELDS, orderBy: CREATION_ORDER },
  plans: { relationship: L.childRelationship, fields: PLAN_FIELDS, orderBy: `${L.year}` },
  actions: { relationship: X.childRelationship, fields: ACTION_FIELDS, orderBy: CREATION_ORDER },
} as const satisfies Record<string, ChildQuery>;

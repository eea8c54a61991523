import type { MessageKey } from '../core/i18n/index.js';
import type { ActionStatus, BuyingRole, RelationshipKind } from '../core/model/index.js';
import type { QuadrantId, Tier } from '../core/scoring/index.js';

/*
 * The method's value lists with their catalog keys. Written out here instead of imported from the
 * model, whose zod schemas would otherwise be bundled into the browser app; the Record types make
 * the compiler insist that every value of the model is listed.
 */

export const ROLE_LABEL: Readonly<Record<BuyingRole, MessageKey>> = {
  initiator: 'role.initiator',
  user: 'role.user',
  influencer: 'role.influencer',
  buyer: 'role.buyer',
  decider: 'role.decider',
  gatekeeper: 'role.gatekeeper',
  coach: 'role.coach',
};
export const ROLES = Object.keys(ROLE_LABEL) as BuyingRole[];

export const ATTITUDES = [-2, -1, 0, 1, 2] as const;
export type AttitudeValue = (typeof ATTITUDES)[number];
export const ATTITUDE_LABEL: Readonly<Record<AttitudeValue, MessageKey>> = {
  [-2]: 'attitude.-2',
  [-1]: 'attitude.-1',
  0: 'attitude.0',
  1: 'attitude.1',
  2: 'attitude.2',
};

export const INFLUENCES = [1, 2, 3, 4, 5] as const;

export const STATUS_LABEL: Readonly<Record<ActionStatus, MessageKey>> = {
  planned: 'actionStatus.planned',
  in_progress: 'actionStatus.in_progress',
  done: 'actionStatus.done',
  cancelled: 'actionStatus.cancelled',
};
export const STATUSES = Object.keys(STATUS_LABEL) as ActionStatus[];

export const RELATIONSHIP_LABEL: Readonly<Record<RelationshipKind, MessageKey>> = {
  reports_to: 'relationship.reports_to',
  influences: 'relationship.influences',
  trusts: 'relationship.trusts',
  conflicts: 'relationship.conflicts',
  friends: 'relationship.friends',
  mentors: 'relationship.mentors',
};
export const RELATIONSHIP_KINDS = Object.keys(RELATIONSHIP_LABEL) as RelationshipKind[];

export const STRENGTH_LABEL: Readonly<Record<1 | 2 | 3, MessageKey>> = {
  1: 'workspace.strength.1',
  2: 'workspace.strength.2',
  3: 'workspace.strength.3',
};

const TIER_ORDER: Readonly<Record<Tier, number>> = { A: 0, B: 1, C: 2 };
export const TIERS = Object.keys(TIER_ORDER) as Tier[];
export const tierRank = (tier: Tier): number => TIER_ORDER[tier];

const QUADRANT_ORDER: Readonly<Record<QuadrantId, number>> = {
  invest: 0,
  develop: 1,
  maintain: 2,
  reduce: 3,
};
export const QUADRANTS = Object.keys(QUADRANT_ORDER) as QuadrantId[];
export const quadrantRank = (quadrant: QuadrantId): number => QUADRANT_ORDER[quadrant];

export const isTier = (value: string | undefined): value is Tier =>
  value !== undefined && value in TIER_ORDER;
export const isQuadrant = (value: string | undefined): value is QuadrantId =>
  value !== undefined && value in QUADRANT_ORDER;

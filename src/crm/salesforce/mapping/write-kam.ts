import type {
  AccountPlan,
  Action,
  PlanGoal,
  Potential,
  Relationship,
  ValueChainNote,
} from '../../../core/model/index.js';
import { SF } from '../metadata/names.js';
import { percentToCrm } from './convert.js';
import type { ChildDraftOptions } from './write-account.js';
import { draftKey, writers } from './write-account.js';
import type { SfRecordDraft, SfRef } from './wire.js';

const { relationship: R, valueChainNote: V, potential: P, accountPlan: L, action: X } = SF;

export interface RelationshipDraftOptions extends ChildDraftOptions {
  readonly from: SfRef;
  readonly to: SfRef;
}

export function relationshipToCrm(
  relationship: Relationship,
  options: RelationshipDraftOptions,
): SfRecordDraft {
  const key = options.key ?? draftKey(R.object, relationship.id);
  const { text, num } = writers(R.object, key);
  return {
    key,
    object: R.object,
    fields: {
      [R.kind]: relationship.kind,
      [R.strength]: num(R.strength, relationship.strength),
      [R.note]: text(R.note, relationship.note),
    },
    refs: { [R.account]: options.account, [R.from]: options.from, [R.to]: options.to },
  };
}

export function valueChainNoteToCrm(note: ValueChainNote, options: ChildDraftOptions): SfRecordDraft {
  const key = options.key ?? draftKey(V.object, note.id);
  const { text, num } = writers(V.object, key);
  return {
    key,
    object: V.object,
    fields: {
      [V.activity]: note.activity,
      [V.assessment]: note.assessment,
      [V.note]: text(V.note, note.note),
      [V.ourContribution]: text(V.ourContribution, note.ourContribution),
      [V.impact]: num(V.impact, note.impact),
    },
    refs: { [V.account]: options.account },
  };
}

/** Probability 0…1 → Percent field 0–100 (whole percent: the field has no decimals). */
export function potentialToCrm(potential: Potential, options: ChildDraftOptions): SfRecordDraft {
  const key = options.key ?? draftKey(P.object, potential.id);
  const { text, num } = writers(P.object, key);
  return {
    key,
    object: P.object,
    fields: {
      [P.productLine]: text(P.productLine, potential.productLine),
      [P.horizon]: potential.horizon,
      [P.volumePerYear]: num(P.volumePerYear, potential.volumePerYear),
      [P.probability]: num(P.probability, percentToCrm(potential.probability)),
      [P.note]: text(P.note, potential.note),
    },
    refs: { [P.account]: options.account },
  };
}

/**
 * One plan record: one account, one year. The core's plan-wide values (capacity, strategy) go on
 * every year's record, so each year's record is complete for reports. The owner (`Owner__c`, a User
 * lookup) is left unset: see the write plan's user links.
 */
export function planToCrm(plan: AccountPlan, goal: PlanGoal, options: ChildDraftOptions): SfRecordDraft {
  const key = options.key ?? `${draftKey(L.object, plan.id)}/${goal.year}`;
  const { text, num } = writers(L.object, key);
  return {
    key,
    object: L.object,
    fields: {
      [L.year]: num(L.year, goal.year),
      [L.targetRevenue]: num(L.targetRevenue, goal.targetRevenue),
      [L.goalNote]: text(L.goalNote, goal.note),
      [L.capacityHours]: num(L.capacityHours, plan.capacityHoursPerYear),
      [L.strategy]: text(L.strategy, plan.strategy),
    },
    refs: { [L.account]: options.account },
  };
}

/**
 * An action. Its title is the record name, 80 characters in Salesforce: a longer title is cut and
 * ends in "…". The assignee (`Assignee__c`, a User lookup) is left unset: see the user links.
 */
export function actionToCrm(action: Action, options: ChildDraftOptions): SfRecordDraft {
  const key = options.key ?? draftKey(X.object, action.id);
  const { text, num } = writers(X.object, key);
  return {
    key,
    object: X.object,
    fields: {
      [X.title]: text(X.title, action.title),
      [X.goal]: text(X.goal, action.goal),
      [X.start]: action.start,
      [X.due]: action.due,
      [X.status]: action.status,
      [X.kind]: action.kind,
      [X.effortHours]: num(X.effortHours, action.effortHours),
      [X.completedOn]: action.completedOn ?? null,
    },
    refs: { [X.account]: options.account },
  };
}

import { date, number, oneOf, parentName, text, withoutUndefined } from './graphqlNodes';

/** The account plan and its actions: `KAM_Account_Plan__c` → `AccountPlan`, `KAM_Action__c` ↔ `Action`. */

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'];
export const ACTION_KINDS = [
  'analysis',
  'meeting',
  'workshop',
  'presentation',
  'offer',
  'reference_visit',
  'event',
  'other',
];

export const ACCOUNT_PLAN = 'KAM_Account_Plan__c';
export const ACTION = 'KAM_Action__c';

/** `KAM_Action__c` → `Action`; the owner is the assignee's name. */
export function toAction(node) {
  const title = text(node, 'Name');
  const start = date(node, 'Start_Date__c');
  const due = date(node, 'Due_Date__c');
  if (!node?.Id || !title || !start || !due || due < start) return undefined;
  return withoutUndefined({
    id: node.Id,
    title,
    goal: text(node, 'Goal__c'),
    ownerName: parentName(node, 'Assignee__r'),
    start,
    due,
    status: oneOf(node, 'Status__c', ACTION_STATUSES) ?? 'planned',
    kind: oneOf(node, 'Kind__c', ACTION_KINDS) ?? 'other',
    effortHours: number(node, 'Effort_Hours__c'),
    completedOn: date(node, 'Completed_On__c'),
  });
}

/**
 * The `KAM_Account_Plan__c` records (one per year) → one `AccountPlan` with a goal per year that has
 * a target revenue. Owner, capacity and strategy come from the record changed last (ties: the later
 * year); the plan's id is its earliest year's record. No records: no plan.
 */
export function toAccountPlan(planNodes) {
  const records = planNodes
    .map((node) => ({
      node,
      year: number(node, 'Year__c'),
      modifiedAt: text(node, 'LastModifiedDate') ?? '',
    }))
    .filter((r) => r.node?.Id && Number.isInteger(r.year))
    .sort((a, b) => a.year - b.year);
  if (records.length === 0) return undefined;
  const latest = records.reduce((best, r) =>
    r.modifiedAt > best.modifiedAt || (r.modifiedAt === best.modifiedAt && r.year >= best.year) ? r : best,
  );
  const seen = new Set();
  const goals = [];
  for (const r of records) {
    const targetRevenue = number(r.node, 'Target_Revenue__c');
    if (targetRevenue === undefined || seen.has(r.year)) continue;
    seen.add(r.year);
    goals.push(withoutUndefined({ year: r.year, targetRevenue, note: text(r.node, 'Note__c') }));
  }
  return withoutUndefined({
    id: records[0].node.Id,
    ownerName: parentName(latest.node, 'Owner__r'),
    capacityHoursPerYear: number(latest.node, 'Capacity_Hours__c'),
    strategy: text(latest.node, 'Strategy__c'),
    goals,
  });
}

/** The fields of a new `Action` as `KAM_Action__c` stores them. */
export function actionFields(action) {
  return {
    Name: action.title,
    Goal__c: action.goal || null,
    Start_Date__c: action.start,
    Due_Date__c: action.due,
    Status__c: action.status,
    Kind__c: action.kind,
  };
}

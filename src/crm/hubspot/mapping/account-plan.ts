import type { AccountPlan, PlanGoal } from '../../../core/model/index.js';
import { HS } from '../metadata/names.js';
import type { FieldSpec } from './fields.js';
import { money, number, propertyOf, readFields, text, writeFields } from './fields.js';
import type { ReadIssue } from './issues.js';
import type { HubSpotLookups } from './lookups.js';
import { DEFAULT_LOOKUPS } from './lookups.js';
import { readOwner, writeOwner } from './owner.js';
import type { HubSpotProperties, HubSpotRecord } from './records.js';
import type { RecordSource } from './source.js';

const P = HS.accountPlan;
const PLAN: readonly FieldSpec<'capacityHoursPerYear' | 'strategy'>[] = [
  { field: 'capacityHoursPerYear', property: P.capacityHours, kind: money },
  { field: 'strategy', property: P.strategy, kind: text },
];
const GOAL: readonly FieldSpec<'year' | 'targetRevenue' | 'note'>[] = [
  { field: 'year', property: P.year, kind: number({ min: 1900, max: 2200, integer: true }) },
  { field: 'targetRevenue', property: P.targetRevenue, kind: money },
  { field: 'note', property: P.note, kind: text },
];

export interface PlanWriteContext {
  /** For the record title HubSpot lists show: "Brenner Hydraulik GmbH · 2027". */
  readonly accountName: string;
  readonly lookups?: HubSpotLookups;
}

/**
 * One `kam_account_plan` record per account and year: the year's goal plus the plan's owner,
 * capacity and strategy, repeated on every year (HubSpot needs a year per record, so a plan without
 * goals has no record).
 */
export function planToCrm(plan: AccountPlan, goal: PlanGoal, context: PlanWriteContext): HubSpotProperties {
  return {
    [P.title]: `${context.accountName} · ${goal.year}`,
    ...writeFields(goal, GOAL),
    ...writeFields(plan, PLAN),
    ...writeOwner(plan.ownerName, P, context.lookups ?? DEFAULT_LOOKUPS),
  };
}

export interface PlanRead {
  readonly input: Record<string, unknown>;
  /** The plan's source (the record its owner, capacity and strategy came from) and one per goal. */
  readonly source: RecordSource;
  readonly goalSources: readonly RecordSource[];
}

function updatedMs(record: HubSpotRecord): number {
  const at = record.updatedAt;
  const ms = at instanceof Date ? at.getTime() : at === undefined ? Number.NaN : Date.parse(at);
  return Number.isFinite(ms) ? ms : 0;
}

/**
 * The account plan from its year records: one goal per record (a record without a target revenue
 * adds no goal). Owner, capacity and strategy come from the most recently updated record, ties to
 * the latest year, since that is the edit a manager made last. The plan's id is the id of the
 * earliest year's record. Two records for one year are reported.
 */
export function planFromCrm(
  records: readonly HubSpotRecord[],
  lookups: HubSpotLookups,
  issues: ReadIssue[],
  warnings: string[],
): PlanRead | undefined {
  const years = records.map((record) => {
    const label = `account plan ${record.id}`;
    const goal = readFields(record, GOAL, label, issues);
    return { record, label, goal, year: typeof goal.year === 'number' ? goal.year : Number.NaN };
  });
  if (years.length === 0) return undefined;
  years.sort((a, b) => a.year - b.year || a.record.id.localeCompare(b.record.id));
  const seen = new Map<number, string>();
  const duplicates = new Set<HubSpotRecord>();
  for (const y of years) {
    const other = seen.get(y.year);
    if (other !== undefined) {
      issues.push({
        record: y.label,
        property: P.year,
        message: `${y.year} already has account plan ${other}`,
      });
      duplicates.add(y.record);
    } else if (!Number.isNaN(y.year)) seen.set(y.year, y.record.id);
  }
  const latest = [...years].sort((a, b) => updatedMs(b.record) - updatedMs(a.record) || b.year - a.year)[0]!;
  const withGoal = years.filter((y) => y.goal.targetRevenue !== undefined && !duplicates.has(y.record));
  const ownerName = readOwner(latest.record, P, lookups, latest.label, warnings);
  const input: Record<string, unknown> = {
    id: years[0]!.record.id,
    ...readFields(latest.record, PLAN, latest.label, issues),
    goals: withGoal.map((y) => y.goal),
  };
  if (ownerName !== undefined) input['ownerName'] = ownerName;
  const properties = { ...propertyOf(PLAN), ownerName: P.ownerName, goals: P.year };
  const goalProperties = propertyOf(GOAL);
  return {
    input,
    source: { label: latest.label, record: latest.record, properties },
    goalSources: withGoal.map((y) => ({ label: y.label, record: y.record, properties: goalProperties })),
  };
}

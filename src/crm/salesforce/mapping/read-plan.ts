import type { z } from 'zod';
import type { AccountPlan, PlanGoal } from '../../../core/model/index.js';
import { SF } from '../metadata/names.js';
import { userName } from './read-account.js';
import type { Origin } from './read-origin.js';
import { NON_NEGATIVE } from './read-origin.js';
import type { RecordReader } from './record-reader.js';
import { userNameField } from './snapshot-fields.js';
import { STD } from './standard-fields.js';

const L = SF.accountPlan;

export interface PlanRead {
  readonly value: z.input<typeof AccountPlan>;
  readonly origin: Origin;
  /** One per goal, in the order of `value.goals`. */
  readonly goalOrigins: readonly Origin[];
}

const PLAN_ORIGIN = {
  id: STD.id,
  ownerName: userNameField(L.owner),
  capacityHoursPerYear: L.capacityHours,
  strategy: L.strategy,
  goals: L.year,
};
const GOAL_ORIGIN = { year: L.year, targetRevenue: L.targetRevenue, note: L.goalNote };

interface YearRecord {
  readonly reader: RecordReader;
  readonly year: number | undefined;
  readonly targetRevenue: number | undefined;
  readonly note: string | undefined;
  readonly ownerName: string | undefined;
  readonly capacity: number | undefined;
  readonly strategy: string | undefined;
  readonly modifiedAt: string;
}

/**
 * Salesforce keeps one plan record per account and year; the core keeps one plan with a goal per
 * year. The plan's id is its earliest year's record. Owner, capacity and strategy are per record in
 * Salesforce but once in the core: they come from the record changed last (ties: the later year), so
 * an edit a person makes to any year's record is the one the core sees. A record without a target
 * revenue has no goal but still carries those plan-wide values.
 */
export function readPlan(readers: readonly RecordReader[]): PlanRead | undefined {
  const records: YearRecord[] = readers.map((r) => ({
    reader: r,
    year: r.required(L.year, r.number(L.year, { min: 1900, max: 2200, integer: true })),
    targetRevenue: r.number(L.targetRevenue, NON_NEGATIVE),
    note: r.text(L.goalNote),
    ownerName: userName(r, L.owner),
    capacity: r.number(L.capacityHours, NON_NEGATIVE),
    strategy: r.text(L.strategy),
    modifiedAt: r.datetime(STD.lastModifiedDate) ?? '',
  }));
  if (records.length === 0) return undefined;
  records.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  records.forEach((r, i) => {
    const before = records[i - 1];
    if (i > 0 && r.year !== undefined && r.year === before?.year) {
      r.reader.issue(
        L.year,
        `${r.year} is also the year of ${before.reader.id}: one plan record per account and year`,
      );
    }
  });
  const latest = records.reduce((best, r) =>
    r.modifiedAt > best.modifiedAt || (r.modifiedAt === best.modifiedAt && (r.year ?? 0) >= (best.year ?? 0))
      ? r
      : best,
  );
  const withGoal = records.filter((r) => r.targetRevenue !== undefined);
  const goals: z.input<typeof PlanGoal>[] = withGoal.map((r) => ({
    year: r.year ?? 0,
    targetRevenue: r.targetRevenue ?? 0,
    note: r.note,
  }));
  return {
    value: {
      id: records[0]!.reader.id,
      ownerName: latest.ownerName,
      capacityHoursPerYear: latest.capacity,
      strategy: latest.strategy,
      goals,
    },
    origin: { record: latest.reader.label, fields: PLAN_ORIGIN },
    goalOrigins: withGoal.map((r) => ({ record: r.reader.label, fields: GOAL_ORIGIN })),
  };
}

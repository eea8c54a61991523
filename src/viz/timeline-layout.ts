import type { Action } from '../core/model/index.js';
import { epochDay } from '../core/time.js';

/** Pure arithmetic of the action plan's time axis: months as the unit, days as the scale. */

export interface Month {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** First day, `YYYY-MM-01`. */
  readonly start: string;
}

export interface TimeRange {
  /** First day of the first month shown. */
  readonly start: string;
  /** First day of the month after the last one shown (exclusive). */
  readonly end: string;
}

/** Months the axis shows at least on each side of today. */
export const MONTHS_AROUND_TODAY = 6;

const pad2 = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number) => `${year}-${pad2(month)}-01`;

/** The first day of the month `offset` months after the month of `date`. */
export function shiftMonth(date: string, offset: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + offset;
  return monthStart(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * From the earliest start to the latest due date, in whole months, and never less than a year
 * around today: a plan of three weeks still shows where it sits in the year.
 */
export function timeRange(actions: readonly Pick<Action, 'start' | 'due'>[], today: string): TimeRange {
  let first = shiftMonth(today, -MONTHS_AROUND_TODAY);
  let last = shiftMonth(today, MONTHS_AROUND_TODAY);
  for (const a of actions) {
    if (a.start < first) first = a.start;
    if (a.due > last) last = a.due;
  }
  return { start: shiftMonth(first, 0), end: shiftMonth(last, 1) };
}

export function monthsOf(range: TimeRange): Month[] {
  const months: Month[] = [];
  for (let m = range.start; m < range.end; m = shiftMonth(m, 1)) {
    months.push({ year: Number(m.slice(0, 4)), month: Number(m.slice(5, 7)), start: m });
  }
  return months;
}

/** A linear day scale: x of a date (midnight) between `left` and `right`. */
export function dayScale(range: TimeRange, left: number, right: number): (date: string) => number {
  const from = epochDay(range.start);
  const span = Math.max(1, epochDay(range.end) - from);
  return (date: string) => left + ((epochDay(date) - from) / span) * (right - left);
}

/** Every how many months a month name fits: 1, 2, 3, 6 or 12. */
export function monthLabelStep(monthWidth: number, labelWidth: number): number {
  return [1, 2, 3, 6].find((step) => step * monthWidth >= labelWidth) ?? 12;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Gantt order: by start, then due date, then id. */
export function byStart<A extends Pick<Action, 'id' | 'start' | 'due'>>(actions: readonly A[]): A[] {
  return [...actions].sort(
    (a, b) => compare(a.start, b.start) || compare(a.due, b.due) || compare(a.id, b.id),
  );
}

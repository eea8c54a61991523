import type { Rng } from './prng.js';
import { math } from './math.js';

const DAY_MS = 86_400_000;

/**
 * The demo's calendar. Every date is an offset from the day of `now`, so the demo always looks
 * current. Days are counted as whole days since 1970-01-01 (UTC); their `YYYY-MM-DD` strings are
 * cached because ten thousand benchmark snapshots ask for the same few hundred days.
 */
export class DemoClock {
  readonly now: Date;
  /** `now`'s day, `YYYY-MM-DD`. */
  readonly today: string;
  /** `now`'s day as a day number. */
  readonly todayIndex: number;
  readonly year: number;
  private readonly dates = new Map<number, string>();
  private readonly yearStarts = new Map<number, number>();

  constructor(now: Date) {
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
      throw new RangeError('now must be a valid Date');
    }
    this.now = now;
    this.todayIndex = math.floor(now.getTime() / DAY_MS);
    this.today = this.date(this.todayIndex);
    this.year = now.getUTCFullYear();
  }

  /** `YYYY-MM-DD` of a day number. */
  date(dayIndex: number): string {
    let text = this.dates.get(dayIndex);
    if (text === undefined) {
      text = new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);
      this.dates.set(dayIndex, text);
    }
    return text;
  }

  /** `YYYY-MM-DD` of the day `offset` days after today (before, when negative). */
  fromToday(offset: number): string {
    return this.date(this.todayIndex + math.round(offset));
  }

  firstDayOf(year: number): number {
    let first = this.yearStarts.get(year);
    if (first === undefined) {
      first = Date.UTC(year, 0, 1) / DAY_MS;
      this.yearStarts.set(year, first);
    }
    return first;
  }

  lastDayOf(year: number): number {
    return this.firstDayOf(year + 1) - 1;
  }

  /** Share of the current year that has passed, 0…1. */
  yearElapsed(): number {
    const first = this.firstDayOf(this.year);
    return (this.todayIndex - first + 1) / (this.lastDayOf(this.year) - first + 1);
  }

  /** A random day of `year`, never after today. Undefined when the year has not begun. */
  dayInYear(rng: Rng, year: number): number | undefined {
    const first = this.firstDayOf(year);
    const last = math.min(this.lastDayOf(year), this.todayIndex);
    return last < first ? undefined : rng.int(first, last);
  }

  /** An instant `daysAgo` days before now during office hours, ISO 8601 without milliseconds, never after now. */
  instantDaysAgo(rng: Rng, daysAgo: number): string {
    const day = (this.todayIndex - math.max(0, math.round(daysAgo))) * DAY_MS;
    const officeMinute = rng.int(7 * 60, 17 * 60 + 30);
    const at = math.min(day + officeMinute * 60_000, math.floor(this.now.getTime() / 60_000) * 60_000);
    return `${new Date(at).toISOString().slice(0, 16)}:00Z`;
  }
}

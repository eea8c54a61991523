import { malformedQuery } from '../errors.js';

/** A date literal's range [start, end) in UTC (the sandbox's users live in UTC). */
export interface DateRange {
  readonly start: Date;
  readonly end: Date;
}

const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m, d));
type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

function unitStart(now: Date, unit: Unit): Date {
  const [y, m, d] = [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
  switch (unit) {
    case 'DAY':
      return utc(y, m, d);
    case 'WEEK':
      return utc(y, m, d - now.getUTCDay()); // weeks start on Sunday
    case 'MONTH':
      return utc(y, m);
    case 'QUARTER':
      return utc(y, m - (m % 3));
    case 'YEAR':
      return utc(y, 0);
  }
}

function add(date: Date, unit: Unit, n: number): Date {
  switch (unit) {
    case 'DAY':
      return new Date(date.getTime() + n * DAY);
    case 'WEEK':
      return new Date(date.getTime() + 7 * n * DAY);
    case 'MONTH':
      return utc(date.getUTCFullYear(), date.getUTCMonth() + n, date.getUTCDate());
    case 'QUARTER':
      return utc(date.getUTCFullYear(), date.getUTCMonth() + 3 * n, date.getUTCDate());
    case 'YEAR':
      return utc(date.getUTCFullYear() + n, date.getUTCMonth(), date.getUTCDate());
  }
}

const range = (start: Date, unit: Unit, n = 1): DateRange => ({ start, end: add(start, unit, n) });

const UNITS: Record<string, Unit> = {
  DAY: 'DAY',
  DAYS: 'DAY',
  WEEK: 'WEEK',
  WEEKS: 'WEEK',
  MONTH: 'MONTH',
  MONTHS: 'MONTH',
  QUARTER: 'QUARTER',
  QUARTERS: 'QUARTER',
  FISCAL_QUARTER: 'QUARTER',
  FISCAL_QUARTERS: 'QUARTER',
  YEAR: 'YEAR',
  YEARS: 'YEAR',
  FISCAL_YEAR: 'YEAR',
  FISCAL_YEARS: 'YEAR',
};

/** TODAY, LAST_WEEK, THIS_FISCAL_YEAR, LAST_N_DAYS:30, N_MONTHS_AGO:2 … (fiscal = calendar). */
export function dateLiteralRange(literal: string, now: Date): DateRange {
  const upper = literal.toUpperCase();
  const today = unitStart(now, 'DAY');
  if (upper === 'TODAY') return range(today, 'DAY');
  if (upper === 'YESTERDAY') return range(add(today, 'DAY', -1), 'DAY');
  if (upper === 'TOMORROW') return range(add(today, 'DAY', 1), 'DAY');
  if (upper === 'LAST_90_DAYS') return { start: add(today, 'DAY', -90), end: add(today, 'DAY', 1) };
  if (upper === 'NEXT_90_DAYS') return range(add(today, 'DAY', 1), 'DAY', 90);
  const fixed = /^(LAST|THIS|NEXT)_(\w+)$/.exec(upper);
  if (fixed && UNITS[fixed[2]!] && !fixed[2]!.endsWith('S')) {
    const unit = UNITS[fixed[2]!]!;
    const shift = fixed[1] === 'LAST' ? -1 : fixed[1] === 'NEXT' ? 1 : 0;
    return range(add(unitStart(now, unit), unit, shift), unit);
  }
  const withN = /^(LAST_N|NEXT_N|N)_(\w+?)(_AGO)?:(\d+)$/.exec(upper);
  if (withN && UNITS[withN[2]!]) {
    const unit = UNITS[withN[2]!]!;
    const n = Number(withN[4]);
    const start = unitStart(now, unit);
    if (withN[1] === 'N' && withN[3]) return range(add(start, unit, -n), unit);
    if (withN[1] === 'LAST_N')
      return unit === 'DAY'
        ? { start: add(today, 'DAY', -n), end: add(today, 'DAY', 1) }
        : { start: add(start, unit, -n), end: start };
    if (withN[1] === 'NEXT_N') return range(add(start, unit, 1), unit, n);
  }
  throw malformedQuery(`unexpected token: ${literal}`);
}

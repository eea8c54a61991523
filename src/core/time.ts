/** Date arithmetic on `YYYY-MM-DD` strings and instants, in UTC. The clock is always a parameter. */

const DAY_MS = 86_400_000;

/** Milliseconds since epoch of a `YYYY-MM-DD` date (midnight UTC) or an ISO instant. */
export function toEpochMs(value: string): number {
  return value.length === 10 ? epochDay(value) * DAY_MS : Date.parse(value);
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, by integer arithmetic on the proleptic Gregorian
 * calendar (the civil-from-days algorithm run backwards) — no Date parsing on hot paths.
 */
export function epochDay(date: string): number {
  let y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

let lastInstantMs = NaN;
let lastInstant = '';

/** The instant as ISO 8601 (remembered like isoDay: a portfolio is scored at one moment). */
export function isoInstant(now: Date): string {
  const ms = now.getTime();
  if (ms !== lastInstantMs) {
    lastInstant = now.toISOString();
    lastInstantMs = ms;
  }
  return lastInstant;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string | Date, to: string | Date): number {
  const a = typeof from === 'string' ? toEpochMs(from) : from.getTime();
  const b = typeof to === 'string' ? toEpochMs(to) : to.getTime();
  return Math.floor((b - a) / DAY_MS);
}

// Scoring a portfolio asks for the same day thousands of times: remember the last answer.
let lastDayMs = NaN;
let lastDay = '';

/** `YYYY-MM-DD` of an instant, in UTC. */
export function isoDay(now: Date): string {
  const ms = now.getTime();
  if (ms !== lastDayMs) {
    lastDay = now.toISOString().slice(0, 10);
    lastDayMs = ms;
  }
  return lastDay;
}

export function yearOf(value: string | Date): number {
  if (typeof value !== 'string') return value.getUTCFullYear();
  // Four digits at the start of an ISO date, read without building a substring.
  return (
    (value.charCodeAt(0) - 48) * 1000 +
    (value.charCodeAt(1) - 48) * 100 +
    (value.charCodeAt(2) - 48) * 10 +
    (value.charCodeAt(3) - 48)
  );
}

/** The date `days` after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(toEpochMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

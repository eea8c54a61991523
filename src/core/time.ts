/** Date arithmetic on `YYYY-MM-DD` strings and instants, in UTC. The clock is always a parameter. */

const DAY_MS = 86_400_000;

/** Milliseconds since epoch of a `YYYY-MM-DD` date (midnight UTC) or an ISO instant. */
export function toEpochMs(value: string): number {
  return value.length === 10 ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
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

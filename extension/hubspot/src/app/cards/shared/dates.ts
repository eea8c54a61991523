/** Calendar dates as the CRM stores them (`YYYY-MM-DD`) and as HubSpot's DateInput takes them. */

/** HubSpot's DateInput value: `month` counts from 0. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly date: number;
}

export function toCalendarDate(iso: string | undefined): CalendarDate | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]) - 1, date: Number(m[3]) };
}

export function fromCalendarDate(d: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.year).padStart(4, '0')}-${pad(d.month + 1)}-${pad(d.date)}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today in UTC as `YYYY-MM-DD`. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole days. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * HubSpot property values are strings both ways. Reading turns them into typed values or a short
 * reason why not (the caller names record and property); an empty or blank string is a missing value,
 * never 0 or false.
 */

export type Read<T> = { readonly value: T | undefined } | { readonly error: string };

const MISSING = { value: undefined } as const;

export function isBlank(raw: string | null | undefined): raw is null | undefined | '' {
  return raw === null || raw === undefined || raw.trim() === '';
}

const quoted = (raw: string) => JSON.stringify(raw);

export function readText(raw: string | null | undefined): Read<string> {
  return isBlank(raw) ? MISSING : { value: raw.trim() };
}

export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

export function readNumber(raw: string | null | undefined, rule: NumberRule = {}): Read<number> {
  if (isBlank(raw)) return MISSING;
  const n = Number(raw.trim());
  const { min, max, integer } = rule;
  const inRange = Number.isFinite(n) && (min === undefined || n >= min) && (max === undefined || n <= max);
  if (!inRange) {
    const range =
      min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
          ? ` of at least ${min}`
          : max !== undefined
            ? ` of at most ${max}`
            : '';
    return { error: `${quoted(raw)} is not a number${range}` };
  }
  if (integer && !Number.isInteger(n)) return { error: `${quoted(raw)} is not a whole number` };
  return { value: n };
}

export function readBoolean(raw: string | null | undefined): Read<boolean> {
  if (isBlank(raw)) return MISSING;
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === 'false') return { value: v === 'true' };
  return { error: `${quoted(raw)} is not true or false` };
}

export function readOption<T extends string>(raw: string | null | undefined, options: readonly T[]): Read<T> {
  if (isBlank(raw)) return MISSING;
  const v = raw.trim();
  return (options as readonly string[]).includes(v)
    ? { value: v as T }
    : { error: `${quoted(raw)} is not one of ${options.join(', ')}` };
}

/** A multiple checkbox: values joined with `;`. Every part must be an option; duplicates collapse. */
export function readOptions<T extends string>(
  raw: string | null | undefined,
  options: readonly T[],
): Read<T[]> {
  if (isBlank(raw)) return MISSING;
  const parts = [
    ...new Set(
      raw
        .split(';')
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    ),
  ];
  const unknown = parts.filter((p) => !(options as readonly string[]).includes(p));
  if (unknown.length > 0) {
    return {
      error: `${unknown.map(quoted).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not one of ${options.join(', ')}`,
    };
  }
  return { value: parts as T[] };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EPOCH = /^-?\d+$/;
const ZONED_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** ISO `YYYY-MM-DD` of a valid calendar day, or undefined. */
function calendarDate(v: string): string | undefined {
  const m = DATE.exec(v);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v ? v : undefined;
}

/** Milliseconds of an epoch string or a datetime with zone; undefined otherwise. */
function instant(v: string): number | undefined {
  const ms = EPOCH.test(v) ? Number(v) : ZONED_DATETIME.test(v) ? Date.parse(v) : Number.NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : undefined;
}

/**
 * A calendar date: `YYYY-MM-DD` (date properties), epoch milliseconds (midnight UTC for date
 * properties) or a datetime with zone (e.g. `closedate`), whose UTC day is taken.
 */
export function readDate(raw: string | null | undefined): Read<string> {
  if (isBlank(raw)) return MISSING;
  const v = raw.trim();
  const date = calendarDate(v);
  if (date) return { value: date };
  const ms = instant(v);
  if (ms !== undefined) return { value: new Date(ms).toISOString().slice(0, 10) };
  return { error: `${quoted(raw)} is not a date (YYYY-MM-DD)` };
}

/**
 * An instant: ISO 8601 with zone or epoch milliseconds, returned in UTC as `…Z` (milliseconds only
 * when there are some). A bare date means midnight UTC; a datetime without zone is refused, since
 * its instant would depend on where it is read.
 */
export function readDateTime(raw: string | null | undefined): Read<string> {
  if (isBlank(raw)) return MISSING;
  const v = raw.trim();
  const date = calendarDate(v);
  const ms = date ? Date.parse(`${date}T00:00:00Z`) : instant(v);
  if (ms === undefined)
    return { error: `${quoted(raw)} is not a date and time (ISO 8601 with zone, or epoch ms)` };
  return { value: utcInstant(ms) };
}

/** `2026-03-01T08:00:00Z`, with `.123` only when the milliseconds are not zero. */
export function utcInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/**
 * A number as HubSpot accepts it: plain decimal notation, never `1e-7`, so every finite double is
 * written exactly and reads back equal.
 */
export function writeNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, head, tail = '', exp] = m;
  const digits = head! + tail;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}`;
}

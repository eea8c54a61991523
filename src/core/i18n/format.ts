import type { Lang } from './types.js';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

// Formatters are costly to build and cheap to use: build each once.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat(LOCALE.de, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(LOCALE.en, { maximumFractionDigits: 1 }),
};
const signedFormats: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat(LOCALE.de, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  en: new Intl.NumberFormat(LOCALE.en, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
};
const percentFormats: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat(LOCALE.de, { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(LOCALE.en, { style: 'percent', maximumFractionDigits: 0 }),
};
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat(LOCALE.de, { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { dateStyle: 'medium', timeZone: 'UTC' }),
};

/*
 * Fast paths. Scoring a portfolio formats numbers into reasons thousands of times a second, and an
 * Intl call costs about as much as the rest of a reason. The common cases (EUR, rounding away from a
 * tie) are written out below; anything else — other currencies, huge numbers, values next to a
 * rounding tie, negative zero — goes to Intl. A property test holds both paths to the same output.
 */
const GROUP: Record<Lang, string> = { de: '.', en: ',' };
const DECIMAL: Record<Lang, string> = { de: ',', en: '.' };
const NBSP = '\u00a0';
const FAST_LIMIT = 1e15;

/** Digits of a non-negative integer with thousands separators. */
function grouped(n: number, sep: string): string {
  const digits = String(n);
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return out;
}

/**
 * |value| × 10^decimals rounded half away from zero, or undefined when the scaled value sits so near
 * a tie that the float product could round differently from Intl's exact decimal rounding.
 */
function roundedScaled(value: number, decimals: number): number | undefined {
  const scaled = Math.abs(value) * 10 ** decimals;
  if (!(scaled < FAST_LIMIT)) return undefined;
  const frac = scaled - Math.floor(scaled);
  if (decimals > 0 && Math.abs(frac - 0.5) < 1e-6) return undefined;
  return Math.round(scaled);
}

/** One-decimal number text (sign not included), or undefined to use Intl. */
function fastDecimal(value: number, lang: Lang): string | undefined {
  const r = roundedScaled(value, 1);
  if (r === undefined) return undefined;
  const whole = grouped(Math.floor(r / 10), GROUP[lang]);
  const tenth = r % 10;
  return tenth === 0 ? whole : `${whole}${DECIMAL[lang]}${tenth}`;
}

export function formatMoney(value: number, lang: Lang, currency = 'EUR'): string {
  if (currency === 'EUR' && !Object.is(value, -0)) {
    const r = roundedScaled(value, 0);
    if (r !== undefined && (r !== 0 || value >= 0)) {
      const sign = value < 0 ? '-' : '';
      const amount = grouped(r, GROUP[lang]);
      return lang === 'de' ? `${sign}${amount}${NBSP}€` : `${sign}€${amount}`;
    }
  }
  const key = `${lang}:${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(key, f);
  }
  return f.format(value);
}

export function formatNumber(value: number, lang: Lang): string {
  const text = value >= 0 && !Object.is(value, -0) ? fastDecimal(value, lang) : undefined;
  return text ?? numberFormats[lang].format(value);
}

/** With its sign, for values around zero such as an attitude: +1,5 / −2. */
export function formatSigned(value: number, lang: Lang): string {
  if (Number.isInteger(value) && Math.abs(value) < FAST_LIMIT && !Object.is(value, -0)) {
    const text = grouped(Math.abs(value), GROUP[lang]);
    return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
  }
  return signedFormats[lang].format(value);
}

/** `value` is a fraction: 0.25 → 25 %. */
export function formatPercent(value: number, lang: Lang): string {
  if (value >= 0 && !Object.is(value, -0)) {
    const scaled = value * 100;
    const frac = scaled - Math.floor(scaled);
    if (scaled < FAST_LIMIT && Math.abs(frac - 0.5) >= 1e-6) {
      const text = grouped(Math.round(scaled), GROUP[lang]);
      return lang === 'de' ? `${text}${NBSP}%` : `${text}%`;
    }
  }
  return percentFormats[lang].format(value);
}

/** `value` is `YYYY-MM-DD` or an ISO instant. */
export function formatDate(value: string, lang: Lang): string {
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? value : dateFormats[lang].format(d);
}

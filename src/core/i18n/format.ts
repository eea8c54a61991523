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

export function formatMoney(value: number, lang: Lang, currency = 'EUR'): string {
  const key = `${lang}:${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(key, f);
  }
  return f.format(value);
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}

/** With its sign, for values around zero such as an attitude: +1,5 / −2. */
export function formatSigned(value: number, lang: Lang): string {
  return signedFormats[lang].format(value);
}

/** `value` is a fraction: 0.25 → 25 %. */
export function formatPercent(value: number, lang: Lang): string {
  return percentFormats[lang].format(value);
}

/** `value` is `YYYY-MM-DD` or an ISO instant. */
export function formatDate(value: string, lang: Lang): string {
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? value : dateFormats[lang].format(d);
}

import type { Lang } from './i18n.js';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

const percentFormats: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat(LOCALE.de, { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(LOCALE.en, { style: 'percent', maximumFractionDigits: 0 }),
};
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat(LOCALE.de, { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { dateStyle: 'medium', timeZone: 'UTC' }),
};
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat(LOCALE.de, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(LOCALE.en, { maximumFractionDigits: 1 }),
};
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Whole units of the account's currency: 25.000 € / €25,000. */
export function formatMoney(value: number, lang: Lang, currency = 'EUR'): string {
  const key = `${lang}:${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(key, format);
  }
  return format.format(value);
}

/** `value` is a fraction: 0.25 → 25 %. */
export function formatPercent(value: number, lang: Lang): string {
  return percentFormats[lang].format(value);
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}

/** `value` is `YYYY-MM-DD` or an ISO instant; anything else shows as it is. */
export function formatDate(value: string, lang: Lang): string {
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? value : dateFormats[lang].format(d);
}

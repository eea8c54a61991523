import LANG from '@salesforce/i18n/lang';
import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/** A label with `{name}` placeholders filled; an unknown placeholder stays visible. */
export function format(template, params = {}) {
  return String(template).replace(/\{(\w+)\}/g, (whole, name) =>
    params[name] === undefined || params[name] === null ? whole : String(params[name]),
  );
}

/**
 * The renderers' language: the user's language (as the custom labels follow it, not the locale that
 * formats numbers and dates) — German for `de…`, else English.
 */
export function vizLang(lang = LANG) {
  return String(lang).toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function formatMoney(value, currency = CURRENCY, locale = LOCALE) {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    value,
  );
}

export function formatNumber(value, locale = LOCALE) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(value, locale = LOCALE) {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A `YYYY-MM-DD` day as written (a calendar day has no time zone), an ISO instant on the user's
 * calendar (their Salesforce time zone).
 */
export function formatDate(value, locale = LOCALE, timeZone = TIME_ZONE) {
  if (!value) return '';
  const day = DAY.test(value);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: day ? 'UTC' : timeZone,
  }).format(new Date(day ? `${value}T12:00:00Z` : value));
}

/** Today as `YYYY-MM-DD` on the user's calendar (their Salesforce time zone, not the browser's). */
export function today(now = new Date(), timeZone = TIME_ZONE) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';

/** A label with `{name}` placeholders filled; an unknown placeholder stays visible. */
export function format(template, params = {}) {
  return String(template).replace(/\{(\w+)\}/g, (whole, name) =>
    params[name] === undefined || params[name] === null ? whole : String(params[name]),
  );
}

/** The user's language as the renderers take it: German for `de…`, else English. */
export function vizLang(locale = LOCALE) {
  return String(locale).toLowerCase().startsWith('de') ? 'de' : 'en';
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

/** A `YYYY-MM-DD` day or an ISO instant as the user reads dates. */
export function formatDate(value, locale = LOCALE) {
  if (!value) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(day));
}

/** Today as `YYYY-MM-DD` on the user's calendar. */
export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

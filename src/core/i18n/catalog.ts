import { formatDate, formatMoney, formatNumber, formatPercent } from './format.js';
import { analysisMessages } from './messages/analysis.js';
import { cliMessages } from './messages/cli.js';
import { scoringMessages } from './messages/scoring.js';
import { termMessages } from './messages/terms.js';
import type { Lang, LocalizedText, MessageParam, MessageParams, MessageTemplate } from './types.js';
import { LANGS } from './types.js';

/** The one catalog of everything a person reads, German and English side by side. */
export const catalog = {
  ...termMessages,
  ...scoringMessages,
  ...analysisMessages,
  ...cliMessages,
} as const satisfies Record<string, MessageTemplate>;

export type MessageKey = keyof typeof catalog;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}

function formatParam(value: MessageParam, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, lang);
  if ('money' in value) return formatMoney(value.money, lang, value.currency);
  if ('percent' in value) return formatPercent(value.percent, lang);
  if ('date' in value) return formatDate(value.date, lang);
  return isMessageKey(value.term) ? catalog[value.term][lang] : value.term;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The message in one language, placeholders filled. Unknown placeholders stay visible as `{name}`. */
export function t(key: MessageKey, lang: Lang, params?: MessageParams): string {
  const template = catalog[key][lang];
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(value, lang);
  });
}

/** The message in every language. */
export function localize(key: MessageKey, params?: MessageParams): LocalizedText {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) out[lang] = t(key, lang, params);
  return out;
}

/** A message with its stable code, for UIs that render it themselves and for tests. */
export interface LocalizedMessage {
  readonly code: MessageKey;
  readonly params?: MessageParams;
  readonly text: LocalizedText;
}

export function message(code: MessageKey, params?: MessageParams): LocalizedMessage {
  return params ? { code, params, text: localize(code, params) } : { code, text: localize(code) };
}

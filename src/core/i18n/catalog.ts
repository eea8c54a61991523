import { formatDate, formatMoney, formatNumber, formatPercent, formatSigned } from './format.js';
import { analysisMessages } from './messages/analysis.js';
import { cliMessages } from './messages/cli.js';
import { hubspotCardMessages } from './messages/hubspot-cards.js';
import { crmCliMessages } from './messages/crm-cli.js';
import { planningMessages } from './messages/planning.js';
import { relationsMessages } from './messages/relations.js';
import { salesforceLwcMessages } from './messages/salesforce-lwc.js';
import { salesforceLwcPeopleMessages } from './messages/salesforce-lwc-people.js';
import { salesforceLwcPlanMessages } from './messages/salesforce-lwc-plan.js';
import { scoringMessages } from './messages/scoring.js';
import { serviceMessages } from './messages/service.js';
import { termMessages } from './messages/terms.js';
import { vizPeopleMessages } from './messages/viz-people.js';
import { vizPlanMessages } from './messages/viz-plan.js';
import { vizMessages } from './messages/viz.js';
import { workspaceMessages } from './messages/workspace.js';
import type { Lang, LocalizedText, MessageParam, MessageParams, MessageTemplate } from './types.js';

/** The one catalog of everything a person reads, German and English side by side. */
export const catalog = {
  ...termMessages,
  ...scoringMessages,
  ...analysisMessages,
  ...cliMessages,
  ...crmCliMessages,
  ...planningMessages,
  ...relationsMessages,
  ...serviceMessages,
  ...vizMessages,
  ...vizPeopleMessages,
  ...vizPlanMessages,
  ...workspaceMessages,
  ...hubspotCardMessages,
  ...salesforceLwcMessages,
  ...salesforceLwcPeopleMessages,
  ...salesforceLwcPlanMessages,
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
  if ('signed' in value) return formatSigned(value.signed, lang);
  if ('date' in value) return formatDate(value.date, lang);
  if ('text' in value) return value.text[lang];
  return isMessageKey(value.term) ? catalog[value.term][lang] : value.term;
}

/** A template split at its placeholders: even indexes are literal text, odd ones parameter names. */
type CompiledTemplate = readonly string[];
const compiled: Record<Lang, Map<MessageKey, CompiledTemplate>> = { de: new Map(), en: new Map() };

function compile(key: MessageKey, lang: Lang): CompiledTemplate {
  let parts = compiled[lang].get(key);
  if (!parts) {
    parts = catalog[key][lang].split(/\{(\w+)\}/);
    compiled[lang].set(key, parts);
  }
  return parts;
}

/** The message in one language, placeholders filled. Unknown placeholders stay visible as `{name}`. */
export function t(key: MessageKey, lang: Lang, params?: MessageParams): string {
  if (!params) return catalog[key][lang];
  const parts = compile(key, lang);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params[name];
    out += (value === undefined ? `{${name}}` : formatParam(value, lang)) + parts[i + 1]!;
  }
  return out;
}

/** The message in every language. Without parameters this is the catalog entry itself (no copy). */
export function localize(key: MessageKey, params?: MessageParams): LocalizedText {
  if (!params) return catalog[key];
  return { de: t(key, 'de', params), en: t(key, 'en', params) };
}

/** A message with its stable code, for UIs that render it themselves and for tests. */
export interface LocalizedMessage {
  readonly code: MessageKey;
  readonly params?: MessageParams;
  readonly text: LocalizedText;
}

const plainMessages = new Map<MessageKey, LocalizedMessage>();

/** A message; one without parameters is built once and shared (messages are immutable). */
export function message(code: MessageKey, params?: MessageParams): LocalizedMessage {
  if (params) return { code, params, text: localize(code, params) };
  let m = plainMessages.get(code);
  if (!m) plainMessages.set(code, (m = { code, text: localize(code) }));
  return m;
}

import type { Lang, MessageKey } from './messages.generated.js';
import { isMessageKey, t } from './messages.generated.js';

export type { Lang, MessageKey, MessageParams } from './messages.generated.js';
export { t } from './messages.generated.js';

/** German for a German-speaking user (`de`, `de-DE`, `de-AT`, …), English for everyone else. */
export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** A text the service computed in both languages, in the user's. */
export function pick(text: Readonly<Record<Lang, string>>, lang: Lang): string {
  return text[lang];
}

/** A vocabulary term such as `role.decider`; an unknown value shows as it is. */
export function term(prefix: string, value: string | number, lang: Lang): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key as MessageKey, lang) : String(value);
}

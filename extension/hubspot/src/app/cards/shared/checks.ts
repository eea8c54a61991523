import { formatNumber } from './format.js';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';

/** Checks of a form's fields before anything is sent: each answers the message, or undefined when fine. */

/** An amount, volume or number of hours: empty is fine, below zero is not. */
export function negative(value: number | undefined, field: string, lang: Lang): string | undefined {
  if (value === undefined || value >= 0) return undefined;
  return t('card.invalid.negative', lang, { field });
}

export interface Scale {
  readonly min: number;
  readonly max: number;
  /** Steps of one only (influence, strength, impact). */
  readonly whole?: boolean;
  /** How the message writes the bounds; plain numbers unless said (a share as a percentage). */
  readonly show?: (bound: number, lang: Lang) => string;
}

/** A value on a scale. Empty is fine: whether a field is required is checked on its own. */
export function outOfRange(
  value: number | undefined,
  scale: Scale,
  field: string,
  lang: Lang,
): string | undefined {
  if (value === undefined) return undefined;
  const fits = value >= scale.min && value <= scale.max && (!scale.whole || Number.isInteger(value));
  if (fits) return undefined;
  const show = scale.show ?? formatNumber;
  return t('card.invalid.range', lang, { field, min: show(scale.min, lang), max: show(scale.max, lang) });
}

/** A text the record needs: empty or only spaces is missing. */
export function missing(value: string | undefined, field: string, lang: Lang): string | undefined {
  if (value !== undefined && value.trim() !== '') return undefined;
  return `${field}: ${t('card.required', lang)}`;
}

/** A text with a limit, counted as the service counts it: without leading and trailing spaces. */
export function tooLong(
  value: string | undefined,
  max: number,
  field: string,
  lang: Lang,
): string | undefined {
  if (value === undefined || value.trim().length <= max) return undefined;
  return t('card.invalid.tooLong', lang, { field, max: formatNumber(max, lang) });
}

/** The service's own rule for an e-mail address (zod's `z.email()`), so the card refuses what it would. */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** An e-mail address: empty is fine, anything else must be one. */
export function notAnEmail(value: string | undefined, field: string, lang: Lang): string | undefined {
  if (value === undefined || EMAIL.test(value)) return undefined;
  return t('card.invalid.email', lang, { field });
}

/** The first problem of several checks. */
export function firstProblem(...problems: readonly (string | undefined)[]): string | undefined {
  return problems.find((p) => p !== undefined);
}

import { formatNumber } from './format.js';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';

/** Checks of a form's numbers before anything is sent: each answers the message, or undefined when fine. */

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

/** The first problem of several checks. */
export function firstProblem(...problems: readonly (string | undefined)[]): string | undefined {
  return problems.find((p) => p !== undefined);
}

import type { Lang, MessageParam } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import type { MetricUnit } from './metrics.js';
import { METRICS } from './metrics.js';
import type { ScoreComponent, ScoreResult } from './result.js';

/** A measured value as a message parameter, so each language formats it its own way. */
export function displayParam(unit: MetricUnit, raw: number, currency: string): MessageParam {
  switch (unit) {
    case 'money':
      return { money: raw, currency };
    case 'percent':
      return { percent: raw };
    case 'attitude':
      return { signed: raw };
    case 'rating':
    case 'count':
    case 'days':
      return Math.round(raw * 10) / 10;
  }
}

/** A component's measured value for a person: "215.000 €", "64 %", "4 von 5", "7 Tage", "unbekannt". */
export function describeMeasurement(component: ScoreComponent, lang: Lang, currency = 'EUR'): string {
  if (component.raw === undefined) return t('term.unknown', lang);
  const unit = METRICS[component.metric].unit;
  const value = displayParam(unit, component.raw, currency);
  if (unit === 'rating') return t('unit.rating', lang, { value });
  if (unit === 'days') return t('unit.days', lang, { value });
  return t('unit.plain', lang, { value });
}

/**
 * The reasons as one text for a CRM field: one per line in the reader's language, strengths marked
 * `+` and weaknesses `−`, strongest first (as the engine orders them).
 */
export function reasonsText(result: Pick<ScoreResult, 'reasons'>, lang: Lang): string {
  return result.reasons.map((r) => `${r.polarity === 'strength' ? '+' : '−'} ${r.text[lang]}`).join('\n');
}

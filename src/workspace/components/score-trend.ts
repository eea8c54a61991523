import type { Lang } from '../../core/i18n/index.js';
import { formatNumber, formatSigned, t } from '../../core/i18n/index.js';
import { h } from '../dom.js';

/** ▲ +3,2 / ▼ −1,5 / ● ±0: a change of the score, with the arrow and the sign both saying it. */
export function changeMark(doc: Document, change: number, lang: Lang): HTMLSpanElement {
  const rounded = Math.round(change * 10) / 10;
  const direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '●';
  return h(
    doc,
    'span',
    { class: `change change--${direction}` },
    h(doc, 'span', { 'aria-hidden': 'true' }, `${arrow} `),
    rounded === 0 ? t('workspace.score.unchanged', lang) : formatSigned(rounded, lang),
  );
}

/** The score change after a save: before → after, and the difference. */
export function scoreChangeText(before: number, after: number, lang: Lang): string {
  return t('workspace.score.changed', lang, {
    before: formatNumber(before, lang),
    after: formatNumber(after, lang),
  });
}

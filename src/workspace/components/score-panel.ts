import type { Lang } from '../../core/i18n/index.js';
import { formatDate, formatNumber, formatPercent, t } from '../../core/i18n/index.js';
import type { ScoreResult } from '../../core/scoring/index.js';
import { h } from '../dom.js';
import { changeMark, scoreChangeText } from './score-trend.js';

/** A score before and after a save. */
export interface ScoreChange {
  readonly before: number;
  readonly after: number;
}

/** The score at a glance: value, tier, quadrant and its strategy, axis values, how complete. */
export function scorePanel(doc: Document, score: ScoreResult, lang: Lang, change?: ScoreChange): HTMLElement {
  const fact = (label: string, value: string) =>
    h(doc, 'div', { class: 'fact' }, h(doc, 'dt', {}, label), h(doc, 'dd', {}, value));
  return h(
    doc,
    'section',
    { class: 'panel score-panel', 'aria-label': t('term.score', lang) },
    h(doc, 'h2', {}, t('term.score', lang)),
    h(
      doc,
      'p',
      { class: 'score-line' },
      h(doc, 'span', { class: 'score-value', 'data-testid': 'score-value' }, formatNumber(score.score, lang)),
      h(
        doc,
        'span',
        { class: `tier tier--${score.tier}` },
        t('workspace.score.tier', lang, { tier: score.tier }),
      ),
    ),
    change &&
      h(
        doc,
        'p',
        { class: 'score-change', 'data-testid': 'score-change', role: 'status', tabindex: -1 },
        scoreChangeText(change.before, change.after, lang),
        ' ',
        changeMark(doc, change.after - change.before, lang),
      ),
    h(
      doc,
      'p',
      { class: 'quadrant' },
      h(doc, 'strong', {}, `${t('term.quadrant', lang)}: ${score.quadrantLabel[lang]}`),
      ' — ',
      score.strategy[lang],
    ),
    h(
      doc,
      'dl',
      { class: 'facts' },
      fact(t('term.attractiveness', lang), formatNumber(score.attractiveness, lang)),
      fact(t('term.position', lang), formatNumber(score.position, lang)),
      fact(t('workspace.score.completeness', lang), formatPercent(score.completeness.overall, lang)),
    ),
    h(
      doc,
      'p',
      { class: 'meta' },
      t('workspace.score.scoredAt', lang, { date: formatDate(score.scoredAt, lang), model: score.model.id }),
    ),
  );
}

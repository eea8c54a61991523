import type { Lang } from '../../core/i18n/index.js';
import { formatNumber, formatPercent, t } from '../../core/i18n/index.js';
import type { Axis, ScoreComponent, ScoreReason, ScoreResult } from '../../core/scoring/index.js';
import { h } from '../dom.js';

const AXES: readonly Axis[] = ['attractiveness', 'position'];

/**
 * Why the score is what it is: every criterion per axis with its weight, how well it is met and
 * the points it earned; unknown criteria say why; then the strengths and weaknesses that move it.
 */
export function scoreBreakdown(doc: Document, score: ScoreResult, lang: Lang): HTMLElement {
  return h(
    doc,
    'section',
    { class: 'panel breakdown', 'aria-label': t('workspace.breakdown.title', lang) },
    h(doc, 'h2', {}, t('workspace.breakdown.title', lang)),
    ...AXES.map((axis) => axisTable(doc, axis, score, lang)),
    reasons(doc, score.reasons, lang),
  );
}

function axisTable(doc: Document, axis: Axis, score: ScoreResult, lang: Lang): HTMLElement {
  const components = score.components.filter((c) => c.axis === axis);
  return h(
    doc,
    'div',
    { class: 'axis' },
    h(
      doc,
      'h3',
      {},
      t(axis === 'attractiveness' ? 'term.attractiveness' : 'term.position', lang),
      ' ',
      h(doc, 'span', { class: 'axis-value' }, formatNumber(score[axis], lang)),
      ' ',
      h(
        doc,
        'span',
        { class: 'sub' },
        t('workspace.breakdown.axisCompleteness', lang, { share: { percent: score.completeness[axis] } }),
      ),
    ),
    h(
      doc,
      'table',
      { class: 'table breakdown-table' },
      h(
        doc,
        'thead',
        {},
        h(
          doc,
          'tr',
          {},
          h(doc, 'th', { scope: 'col' }, t('workspace.breakdown.criterion', lang)),
          h(doc, 'th', { scope: 'col', class: 'num' }, t('workspace.breakdown.weight', lang)),
          h(doc, 'th', { scope: 'col', class: 'num' }, t('workspace.breakdown.met', lang)),
          h(doc, 'th', { scope: 'col', class: 'num' }, t('workspace.breakdown.points', lang)),
        ),
      ),
      h(doc, 'tbody', {}, ...components.map((c) => componentRow(doc, c, lang))),
    ),
  );
}

function componentRow(doc: Document, c: ScoreComponent, lang: Lang): HTMLTableRowElement {
  const known = c.status === 'known' && c.normalised !== undefined;
  return h(
    doc,
    'tr',
    { class: known ? undefined : 'unknown', 'data-criterion': c.criterionId },
    h(
      doc,
      'th',
      { scope: 'row' },
      c.label[lang],
      !known && c.unknownReason && h(doc, 'span', { class: 'sub' }, c.unknownReason.text[lang]),
    ),
    h(doc, 'td', { class: 'num' }, formatPercent(c.weight, lang)),
    h(doc, 'td', { class: 'num' }, known ? formatPercent(c.normalised!, lang) : t('term.unknown', lang)),
    h(doc, 'td', { class: 'num' }, formatNumber(c.contribution, lang)),
  );
}

function reasons(doc: Document, list: readonly ScoreReason[], lang: Lang): HTMLElement {
  const group = (polarity: ScoreReason['polarity']) => {
    const items = list.filter((r) => r.polarity === polarity);
    return h(
      doc,
      'div',
      { class: `reasons reasons--${polarity}` },
      h(
        doc,
        'h3',
        {},
        t(polarity === 'strength' ? 'workspace.reasons.strengths' : 'workspace.reasons.weaknesses', lang),
      ),
      items.length > 0
        ? h(doc, 'ul', {}, ...items.map((r) => h(doc, 'li', {}, r.text[lang])))
        : h(doc, 'p', { class: 'sub' }, t('workspace.reasons.none', lang)),
    );
  };
  return h(doc, 'div', { class: 'reasons-pair' }, group('strength'), group('weakness'));
}

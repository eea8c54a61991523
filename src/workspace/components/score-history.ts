import type { Lang } from '../../core/i18n/index.js';
import { formatDate, formatNumber, t } from '../../core/i18n/index.js';
import type { HistoryPoint } from '../contract.js';
import { h } from '../dom.js';
import { sparkline } from './sparkline.js';

/** The scores written to the CRM, newest first, with a line of their course. */
export function scoreHistory(doc: Document, history: readonly HistoryPoint[], lang: Lang): HTMLElement {
  if (history.length === 0) return h(doc, 'p', { class: 'sub' }, t('workspace.history.none', lang));
  const oldestFirst = [...history].reverse().map((p) => p.score);
  const line = sparkline(
    doc,
    oldestFirst,
    t('workspace.portfolio.trend', lang, {
      scores: oldestFirst.map((v) => formatNumber(v, lang)).join(', '),
    }),
  );
  const head = (key: Parameters<typeof t>[0], numeric = false) =>
    h(doc, 'th', { scope: 'col', class: numeric ? 'num' : undefined }, t(key, lang));
  return h(
    doc,
    'div',
    { class: 'history' },
    line && h(doc, 'p', { class: 'history-line' }, line),
    h(
      doc,
      'table',
      { class: 'table' },
      h(
        doc,
        'thead',
        {},
        h(
          doc,
          'tr',
          {},
          head('workspace.history.date'),
          head('term.score', true),
          head('term.tier'),
          head('term.attractiveness', true),
          head('term.position', true),
        ),
      ),
      h(
        doc,
        'tbody',
        {},
        ...history.map((p) =>
          h(
            doc,
            'tr',
            {},
            h(doc, 'th', { scope: 'row' }, formatDate(p.scoredAt, lang)),
            h(doc, 'td', { class: 'num' }, formatNumber(p.score, lang)),
            h(doc, 'td', {}, p.tier),
            h(doc, 'td', { class: 'num' }, formatNumber(p.attractiveness, lang)),
            h(doc, 'td', { class: 'num' }, formatNumber(p.position, lang)),
          ),
        ),
      ),
    ),
  );
}

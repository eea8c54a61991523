import type { Lang } from '../../core/i18n/index.js';
import { formatDate, formatNumber, t } from '../../core/i18n/index.js';
import type { HistoryPoint } from '../contract.js';
import { h } from '../dom.js';
import { dataTable } from './data-table.js';
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
  return h(
    doc,
    'div',
    { class: 'history' },
    line && h(doc, 'p', { class: 'history-line' }, line),
    dataTable(doc, {
      columns: [
        { label: t('workspace.history.date', lang) },
        { label: t('term.score', lang), numeric: true },
        { label: t('term.tier', lang) },
        { label: t('term.attractiveness', lang), numeric: true },
        { label: t('term.position', lang), numeric: true },
      ],
      rows: history.map((p) =>
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
    }),
  );
}

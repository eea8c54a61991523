import type { Gap, GapSeverity } from '../../core/analysis/gap.js';
import type { Lang, MessageKey } from '../../core/i18n/index.js';
import { t } from '../../core/i18n/index.js';
import { h } from '../dom.js';

const SEVERITY: Readonly<Record<GapSeverity, MessageKey>> = {
  critical: 'workspace.severity.critical',
  warning: 'workspace.severity.warning',
  info: 'workspace.severity.info',
};

/** What is missing or at risk, most severe first; the severity is written, not only coloured. */
export function gapList(doc: Document, gaps: readonly Gap[], lang: Lang): HTMLElement {
  return h(
    doc,
    'section',
    { class: 'panel gaps', 'aria-label': t('workspace.gaps.title', lang) },
    h(doc, 'h2', {}, t('workspace.gaps.title', lang)),
    gaps.length === 0
      ? h(doc, 'p', { class: 'sub' }, t('workspace.gaps.none', lang))
      : h(
          doc,
          'ul',
          { class: 'gap-list' },
          ...gaps.map((g) =>
            h(
              doc,
              'li',
              { class: `gap gap--${g.severity}` },
              h(doc, 'span', { class: `severity severity--${g.severity}` }, t(SEVERITY[g.severity], lang)),
              ' ',
              g.text[lang],
            ),
          ),
        ),
  );
}

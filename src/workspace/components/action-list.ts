import type { PlanAnalysis } from '../../core/analysis/plan.js';
import type { Lang } from '../../core/i18n/index.js';
import { formatDate, t } from '../../core/i18n/index.js';
import type { Action } from '../../core/model/index.js';
import { button, h } from '../dom.js';
import { dataTable } from './data-table.js';
import { STATUS_LABEL } from '../vocabulary.js';

/** The plan's actions by start date, overdue ones flagged, each with a button to change its status. */
export function actionList(
  doc: Document,
  actions: readonly Action[],
  plan: PlanAnalysis,
  lang: Lang,
  onEdit: (actionId: string, opener: HTMLElement) => void,
): HTMLElement {
  if (actions.length === 0) return h(doc, 'p', { class: 'sub' }, t('workspace.actions.none', lang));
  const overdue = new Set(plan.actions.overdue.map((a) => a.actionId));
  const ordered = [...actions].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return dataTable(doc, {
    className: 'actions',
    caption: t('workspace.actions.title', lang),
    columns: [
      { label: t('workspace.actions.action', lang) },
      { label: t('workspace.actions.due', lang) },
      { label: t('workspace.actions.status', lang) },
      {},
    ],
    rows: ordered.map((a) => {
      const edit = button(doc, t('workspace.actions.changeStatus', lang), () => onEdit(a.id, edit), {
        class: 'button button--small',
        'aria-label': t('workspace.actions.changeStatusOf', lang, { title: a.title }),
      });
      const late = overdue.has(a.id);
      return h(
        doc,
        'tr',
        { 'data-action-id': a.id, class: late ? 'overdue' : undefined },
        h(doc, 'th', { scope: 'row' }, a.title, a.ownerName && h(doc, 'span', { class: 'sub' }, a.ownerName)),
        h(
          doc,
          'td',
          { class: late ? 'warn' : undefined },
          formatDate(a.due, lang),
          late && h(doc, 'span', { class: 'sub' }, t('workspace.actions.overdue', lang)),
        ),
        h(doc, 'td', {}, t(STATUS_LABEL[a.status], lang)),
        h(doc, 'td', {}, edit),
      );
    }),
  });
}

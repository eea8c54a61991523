import type { Lang } from '../../core/i18n/index.js';
import { formatDate, t } from '../../core/i18n/index.js';
import type { Action, ActionStatus } from '../../core/model/index.js';
import { h } from '../dom.js';
import { STATUS_LABEL, STATUSES } from '../vocabulary.js';
import { editForm, selectField } from './form-kit.js';

/**
 * The whole action with its new status. Done records the day it was done (today, or the day it was
 * already recorded); any other status has no completion day.
 */
export function actionWithStatus(action: Action, status: ActionStatus, today: string): Action {
  const next: Action = { ...action, status };
  if (status === 'done')
    next.completedOn = action.status === 'done' && action.completedOn ? action.completedOn : today;
  else delete next.completedOn;
  return next;
}

/** Change an action's status. */
export function actionForm(
  doc: Document,
  action: Action,
  lang: Lang,
  actions: { today(): string; save(body: Action): Promise<void>; cancel(): void },
): HTMLFormElement {
  const status = selectField(
    doc,
    t('workspace.actions.status', lang),
    'status',
    STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s], lang) })),
    action.status,
  );
  const summary = h(
    doc,
    'p',
    { class: 'sub' },
    t('workspace.actions.period', lang, {
      start: formatDate(action.start, lang),
      due: formatDate(action.due, lang),
    }),
  );
  return editForm(doc, {
    testId: 'edit-action',
    title: t('workspace.actions.changeStatusOf', lang, { title: action.title }),
    lang,
    fields: [summary, status.wrapper],
    read: () => ({ body: actionWithStatus(action, status.select.value as ActionStatus, actions.today()) }),
    save: actions.save,
    cancel: actions.cancel,
  });
}

import { useState } from 'react';
import { Alert, Button, ButtonRow, Flex, Heading, Text } from '@hubspot/ui-extensions';
import type { Action } from '../../../../../../src/core/model/index.js';
import type { CardApi } from '../shared/card-api.js';
import { addDays } from '../shared/dates.js';
import { t } from '../shared/i18n.js';
import type { AccountContentProps } from '../shared/states.js';
import { AccountGate, ActionError } from '../shared/states.js';
import { newRecordId, useRecordEditor } from '../shared/use-record-editor.js';
import { useTask } from '../shared/use-task.js';
import { useWorkspace } from '../shared/workspace.js';
import { ActionForm, actionProblem } from './ActionForm.js';
import { ActionTable } from './ActionTable.js';
import { GoalsChart } from './GoalsChart.js';

/** A new action's default span: four weeks from today. */
const DEFAULT_SPAN_DAYS = 28;

/** Maßnahmenplan: goals per year against what is won and promised, and the actions on the timeline. */
export function ActionPlanView({ api }: { api: CardApi }) {
  return <AccountGate api={api}>{(props) => <ActionPlanContent api={api} {...props} />}</AccountGate>;
}

function ActionPlanContent({ api, answer, refresh }: { api: CardApi } & AccountContentProps) {
  const { lang } = api;
  const { snapshot, view } = answer;
  const editor = useRecordEditor(api, 'action', refresh, actionProblem);
  const workspace = useWorkspace(api);
  const [completed, setCompleted] = useState<string>();
  const complete = useTask(async (action: Action) => {
    await api.saveRecord('action', { ...action, status: 'done', completedOn: api.today() });
    setCompleted(t('card.saved', lang));
    refresh();
  }, lang);
  const { actions } = view.plan;
  const notice = completed ?? editor.notice;
  const error = complete.error ?? workspace.error ?? editor.removeError;

  const addAction = () => {
    const today = api.today();
    const opened = editor.open(
      {
        id: newRecordId(),
        title: '',
        start: today,
        due: addDays(today, DEFAULT_SPAN_DAYS),
        status: 'planned',
        kind: 'meeting',
        ...(snapshot.plan?.ownerName ? { ownerName: snapshot.plan.ownerName } : {}),
      },
      true,
    );
    if (opened) setCompleted(undefined);
  };

  return (
    <Flex direction="column" gap="sm">
      <Heading>{t('term.actionPlan', lang)}</Heading>
      <GoalsChart plan={view.plan} currency={snapshot.account.currency} lang={lang} />
      <Heading>{t('card.plan.actions', lang)}</Heading>
      {actions.total > 0 && (
        <Text testId="progress">
          {t('card.plan.progress', lang, { done: actions.done, total: actions.total - actions.cancelled })}
        </Text>
      )}
      {notice && <Alert title={notice} variant="success" />}
      {error && <ActionError lang={lang} message={error} />}
      <ActionForm editor={editor} today={api.today()} lang={lang} />
      {snapshot.actions.length === 0 ? (
        <Text>{t('card.plan.noActions', lang)}</Text>
      ) : (
        <ActionTable
          actions={snapshot.actions}
          overdue={actions.overdue}
          lang={lang}
          busy={complete.busy}
          onComplete={(a) => {
            // An open form with unsaved input stays (and says so); an unchanged one closes.
            if (editor.release()) void complete.run(a);
          }}
          onEdit={(a) => {
            if (editor.open(a, false)) setCompleted(undefined);
          }}
        />
      )}
      <ButtonRow>
        <Button variant="primary" onClick={addAction} testId="add-action">
          {t('card.plan.add', lang)}
        </Button>
        <Button
          disabled={workspace.busy}
          testId="open-timeline"
          onClick={() =>
            void workspace.run(t('card.workspace.title', lang, { name: snapshot.account.name }), 'timeline')
          }
        >
          {t('card.workspace.openView', lang, { view: t('card.plan.timeline', lang) })}
        </Button>
      </ButtonRow>
    </Flex>
  );
}

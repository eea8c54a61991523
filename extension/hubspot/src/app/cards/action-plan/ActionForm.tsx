import { DateInput, Flex, Form, Heading, Input, NumberInput, Select } from '@hubspot/ui-extensions';
import type { Action, ActionKind, ActionStatus } from '../../../../../../src/core/model/index.js';
import { firstProblem, negative } from '../shared/checks.js';
import type { CalendarDate } from '../shared/dates.js';
import { fromCalendarDate, toCalendarDate } from '../shared/dates.js';
import { FormFooter } from '../shared/form-footer.js';
import type { Lang } from '../shared/i18n.js';
import { t } from '../shared/i18n.js';
import type { RecordEditor } from '../shared/use-record-editor.js';
import { ACTION_KINDS, ACTION_STATUSES } from '../shared/vocabulary.js';

const required = (label: 'card.plan.title' | 'card.plan.start' | 'card.plan.due', lang: Lang) =>
  `${t(label, lang)}: ${t('card.required', lang)}`;

/** Why an action cannot be saved as it is, or undefined. A cleared date is empty. */
export function actionProblem(action: Action, lang: Lang): string | undefined {
  if (action.title.trim() === '') return required('card.plan.title', lang);
  if (!action.start) return required('card.plan.start', lang);
  if (!action.due) return required('card.plan.due', lang);
  return firstProblem(
    action.due < action.start ? t('card.plan.dueBeforeStart', lang) : undefined,
    negative(action.effortHours, t('card.plan.effort', lang), lang),
  );
}

/** A new status; done keeps its completion date or is done `today`, any other status has none. */
export function withStatus(action: Action, status: ActionStatus, today: string): Partial<Action> {
  return status === 'done'
    ? { status, completedOn: action.completedOn ?? today }
    : { status, completedOn: undefined };
}

/** A Maßnahme: what, why, who, when, what kind, how far along and how many hours. */
export function ActionForm({
  editor,
  today,
  lang,
}: {
  editor: RecordEditor<'action'>;
  today: string;
  lang: Lang;
}) {
  const action = editor.draft;
  if (!action) return null;
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  const date = (field: 'start' | 'due') => {
    const value = toCalendarDate(action[field]);
    return {
      name: field,
      label: t(field === 'start' ? 'card.plan.start' : 'card.plan.due', lang),
      format: 'medium' as const,
      required: true,
      ...(value ? { value } : {}),
      clearButtonLabel: t('card.date.clear', lang),
      todayButtonLabel: t('card.date.today', lang),
      // The clear button answers null: the field is empty, and saving says it is required.
      onChange: (d: CalendarDate | null) => {
        const iso = d ? fromCalendarDate(d) : '';
        editor.change(field === 'start' ? { start: iso } : { due: iso });
      },
    };
  };
  return (
    <Form onSubmit={() => void editor.save()}>
      <Flex direction="column" gap="sm">
        <Heading>{editor.isNew ? t('card.plan.add', lang) : action.title}</Heading>
        <Input
          name="title"
          label={t('card.plan.title', lang)}
          required
          value={action.title}
          onChange={(title) => editor.change({ title })}
        />
        <Input
          name="goal"
          label={t('card.plan.goal', lang)}
          value={action.goal ?? ''}
          onChange={(goal) => editor.change({ goal: optional(goal) })}
        />
        <Input
          name="ownerName"
          label={t('card.plan.owner', lang)}
          value={action.ownerName ?? ''}
          onChange={(ownerName) => editor.change({ ownerName: optional(ownerName) })}
        />
        <Select
          name="kind"
          label={t('card.plan.kind', lang)}
          value={action.kind}
          options={ACTION_KINDS.map((k) => ({ value: k, label: t(`actionKind.${k}`, lang) }))}
          onChange={(kind) => editor.change({ kind: String(kind) as ActionKind })}
        />
        <Select
          name="status"
          label={t('card.plan.status', lang)}
          value={action.status}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`, lang) }))}
          onChange={(s) => editor.change(withStatus(action, String(s) as ActionStatus, today))}
        />
        <DateInput {...date('start')} />
        <DateInput {...date('due')} />
        <NumberInput
          name="effortHours"
          label={t('card.plan.effort', lang)}
          min={0}
          {...(action.effortHours !== undefined ? { value: action.effortHours } : {})}
          onChange={(hours) => editor.change({ effortHours: Number.isFinite(hours) ? hours : undefined })}
        />
        <FormFooter editor={editor} lang={lang} />
      </Flex>
    </Form>
  );
}

import {
  Button,
  ButtonRow,
  DateInput,
  Flex,
  Form,
  Heading,
  Input,
  LoadingButton,
  NumberInput,
  Select,
} from '@hubspot/ui-extensions';
import type { Action, ActionKind } from '../../../../../../src/core/model/index.js';
import { fromCalendarDate, toCalendarDate } from '../shared/dates.js';
import type { Lang } from '../shared/i18n.js';
import { t } from '../shared/i18n.js';
import { SaveError } from '../shared/states.js';
import type { RecordEditor } from '../shared/use-record-editor.js';
import { ACTION_KINDS } from '../shared/vocabulary.js';

/** Why an action cannot be saved as it is, or undefined. */
export function actionProblem(action: Action, lang: Lang): string | undefined {
  if (action.title.trim() === '') return `${t('card.plan.title', lang)}: ${t('card.required', lang)}`;
  if (action.due < action.start) return t('card.plan.dueBeforeStart', lang);
  return undefined;
}

/** A Maßnahme: what, why, who, when, what kind and how many hours. */
export function ActionForm({ editor, lang }: { editor: RecordEditor<'action'>; lang: Lang }) {
  const action = editor.draft;
  if (!action) return null;
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  const start = toCalendarDate(action.start);
  const due = toCalendarDate(action.due);
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
        <DateInput
          name="start"
          label={t('card.plan.start', lang)}
          format="medium"
          {...(start ? { value: start } : {})}
          onChange={(d) => editor.change({ start: fromCalendarDate(d) })}
        />
        <DateInput
          name="due"
          label={t('card.plan.due', lang)}
          format="medium"
          {...(due ? { value: due } : {})}
          onChange={(d) => editor.change({ due: fromCalendarDate(d) })}
        />
        <NumberInput
          name="effortHours"
          label={t('card.plan.effort', lang)}
          min={0}
          {...(action.effortHours !== undefined ? { value: action.effortHours } : {})}
          onChange={(hours) => editor.change({ effortHours: Number.isFinite(hours) ? hours : undefined })}
        />
        {editor.saveError && <SaveError lang={lang} message={editor.saveError} />}
        <ButtonRow>
          <LoadingButton type="submit" variant="primary" loading={editor.saving}>
            {t('card.save', lang)}
          </LoadingButton>
          <Button onClick={editor.cancel}>{t('card.cancel', lang)}</Button>
        </ButtonRow>
      </Flex>
    </Form>
  );
}

import { Flex, Form, Heading, Select, TextArea } from '@hubspot/ui-extensions';
import type {
  PorterActivity,
  ValueChainAssessment,
  ValueChainNote,
} from '../../../../../../src/core/model/index.js';
import { outOfRange } from '../shared/checks.js';
import { FormFooter } from '../shared/form-footer.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import type { RecordEditor } from '../shared/use-record-editor.js';
import {
  IMPACT_LEVELS,
  PRIMARY_ACTIVITIES,
  SUPPORT_ACTIVITIES,
  VALUE_CHAIN_ASSESSMENTS,
} from '../shared/vocabulary.js';

/** Why a value-chain note cannot be saved as it is, or undefined. */
export function noteProblem(note: ValueChainNote, lang: Lang): string | undefined {
  return outOfRange(note.impact, { min: 1, max: 3, whole: true }, t('card.impact', lang), lang);
}

/** A note on one activity of the customer's value chain: strength or weakness, impact, where we help. */
export function NoteForm({ editor, lang }: { editor: RecordEditor<'valueChainNote'>; lang: Lang }) {
  const note = editor.draft;
  if (!note) return null;
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  return (
    <Form onSubmit={() => void editor.save()}>
      <Flex direction="column" gap="sm">
        <Heading>{t('card.vc.editTitle', lang, { activity: term('porter', note.activity, lang) })}</Heading>
        <Select
          name="activity"
          label={t('card.vc.activity', lang)}
          value={note.activity}
          options={[...PRIMARY_ACTIVITIES, ...SUPPORT_ACTIVITIES].map((a) => ({
            value: a,
            label: term('porter', a, lang),
          }))}
          onChange={(a) => editor.change({ activity: String(a) as PorterActivity })}
        />
        <Select
          name="assessment"
          label={t('card.vc.assessment', lang)}
          value={note.assessment}
          options={VALUE_CHAIN_ASSESSMENTS.map((a) => ({ value: a, label: term('assessment', a, lang) }))}
          onChange={(a) => editor.change({ assessment: String(a) as ValueChainAssessment })}
        />
        <Select
          name="impact"
          label={t('card.impact', lang)}
          value={note.impact}
          options={IMPACT_LEVELS.map((n) => ({ value: n, label: term('card.impact', n, lang) }))}
          onChange={(n) => editor.change({ impact: Number(n) })}
        />
        <TextArea
          name="note"
          label={t('card.note', lang)}
          value={note.note ?? ''}
          onChange={(text) => editor.change({ note: optional(text) })}
        />
        <TextArea
          name="ourContribution"
          label={t('card.vc.ourContribution', lang)}
          value={note.ourContribution ?? ''}
          onChange={(text) => editor.change({ ourContribution: optional(text) })}
        />
        <FormFooter editor={editor} lang={lang} />
      </Flex>
    </Form>
  );
}

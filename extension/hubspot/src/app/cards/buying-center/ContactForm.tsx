import { Flex, Form, Heading, MultiSelect, Select, TextArea } from '@hubspot/ui-extensions';
import type { BuyingRole, Contact } from '../../../../../../src/core/model/index.js';
import { firstProblem, outOfRange } from '../shared/checks.js';
import { FormFooter } from '../shared/form-footer.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import type { RecordEditor } from '../shared/use-record-editor.js';
import { ATTITUDES, BUYING_ROLES, INFLUENCE_LEVELS } from '../shared/vocabulary.js';

/** Why a contact's buying-center fields cannot be saved as they are, or undefined. */
export function contactProblem(c: Contact, lang: Lang): string | undefined {
  return firstProblem(
    outOfRange(c.influence, { min: 1, max: 5, whole: true }, t('card.influence', lang), lang),
    outOfRange(c.attitude, { min: -2, max: 2, whole: true }, t('card.bc.attitude', lang), lang),
  );
}

/** A contact's buying-center fields: roles, influence, attitude, factual and emotional needs. */
export function ContactForm({ editor, lang }: { editor: RecordEditor<'contact'>; lang: Lang }) {
  const contact = editor.draft;
  if (!contact) return null;
  const text = (value: string) => (value.trim() === '' ? undefined : value);
  return (
    <Form onSubmit={() => void editor.save()}>
      <Flex direction="column" gap="sm">
        <Heading>{t('card.bc.editTitle', lang, { name: contact.name })}</Heading>
        <MultiSelect
          name="roles"
          label={t('card.bc.roles', lang)}
          value={[...contact.roles]}
          options={BUYING_ROLES.map((r) => ({ value: r, label: t(`role.${r}`, lang) }))}
          onChange={(values) => editor.change({ roles: values.map(String) as BuyingRole[] })}
        />
        <Select
          name="influence"
          label={t('card.influence', lang)}
          placeholder={t('card.notRecorded', lang)}
          {...(contact.influence !== undefined ? { value: contact.influence } : {})}
          options={INFLUENCE_LEVELS.map((n) => ({ value: n, label: term('card.influence', n, lang) }))}
          onChange={(value) => editor.change({ influence: Number(value) })}
        />
        <Select
          name="attitude"
          label={t('card.bc.attitude', lang)}
          placeholder={t('card.notRecorded', lang)}
          {...(contact.attitude !== undefined ? { value: contact.attitude } : {})}
          options={ATTITUDES.map((n) => ({ value: n, label: term('attitude', n, lang) }))}
          onChange={(value) => editor.change({ attitude: Number(value) })}
        />
        <TextArea
          name="needsFactual"
          label={t('card.bc.needsFactual', lang)}
          value={contact.needsFactual ?? ''}
          onChange={(value) => editor.change({ needsFactual: text(value) })}
        />
        <TextArea
          name="needsEmotional"
          label={t('card.bc.needsEmotional', lang)}
          value={contact.needsEmotional ?? ''}
          onChange={(value) => editor.change({ needsEmotional: text(value) })}
        />
        <FormFooter editor={editor} lang={lang} />
      </Flex>
    </Form>
  );
}

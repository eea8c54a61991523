import {
  Button,
  ButtonRow,
  Flex,
  Form,
  Heading,
  LoadingButton,
  MultiSelect,
  Select,
  TextArea,
} from '@hubspot/ui-extensions';
import type { BuyingRole } from '../../../../../../src/core/model/index.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import { SaveError } from '../shared/states.js';
import type { RecordEditor } from '../shared/use-record-editor.js';
import { ATTITUDES, BUYING_ROLES, INFLUENCE_LEVELS } from '../shared/vocabulary.js';

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

import { Flex, Form, Heading, Input, MultiSelect, Select, TextArea } from '@hubspot/ui-extensions';
import type { BuyingRole, Contact } from '../../../../../../src/core/model/index.js';
import { firstProblem, missing, notAnEmail, outOfRange, tooLong } from '../shared/checks.js';
import { FormFooter } from '../shared/form-footer.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import type { RecordEditor } from '../shared/use-record-editor.js';
import { ATTITUDES, BUYING_ROLES, INFLUENCE_LEVELS } from '../shared/vocabulary.js';

/** Why a contact cannot be saved as it is, or undefined. The limits are the service's. */
export function contactProblem(c: Contact, lang: Lang): string | undefined {
  const name = t('card.bc.name', lang);
  return firstProblem(
    missing(c.name, name, lang),
    tooLong(c.name, 255, name, lang),
    tooLong(c.jobTitle, 200, t('card.bc.jobTitle', lang), lang),
    notAnEmail(c.email, t('card.bc.email', lang), lang),
    outOfRange(c.influence, { min: 1, max: 5, whole: true }, t('card.influence', lang), lang),
    outOfRange(c.attitude, { min: -2, max: 2, whole: true }, t('card.bc.attitude', lang), lang),
  );
}

/** A person the card creates: empty, confirmed today (whatever is entered now is current). */
export function newContact(id: string, today: string): Contact {
  return { id, name: '', roles: [], lastConfirmedAt: today };
}

/** An empty text field is no value. */
const text = (value: string) => (value.trim() === '' ? undefined : value);

/**
 * Who a new person is: name, job title and e-mail. Only for a new person: an existing contact's
 * details belong to the CRM record, the card edits its buying-center fields.
 */
function PersonFields({ editor, lang }: { editor: RecordEditor<'contact'>; lang: Lang }) {
  const contact = editor.draft;
  if (!contact) return null;
  return (
    <>
      <Input
        name="name"
        label={t('card.bc.name', lang)}
        required
        value={contact.name}
        onChange={(name) => editor.change({ name })}
      />
      <Input
        name="jobTitle"
        label={t('card.bc.jobTitle', lang)}
        value={contact.jobTitle ?? ''}
        onChange={(value) => editor.change({ jobTitle: text(value) })}
      />
      <Input
        name="email"
        label={t('card.bc.email', lang)}
        value={contact.email ?? ''}
        // An address has no spaces: the service would refuse one with a stray space at the end.
        onChange={(value) => editor.change({ email: text(value.trim()) })}
      />
    </>
  );
}

/**
 * A contact's buying-center fields: roles, influence, attitude, factual and emotional needs; for a new
 * person also who it is.
 */
export function ContactForm({ editor, lang }: { editor: RecordEditor<'contact'>; lang: Lang }) {
  const contact = editor.draft;
  if (!contact) return null;
  return (
    <Form onSubmit={() => void editor.save()}>
      <Flex direction="column" gap="sm">
        <Heading>
          {editor.isNew ? t('card.bc.add', lang) : t('card.bc.editTitle', lang, { name: contact.name })}
        </Heading>
        {editor.isNew && <PersonFields editor={editor} lang={lang} />}
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

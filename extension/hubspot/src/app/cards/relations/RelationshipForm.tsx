import { Flex, Form, Heading, Select, TextArea } from '@hubspot/ui-extensions';
import type { Contact, Relationship, RelationshipKind } from '../../../../../../src/core/model/index.js';
import { outOfRange } from '../shared/checks.js';
import { FormFooter } from '../shared/form-footer.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';
import type { RecordEditor } from '../shared/use-record-editor.js';
import { RELATIONSHIP_KINDS, STRENGTH_LEVELS } from '../shared/vocabulary.js';

/** Why a relationship cannot be saved as it is, or undefined. */
export function relationshipProblem(r: Relationship, lang: Lang): string | undefined {
  if (!r.fromId || !r.toId)
    return `${t(!r.fromId ? 'card.rel.from' : 'card.rel.to', lang)}: ${t('card.required', lang)}`;
  if (r.fromId === r.toId) return t('card.rel.samePerson', lang);
  return outOfRange(r.strength, { min: 1, max: 3, whole: true }, t('card.strength', lang), lang);
}

/** A tie between two of the customer's people: who, how, how strong. */
export function RelationshipForm({
  editor,
  contacts,
  lang,
}: {
  editor: RecordEditor<'relationship'>;
  contacts: readonly Contact[];
  lang: Lang;
}) {
  const r = editor.draft;
  if (!r) return null;
  const people = [...contacts]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ value: c.id, label: c.name }));
  return (
    <Form onSubmit={() => void editor.save()}>
      <Flex direction="column" gap="sm">
        <Heading>{t(editor.isNew ? 'card.rel.add' : 'card.rel.editTitle', lang)}</Heading>
        <Select
          name="fromId"
          label={t('card.rel.from', lang)}
          required
          {...(r.fromId ? { value: r.fromId } : {})}
          options={people}
          onChange={(id) => editor.change({ fromId: String(id) })}
        />
        <Select
          name="kind"
          label={t('card.rel.kind', lang)}
          value={r.kind}
          options={RELATIONSHIP_KINDS.map((k) => ({ value: k, label: term('relationship', k, lang) }))}
          onChange={(kind) => editor.change({ kind: String(kind) as RelationshipKind })}
        />
        <Select
          name="toId"
          label={t('card.rel.to', lang)}
          required
          {...(r.toId ? { value: r.toId } : {})}
          options={people}
          onChange={(id) => editor.change({ toId: String(id) })}
        />
        <Select
          name="strength"
          label={t('card.strength', lang)}
          value={r.strength}
          options={STRENGTH_LEVELS.map((n) => ({ value: n, label: term('card.strength', n, lang) }))}
          onChange={(n) => editor.change({ strength: Number(n) })}
        />
        <TextArea
          name="note"
          label={t('card.note', lang)}
          value={r.note ?? ''}
          onChange={(note) => editor.change({ note: note.trim() === '' ? undefined : note })}
        />
        <FormFooter editor={editor} lang={lang} />
      </Flex>
    </Form>
  );
}

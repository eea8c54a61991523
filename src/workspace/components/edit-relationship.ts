import type { Lang } from '../../core/i18n/index.js';
import { t } from '../../core/i18n/index.js';
import type { Contact, Relationship, RelationshipKind } from '../../core/model/index.js';
import type { EditableRecords } from '../api.js';
import { RELATIONSHIP_KINDS, RELATIONSHIP_LABEL, STRENGTH_LABEL } from '../vocabulary.js';
import type { Invalid } from './form-kit.js';
import { editForm, selectField } from './form-kit.js';

type NewRelationship = EditableRecords['relationship'];

/** A new relationship; the `new-` id tells the service to create it (the CRM gives the real id). */
export function newRelationship(
  fields: { fromId: string; toId: string; kind: RelationshipKind; strength: number },
  randomId: string,
): NewRelationship {
  return { id: `new-${randomId}`, ...fields };
}

/** Add a relationship between two of the customer's people. */
export function relationshipForm(
  doc: Document,
  contacts: readonly Contact[],
  existing: readonly Relationship[],
  lang: Lang,
  actions: { randomId(): string; save(body: NewRelationship): Promise<void>; cancel(): void },
  fromId = '',
): HTMLFormElement {
  const choose = { value: '', label: t('workspace.relationship.choose', lang) };
  const people = contacts.map((c) => ({
    value: c.id,
    label: c.jobTitle ? `${c.name} (${c.jobTitle})` : c.name,
  }));
  const from = selectField(
    doc,
    t('workspace.relationship.from', lang),
    'fromId',
    [choose, ...people],
    fromId,
  );
  const kind = selectField(
    doc,
    t('workspace.relationship.kind', lang),
    'kind',
    RELATIONSHIP_KINDS.map((k) => ({ value: k, label: t(RELATIONSHIP_LABEL[k], lang) })),
    'influences',
  );
  const to = selectField(doc, t('workspace.relationship.to', lang), 'toId', [choose, ...people], '');
  const strength = selectField(
    doc,
    t('workspace.relationship.strength', lang),
    'strength',
    ([1, 2, 3] as const).map((s) => ({ value: String(s), label: t(STRENGTH_LABEL[s], lang) })),
    '2',
  );

  const read = (): { body: NewRelationship } | { invalid: readonly Invalid[] } => {
    const invalid: Invalid[] = [];
    const fields = {
      fromId: from.select.value,
      toId: to.select.value,
      kind: kind.select.value as RelationshipKind,
      strength: Number(strength.select.value),
    };
    if (!fields.fromId)
      invalid.push({ field: from.select, message: t('workspace.relationship.fromMissing', lang) });
    if (!fields.toId)
      invalid.push({ field: to.select, message: t('workspace.relationship.toMissing', lang) });
    else if (fields.toId === fields.fromId)
      invalid.push({ field: to.select, message: t('workspace.relationship.samePerson', lang) });
    else if (
      existing.some((r) => r.fromId === fields.fromId && r.toId === fields.toId && r.kind === fields.kind)
    )
      invalid.push({ field: kind.select, message: t('workspace.relationship.exists', lang) });
    return invalid.length > 0 ? { invalid } : { body: newRelationship(fields, actions.randomId()) };
  };

  return editForm(doc, {
    testId: 'edit-relationship',
    title: t('workspace.relationship.title', lang),
    lang,
    fields: [from.wrapper, kind.wrapper, to.wrapper, strength.wrapper],
    read,
    save: actions.save,
    cancel: actions.cancel,
  });
}

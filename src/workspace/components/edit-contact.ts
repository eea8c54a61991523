import type { Lang } from '../../core/i18n/index.js';
import { formatSigned, t } from '../../core/i18n/index.js';
import type { BuyingRole, Contact } from '../../core/model/index.js';
import { ATTITUDE_LABEL, ATTITUDES, INFLUENCES, ROLE_LABEL, ROLES } from '../vocabulary.js';
import { checkboxGroup, editForm, selectField } from './form-kit.js';

/** What the form changes about a person. */
export interface ContactEdits {
  readonly attitude: number | undefined;
  readonly roles: readonly BuyingRole[];
  readonly influence: number | undefined;
}

/**
 * The whole contact with the edits applied, as the record API expects it. Saving the form confirms
 * role, influence and attitude, so `lastConfirmedAt` becomes today: the person is no longer stale.
 */
export function contactWithEdits(contact: Contact, edits: ContactEdits, today: string): Contact {
  const next: Contact = {
    ...contact,
    roles: ROLES.filter((r) => edits.roles.includes(r)),
    lastConfirmedAt: today,
  };
  if (edits.attitude === undefined) delete next.attitude;
  else next.attitude = edits.attitude;
  if (edits.influence === undefined) delete next.influence;
  else next.influence = edits.influence;
  return next;
}

const optionalNumber = (value: string): number | undefined => (value === '' ? undefined : Number(value));

/** Edit a person's attitude, buying-center roles and influence. */
export function contactForm(
  doc: Document,
  contact: Contact,
  lang: Lang,
  actions: { today(): string; save(body: Contact): Promise<void>; cancel(): void },
): HTMLFormElement {
  const unknown = { value: '', label: t('term.unknown', lang) };
  const attitude = selectField(
    doc,
    t('workspace.people.attitude', lang),
    'attitude',
    [
      unknown,
      ...ATTITUDES.map((a) => ({
        value: String(a),
        label: `${formatSigned(a, lang)} ${t(ATTITUDE_LABEL[a], lang)}`,
      })),
    ],
    contact.attitude === undefined ? '' : String(contact.attitude),
  );
  const influence = selectField(
    doc,
    t('workspace.people.influence', lang),
    'influence',
    [
      unknown,
      ...INFLUENCES.map((i) => ({
        value: String(i),
        label: t('workspace.people.influenceValue', lang, { value: i }),
      })),
    ],
    contact.influence === undefined ? '' : String(contact.influence),
  );
  const roles = checkboxGroup(
    doc,
    t('workspace.people.roles', lang),
    'roles',
    ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r], lang) })),
    new Set(contact.roles),
  );
  return editForm(doc, {
    testId: 'edit-contact',
    title: t('workspace.people.editOne', lang, { name: contact.name }),
    lang,
    fields: [attitude.wrapper, roles.wrapper, influence.wrapper],
    read: () => ({
      body: contactWithEdits(
        contact,
        {
          attitude: optionalNumber(attitude.select.value),
          influence: optionalNumber(influence.select.value),
          roles: roles.boxes.filter((b) => b.checked).map((b) => b.value as BuyingRole),
        },
        actions.today(),
      ),
    }),
    save: actions.save,
    cancel: actions.cancel,
  });
}

import type { Lang } from '../../core/i18n/index.js';
import { formatSigned, t } from '../../core/i18n/index.js';
import type { Contact } from '../../core/model/index.js';
import { button, h } from '../dom.js';
import { dataTable } from './data-table.js';
import { ATTITUDE_LABEL, ROLE_LABEL } from '../vocabulary.js';
import type { AttitudeValue } from '../vocabulary.js';

/** The customer's people with their roles, attitude and influence, each with a button to edit. */
export function peopleList(
  doc: Document,
  contacts: readonly Contact[],
  lang: Lang,
  onEdit: (contactId: string, opener: HTMLElement) => void,
): HTMLElement {
  if (contacts.length === 0) return h(doc, 'p', { class: 'sub' }, t('workspace.people.none', lang));
  return dataTable(doc, {
    className: 'people',
    caption: t('workspace.people.title', lang),
    columns: [
      { label: t('workspace.people.name', lang) },
      { label: t('workspace.people.roles', lang) },
      { label: t('workspace.people.attitude', lang) },
      { label: t('workspace.people.influence', lang) },
      {},
    ],
    rows: contacts.map((c) => {
      const edit = button(doc, t('workspace.action.edit', lang), () => onEdit(c.id, edit), {
        class: 'button button--small',
        'aria-label': t('workspace.people.editOne', lang, { name: c.name }),
      });
      return h(
        doc,
        'tr',
        { 'data-contact-id': c.id },
        h(doc, 'th', { scope: 'row' }, c.name, c.jobTitle && h(doc, 'span', { class: 'sub' }, c.jobTitle)),
        h(doc, 'td', {}, c.roles.map((r) => t(ROLE_LABEL[r], lang)).join(', ') || '–'),
        h(doc, 'td', {}, attitudeText(c.attitude, lang)),
        h(doc, 'td', {}, c.influence !== undefined ? `${c.influence}/5` : t('term.unknown', lang)),
        h(doc, 'td', {}, edit),
      );
    }),
  });
}

/** "+2 Unterstützer", "−1 kritisch", "unbekannt". */
export function attitudeText(attitude: number | undefined, lang: Lang): string {
  if (attitude === undefined) return t('term.unknown', lang);
  const label = ATTITUDE_LABEL[attitude as AttitudeValue];
  return label ? `${formatSigned(attitude, lang)} ${t(label, lang)}` : formatSigned(attitude, lang);
}

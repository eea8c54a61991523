import type { MessageTemplate } from '../types.js';

/**
 * Texts of the Salesforce components (`lwc.*`), written to the org as custom labels with German
 * translations by `npm run lwc-labels` (label `KAM_<Segments>`: `lwc.score.title` → `KAM_Score_Title`).
 */
export const salesforceLwcMessages = {
  'lwc.viz.loadFailed': {
    de: 'Die Darstellung konnte nicht geladen werden: {reason}',
    en: 'The view could not be loaded: {reason}',
  },
  'lwc.form.save': { de: 'Speichern', en: 'Save' },
  'lwc.form.cancel': { de: 'Abbrechen', en: 'Cancel' },
  'lwc.error.title': { de: 'Fehler', en: 'Error' },
  'lwc.error.unknown': { de: 'Unbekannter Fehler', en: 'Unknown error' },
  'lwc.form.missing': { de: 'Bitte ausfüllen: {fields}.', en: 'Please fill in: {fields}.' },
  'lwc.form.invalid': { de: 'Bitte prüfen: {fields}.', en: 'Please check: {fields}.' },
  'lwc.list.truncated': {
    de: 'Es werden nur die ersten {count} Einträge je Liste gezeigt.',
    en: 'Only the first {count} records of each list are shown.',
  },
} as const satisfies Record<string, MessageTemplate>;

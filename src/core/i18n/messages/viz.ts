import type { MessageTemplate } from '../types.js';

/** Texts every d3 view shares (legends, empty states, keyboard hints). */
export const vizMessages = {
  'viz.empty': { de: 'Noch keine Daten erfasst.', en: 'No data recorded yet.' },
  'viz.legend': { de: 'Legende', en: 'Legend' },
  'viz.keyboardHint': {
    de: 'Mit Tab durch die Elemente, mit Eingabe auswählen.',
    en: 'Tab through the elements, press Enter to select.',
  },
} as const satisfies Record<string, MessageTemplate>;

import type { MessageTemplate } from '../types.js';

/** Buying-center coverage. */
export const analysisMessages = {
  'gap.noDecider': {
    de: 'Kein Entscheider bekannt: Wer entscheidet beim Kunden über uns?',
    en: 'No decider known: who decides about us at the customer?',
  },
  'gap.deciderAttitudeUnknown': {
    de: 'Die Einstellung des Entscheiders zu uns ist unbekannt.',
    en: "The decider's attitude towards us is unknown.",
  },
  'gap.deciderAgainstUs': {
    de: 'Der Entscheider steht uns kritisch gegenüber.',
    en: 'The decider is critical of us.',
  },
  'gap.noBuyingCenter': {
    de: 'Kein Buying Center erfasst: Keinem Kontakt ist eine Rolle zugeordnet.',
    en: 'No buying center recorded: no contact has a role.',
  },
  'gap.singleThreaded': {
    de: 'Nur ein Kontakt im Buying Center: Die Beziehung hängt an einer Person.',
    en: 'Only one contact in the buying center: the relationship hangs on one person.',
  },
  'gap.noChampion': {
    de: 'Kein Coach oder Fürsprecher beim Kunden.',
    en: 'No coach or champion at the customer.',
  },
  'gap.roleMissing': {
    de: 'Rolle im Buying Center nicht besetzt: {role}.',
    en: 'Buying-center role not covered: {role}.',
  },
  'gap.staleContacts': {
    de: 'Im Buying Center seit über {days} Tagen nicht bestätigt: {count}.',
    en: 'Buying-center contacts not confirmed for over {days} days: {count}.',
  },
} as const satisfies Record<string, MessageTemplate>;

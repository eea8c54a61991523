import type { MessageTemplate } from '../types.js';

/** Gaps found in the customer's Organigramm (formal lines) and Soziogramm (informal network). */
export const relationsMessages = {
  'orgChart.noReportingLines': {
    de: 'Organigramm fehlt: Für keinen der {count} Kontakte ist eine Berichtslinie erfasst.',
    en: 'Org chart missing: none of the {count} contacts has a reporting line.',
  },
  'orgChart.separateParts': {
    de: 'Das Organigramm zerfällt in {count} getrennte Teile – Berichtslinien zwischen ihnen fehlen.',
    en: 'The org chart has {count} separate parts – the reporting lines between them are missing.',
  },
  'orgChart.managerUnknown': {
    de: '{contact} berichtet an eine Führungskraft, die nicht als Kontakt erfasst ist.',
    en: "{contact} reports to a manager who is not among the account's contacts.",
  },
  'orgChart.cycle': {
    de: 'Zirkuläre Berichtslinie: {people}. Die Linie über {contact} wurde für das Organigramm getrennt.',
    en: 'Reporting cycle: {people}. The line above {contact} was cut to draw the org chart.',
  },
  'orgChart.managerConflict': {
    de: 'Widersprüchliche Vorgesetzte für {contact}: verwendet wird {manager}, außerdem erfasst: {others}.',
    en: '{contact} has conflicting managers: using {manager}, also recorded: {others}.',
  },

  'sociogram.noTies': {
    de: 'Noch keine informellen Beziehungen erfasst – das Soziogramm ist leer.',
    en: 'No informal relationships recorded yet – the sociogram is empty.',
  },
  'sociogram.deciderUnreached': {
    de: 'Kein unterstützender Weg zum Entscheider {decider}: Kein Unterstützer ist über positive Beziehungen mit ihm oder ihr verbunden.',
    en: 'No supportive path to the decider {decider}: no supporter is connected to them through positive relationships.',
  },
  'sociogram.blocker': {
    de: '{contact} ist ein einflussreicher Gegner – Risiko einer Blockade.',
    en: '{contact} is an influential opponent – risk of a blockade.',
  },
  'sociogram.hiddenOutsideBuyingCenter': {
    de: '{contact} hat im Soziogramm viel Einfluss, ist aber keiner Buying-Center-Rolle zugeordnet.',
    en: '{contact} has a lot of influence in the sociogram but no buying-center role.',
  },
  'sociogram.hiddenUnderrated': {
    de: '{contact} ist im Soziogramm einflussreich, der Einfluss ist aber nur mit {influence} von 5 bewertet – Einschätzung prüfen.',
    en: '{contact} is influential in the sociogram but their influence is rated only {influence} of 5 – review the rating.',
  },
  'sociogram.hiddenUnrated': {
    de: '{contact} ist im Soziogramm einflussreich, der Einfluss ist aber noch nicht bewertet.',
    en: '{contact} is influential in the sociogram but their influence has not been rated yet.',
  },
  'sociogram.conflictChampionDecider': {
    de: 'Konflikt zwischen unserem Champion {champion} und dem Entscheider {decider}.',
    en: 'Conflict between our champion {champion} and the decider {decider}.',
  },
  'sociogram.conflictSplitsSupport': {
    de: 'Der Konflikt zwischen {from} und {to} trennt einen Unterstützer von einem Entscheider oder Champion.',
    en: 'The conflict between {from} and {to} separates a supporter from a decider or champion.',
  },
} as const satisfies Record<string, MessageTemplate>;

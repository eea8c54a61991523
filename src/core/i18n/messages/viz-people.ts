import type { MessageTemplate } from '../types.js';

/** Texts of the people views (sociogram, org chart, buying center). */
export const vizPeopleMessages = {
  // Short role letters on badges; the legend and every aria-label give the full role name.
  'viz.buyingCenter.roleShort.initiator': { de: 'I', en: 'I' },
  'viz.buyingCenter.roleShort.user': { de: 'V', en: 'U' },
  'viz.buyingCenter.roleShort.influencer': { de: 'B', en: 'In' },
  'viz.buyingCenter.roleShort.buyer': { de: 'Ek', en: 'B' },
  'viz.buyingCenter.roleShort.decider': { de: 'E', en: 'D' },
  'viz.buyingCenter.roleShort.gatekeeper': { de: 'G', en: 'G' },
  'viz.buyingCenter.roleShort.coach': { de: 'C', en: 'C' },

  // Parts of a person's label, shared by the three people views.
  'viz.buyingCenter.influence': { de: 'Einfluss {value}', en: 'influence {value}' },
  'viz.buyingCenter.influenceUnknown': { de: 'Einfluss unbewertet', en: 'influence not rated' },
  'viz.buyingCenter.attitudeUnknown': { de: 'Haltung unbekannt', en: 'attitude unknown' },
  'viz.buyingCenter.noRole': { de: 'ohne Rolle im Buying Center', en: 'no buying-center role' },
  'viz.buyingCenter.stale': {
    de: 'Angaben lange nicht bestätigt',
    en: 'details not confirmed for a long time',
  },

  'viz.buyingCenter.title': { de: 'Buying Center', en: 'Buying center' },
  'viz.buyingCenter.description': {
    de: 'Die Rollen im Buying Center mit den Personen darin: {people} Personen, {covered} von {keyRoles} Schlüsselrollen besetzt. Farbe und Zeichen zeigen die Haltung, Punkte den Einfluss.',
    en: 'The roles of the buying center with the people in them: {people} people, {covered} of {keyRoles} key roles covered. Colour and sign show the attitude, dots the influence.',
  },
  'viz.buyingCenter.coverage': {
    de: 'Schlüsselrollen besetzt: {coverage}',
    en: 'Key roles covered: {coverage}',
  },
  'viz.buyingCenter.keyRole': { de: 'Schlüsselrolle', en: 'key role' },
  'viz.buyingCenter.notCovered': { de: 'nicht besetzt', en: 'not covered' },
  'viz.buyingCenter.keyRoleNotCovered': {
    de: 'Schlüsselrolle nicht besetzt',
    en: 'key role not covered',
  },
  'viz.buyingCenter.slotLabel': { de: '{role}: {state}', en: '{role}: {state}' },
  'viz.buyingCenter.legend.influence': { de: 'Einfluss 1–5', en: 'Influence 1–5' },

  'viz.sociogram.title': { de: 'Soziogramm', en: 'Sociogram' },
  'viz.sociogram.description': {
    de: 'Das informelle Netzwerk beim Kunden: {people} Personen, {ties} Beziehungen. Größe = Einfluss, Farbe und Zeichen = Haltung, Buchstaben = Rollen im Buying Center.',
    en: "The customer's informal network: {people} people, {ties} ties. Size = influence, colour and sign = attitude, letters = buying-center roles.",
  },
  'viz.sociogram.legend.ties': { de: 'Beziehungen', en: 'Ties' },
  'viz.sociogram.legend.attitude': { de: 'Haltung', en: 'Attitude' },
  'viz.sociogram.legend.markers': { de: 'Markierungen', en: 'Markers' },
  'viz.sociogram.legend.strength': {
    de: 'Linienstärke = Stärke der Beziehung',
    en: 'Line width = strength of the tie',
  },
  'viz.sociogram.legend.unrated': { de: 'Einfluss unbewertet', en: 'Influence not rated' },
  'viz.sociogram.path': { de: 'Weg zum Entscheider', en: 'Path to the decider' },
  'viz.sociogram.champion': { de: 'Champion', en: 'Champion' },
  'viz.sociogram.blocker': { de: 'Blockierer', en: 'Blocker' },
  'viz.sociogram.hiddenInfluencer': { de: 'Verdeckter Einfluss', en: 'Hidden influencer' },
  'viz.sociogram.hiddenInfluencerHint': {
    de: 'Verdeckter Einfluss: im Netzwerk wichtiger als eingeschätzt',
    en: 'Hidden influencer: more weight in the network than rated',
  },
  'viz.sociogram.edgeLabel': { de: '{from} {kind} {to}', en: '{from} {kind} {to}' },
  'viz.sociogram.strength': { de: 'Stärke {value} von 3', en: 'strength {value} of 3' },

  'viz.orgChart.title': { de: 'Organigramm', en: 'Org chart' },
  'viz.orgChart.description': {
    de: 'Die Berichtslinien beim Kunden: {people} Personen in {levels} Ebenen. Kästen zeigen Name, Funktion, Rollen im Buying Center und die Haltung.',
    en: "The customer's reporting lines: {people} people on {levels} levels. Boxes show name, job title, buying-center roles and attitude.",
  },
  'viz.orgChart.noManager': { de: 'Ohne bekannte Vorgesetzte', en: 'No known manager' },
  'viz.orgChart.managerUnknown': {
    de: 'Berichtet an eine Führungskraft, die nicht als Kontakt erfasst ist',
    en: 'Reports to a manager who is not recorded as a contact',
  },
  'viz.orgChart.managerDropped': {
    de: 'Berichtslinie an {manager} getrennt (zirkuläre Berichtslinie)',
    en: 'Line to {manager} cut (circular reporting line)',
  },
  'viz.orgChart.managerConflict': {
    de: 'Weitere Vorgesetzte erfasst: {others}',
    en: 'Other managers recorded: {others}',
  },
  'viz.orgChart.notInChart': {
    de: 'Nicht im Organigramm erfasst',
    en: 'Not recorded in the org chart',
  },
} as const satisfies Record<string, MessageTemplate>;

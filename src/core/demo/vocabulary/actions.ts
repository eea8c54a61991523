/** Maßnahmen (actions) of an account plan, grouped by what the plan is trying to do. */
import type { ActionKind } from '../../model/index.js';

export interface ActionTemplate {
  readonly kind: ActionKind;
  /** {year} is the year the action is due. */
  readonly title: string;
  readonly goal: string;
  /** Days from start to due. */
  readonly duration: readonly [number, number];
  readonly effortHours: readonly [number, number];
}

const t = (
  kind: ActionKind,
  title: string,
  goal: string,
  duration: readonly [number, number],
  effortHours: readonly [number, number],
): ActionTemplate => ({ kind, title, goal, duration, effortHours });

/** Building a key account (Aufbauprozess), in the order the method takes the steps. */
export const BUILD_UP_ACTIONS: readonly ActionTemplate[] = [
  t(
    'analysis',
    'Kundenanalyse: Umsatzhistorie und Verkaufschancen',
    'Entscheidung über den Ausbau zum Key Account',
    [14, 30],
    [8, 16],
  ),
  t(
    'analysis',
    'Organigramm erstellen und Entscheidungswege klären',
    'Kundenorganisation durchleuchten',
    [14, 30],
    [6, 12],
  ),
  t('meeting', 'Kennenlerntermin mit der Produktionsleitung', 'Zugang zu den Verwendern', [7, 14], [3, 6]),
  t(
    'workshop',
    'Wertkettenanalyse mit der Technischen Leitung',
    'Business des Kunden verstehen',
    [14, 28],
    [12, 24],
  ),
  t(
    'analysis',
    'Buying Center und Soziogramm abstimmen',
    'Entscheider und Beeinflusser kennen',
    [7, 21],
    [4, 8],
  ),
  t(
    'meeting',
    'Bedarfsanalyse Instandhaltung vor Ort',
    'Bedarf der Instandhaltung verstehen',
    [7, 14],
    [4, 8],
  ),
  t('offer', 'Angebot Wartungsvertrag ausarbeiten', 'Angebot definieren', [14, 30], [10, 20]),
  t(
    'presentation',
    'Kundenpräsentation bei der Geschäftsführung',
    'Entscheider überzeugen',
    [14, 28],
    [12, 20],
  ),
  t(
    'reference_visit',
    'Referenzbesuch bei einem Pilotkunden',
    'Vertrauen in unsere Lösung aufbauen',
    [21, 42],
    [8, 14],
  ),
  t('workshop', 'Workshop Retrofit der Altanlagen', 'Projekt für {year} anstoßen', [14, 28], [12, 24]),
  t('offer', 'Angebot Retrofit-Paket', 'Umsatzziel {year} erreichen', [21, 45], [16, 32]),
  t('meeting', 'Jahresgespräch und Zielvereinbarung {year}', 'Partnerschaft verankern', [7, 21], [4, 8]),
  t(
    'event',
    'Einladung zum Kundentag Automatisierung',
    'Beziehung zu den Verwendern pflegen',
    [14, 30],
    [3, 6],
  ),
];

/** Developing an established key account. */
export const MAINTAIN_ACTIONS: readonly ActionTemplate[] = [
  t('meeting', 'Jahresgespräch mit der Geschäftsführung {year}', 'Ziele {year} vereinbaren', [7, 21], [4, 8]),
  t('meeting', 'Quartalsreview mit dem Einkauf', 'Rahmenvertrag steuern', [3, 10], [2, 4]),
  t(
    'workshop',
    'Innovationsworkshop Zustandsüberwachung',
    'Neues Geschäftsfeld Sensorik öffnen',
    [21, 42],
    [16, 32],
  ),
  t('event', 'Kundentag Automatisierung {year}', 'Beziehungen in die Breite pflegen', [14, 30], [4, 8]),
  t(
    'presentation',
    'Technologie-Roadmap {year} vorstellen',
    'Technische Leitung früh einbinden',
    [14, 28],
    [8, 16],
  ),
  t('offer', 'Verlängerung Rahmenvertrag {year}', 'Umsatzbasis {year} sichern', [21, 45], [12, 24]),
  t('analysis', 'Wertkette aktualisieren', 'Neue Ansatzpunkte finden', [14, 30], [6, 12]),
  t(
    'analysis',
    'Soziogramm nach Personalwechsel aktualisieren',
    'Beziehungsnetz aktuell halten',
    [7, 14],
    [3, 6],
  ),
  t(
    'reference_visit',
    'Werksbesichtigung bei uns mit der Technischen Leitung',
    'Vertrauen vertiefen',
    [21, 42],
    [8, 16],
  ),
  t('workshop', 'Schulungsplanung mit der Personalabteilung', 'Schulungsumsatz ausbauen', [14, 28], [6, 12]),
  t('other', 'Zufriedenheitsbefragung auswerten', 'Risiken früh erkennen', [7, 21], [3, 6]),
];

/** Winning back an account that is slipping or whose decider is against us. */
export const RECOVER_ACTIONS: readonly ActionTemplate[] = [
  t('meeting', 'Klärungsgespräch nach Reklamation', 'Vertrauen zurückgewinnen', [3, 10], [3, 6]),
  t('analysis', 'Ursachenanalyse Umsatzrückgang', 'Gründe für den Rückgang verstehen', [14, 30], [8, 16]),
  t('meeting', 'Gespräch mit dem Einkauf zu Wettbewerbsangeboten', 'Preisposition klären', [7, 14], [3, 6]),
  t(
    'presentation',
    'Gesamtkostenvergleich gegenüber dem Wettbewerb präsentieren',
    'Nutzen statt Preis argumentieren',
    [14, 28],
    [10, 20],
  ),
  t('offer', 'Neues Angebot Rahmenvertrag {year}', 'Umsatz {year} stabilisieren', [21, 45], [12, 24]),
  t(
    'meeting',
    'Termin bei der Geschäftsführung: Partnerschaft neu aufstellen',
    'Entscheider zurückgewinnen',
    [14, 30],
    [6, 10],
  ),
  t(
    'analysis',
    'Soziogramm prüfen: Wer spricht für den Wettbewerber?',
    'Gegner und Unterstützer kennen',
    [7, 14],
    [3, 6],
  ),
  t(
    'workshop',
    'Workshop mit den Verwendern zu Stillstandsursachen',
    'Verwender als Fürsprecher gewinnen',
    [14, 28],
    [10, 20],
  ),
  t(
    'other',
    'Neue Ansprechpartner in der Technik gewinnen',
    'Buying Center breiter abdecken',
    [21, 60],
    [4, 10],
  ),
];

/** Notes on the yearly revenue goals of an account plan. */
export const GOAL_NOTES: readonly string[] = [
  'Rahmenvertrag Ersatzteile abschließen',
  'Wartungsvertrag auf alle Werke ausweiten',
  'Erstes Retrofit-Projekt gewinnen',
  'Position als Systemlieferant ausbauen',
  'Anteil am Automatisierungsbudget steigern',
  'Schulungsprogramm für die Instandhaltung verkaufen',
];

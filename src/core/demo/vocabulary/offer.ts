/**
 * What "we" sell in the demo: a supplier of industrial automation and services. Each product line
 * has its contribution-margin range, how often customers buy it, deal names and notes on potential.
 */

export interface ProductLine {
  readonly name: string;
  /** Contribution margin as a share of the amount. */
  readonly margin: readonly [number, number];
  /** How common the line is among what customers buy. */
  readonly weight: number;
  /** Deal names; {site}, {n}, {year} and {quarter} are filled in. */
  readonly dealNames: readonly string[];
  /** Why there is more to sell in this line. */
  readonly potentialNotes: readonly string[];
}

export const PRODUCT_LINES: readonly ProductLine[] = [
  {
    name: 'Antriebstechnik',
    margin: [0.22, 0.3],
    weight: 10,
    dealNames: ['Antriebspaket {site}', 'Servoantriebe Linie {n}', 'Frequenzumrichter Nachrüstung Halle {n}'],
    potentialNotes: [
      'Umstellung der Bestandsanlagen auf energieeffiziente Antriebe',
      'Neue Montagelinie ist für das übernächste Jahr geplant',
      'Antriebe kommen heute noch von zwei Wettbewerbern',
    ],
  },
  {
    name: 'Sensorik',
    margin: [0.28, 0.38],
    weight: 8,
    dealNames: [
      'Sensorpaket Linie {n}',
      'Sensorik Zustandsüberwachung {site}',
      'Füllstandssensorik Tanklager',
    ],
    potentialNotes: [
      'Zustandsüberwachung an allen kritischen Pumpen und Lüftern',
      'Sensoren sollen im Zuge der Digitalisierung vereinheitlicht werden',
    ],
  },
  {
    name: 'Steuerungstechnik',
    margin: [0.25, 0.33],
    weight: 6,
    dealNames: ['SPS-Migration Linie {n}', 'Steuerungsmodernisierung Anlage {n}', 'Bedienpanels {site}'],
    potentialNotes: [
      'Abgekündigte Steuerungen müssen in den nächsten Jahren ersetzt werden',
      'Einheitlicher Steuerungsstandard für alle Werke gewünscht',
    ],
  },
  {
    name: 'Industrielle Bildverarbeitung',
    margin: [0.3, 0.4],
    weight: 4,
    dealNames: ['Kamera-Prüfsystem Linie {n}', 'Inline-Qualitätsprüfung {site}'],
    potentialNotes: [
      'Manuelle Sichtprüfung am Bandende soll automatisiert werden',
      'Reklamationsquote soll durch 100-%-Prüfung sinken',
    ],
  },
  {
    name: 'Retrofit & Modernisierung',
    margin: [0.15, 0.24],
    weight: 4,
    dealNames: ['Retrofit Presse {n}', 'Modernisierung Linie {n} {site}', 'Retrofit Altanlage Halle {n}'],
    potentialNotes: [
      'Anlagenpark teilweise älter als 20 Jahre, Neuinvestition zu teuer',
      'Retrofit statt Neukauf wegen knapper Investitionsbudgets',
    ],
  },
  {
    name: 'Wartungsverträge',
    margin: [0.4, 0.55],
    weight: 7,
    dealNames: ['Wartungsvertrag {year}', 'Servicevertrag Premium {year}', 'Wartungsvertrag {site} {year}'],
    potentialNotes: [
      'Eigene Instandhaltung ist unterbesetzt, Interesse an Fremdvergabe',
      'Wartung der Fremdanlagen könnte mit übernommen werden',
    ],
  },
  {
    name: 'Ersatzteile',
    margin: [0.35, 0.45],
    weight: 9,
    dealNames: ['Ersatzteile Q{quarter} {year}', 'Rahmenabruf Ersatzteile {year}', 'Ersatzteilpaket {site}'],
    potentialNotes: [
      'Ersatzteile werden bisher beim Händler bestellt',
      'Konsignationslager würde den Bedarf bei uns bündeln',
    ],
  },
  {
    name: 'Schulungen',
    margin: [0.5, 0.62],
    weight: 5,
    dealNames: [
      'Schulung Instandhaltung {year}',
      'Anwenderschulung Antriebe',
      'Schulungsprogramm Elektrofachkräfte',
    ],
    potentialNotes: [
      'Neue Instandhalter brauchen eine strukturierte Einarbeitung',
      'Schulungsbudget der Personalabteilung ist noch nicht verplant',
    ],
  },
  {
    name: 'Energiemonitoring',
    margin: [0.3, 0.4],
    weight: 3,
    dealNames: ['Energiemonitoring {site}', 'Lastmanagement Druckluft', 'Energiedatenerfassung ISO 50001'],
    potentialNotes: [
      'Energieaudit nach ISO 50001 steht an',
      'Hohe Energiekosten, Geschäftsführung will Transparenz je Anlage',
    ],
  },
];

export const PRODUCT_LINE_BY_NAME: ReadonlyMap<string, ProductLine> = new Map(
  PRODUCT_LINES.map((p) => [p.name, p]),
);

/** CRM deal stages of open deals and the probability range that goes with each. */
export const OPEN_DEAL_STAGES: readonly (readonly [stage: string, probability: readonly [number, number]])[] =
  [
    ['Qualifizierung', [0.1, 0.2]],
    ['Bedarfsanalyse', [0.2, 0.35]],
    ['Angebot erstellt', [0.4, 0.6]],
    ['Verhandlung', [0.6, 0.8]],
    ['Mündliche Zusage', [0.85, 0.9]],
  ];

export const WON_STAGE = 'Abgeschlossen – gewonnen';
export const LOST_STAGE = 'Abgeschlossen – verloren';

/**
 * Customer companies of the demo: industries, countries, cities, legal forms and the parts of
 * invented but real-sounding company names. Any likeness to a real firm is accidental; well-known
 * industrial family names are left out on purpose.
 */

export interface Industry {
  readonly key: string;
  /** As the CRM's industry field shows it. */
  readonly label: string;
  /** Words that end a German company name in this industry: "Brenner Hydraulik". */
  readonly words: readonly string[];
  /** The same for companies outside the German-speaking countries. */
  readonly intlWords: readonly string[];
  /** The customer's own revenue per employee in EUR. */
  readonly revenuePerEmployee: readonly [number, number];
  readonly weight: number;
}

export const INDUSTRIES: readonly Industry[] = [
  {
    key: 'maschinenbau',
    label: 'Maschinenbau',
    words: [
      'Maschinenbau',
      'Anlagenbau',
      'Präzisionstechnik',
      'Fördertechnik',
      'Sondermaschinen',
      'Hydraulik',
    ],
    intlWords: ['Machinery', 'Engineering'],
    revenuePerEmployee: [180_000, 260_000],
    weight: 16,
  },
  {
    key: 'automotive',
    label: 'Automobilzulieferer',
    words: ['Fahrzeugtechnik', 'Umformtechnik', 'Kunststofftechnik', 'Zerspanungstechnik', 'Gusstechnik'],
    intlWords: ['Automotive', 'Components'],
    revenuePerEmployee: [200_000, 320_000],
    weight: 12,
  },
  {
    key: 'chemie',
    label: 'Chemie',
    words: ['Chemie', 'Spezialchemie', 'Lacke', 'Klebstofftechnik', 'Kunststoffe'],
    intlWords: ['Chemicals', 'Coatings'],
    revenuePerEmployee: [350_000, 600_000],
    weight: 7,
  },
  {
    key: 'medizintechnik',
    label: 'Medizintechnik',
    words: ['Medizintechnik', 'Dentaltechnik', 'Orthopädietechnik', 'Labortechnik'],
    intlWords: ['Medical', 'Medtech'],
    revenuePerEmployee: [170_000, 260_000],
    weight: 7,
  },
  {
    key: 'logistik',
    label: 'Logistik',
    words: ['Logistik', 'Spedition', 'Intralogistik', 'Lagertechnik'],
    intlWords: ['Logistics'],
    revenuePerEmployee: [110_000, 180_000],
    weight: 6,
  },
  {
    key: 'lebensmittel',
    label: 'Lebensmittel',
    words: ['Feinkost', 'Backwaren', 'Molkerei', 'Nahrungsmittel', 'Getränke'],
    intlWords: ['Foods', 'Dairy'],
    revenuePerEmployee: [220_000, 380_000],
    weight: 7,
  },
  {
    key: 'elektrotechnik',
    label: 'Elektrotechnik',
    words: ['Elektrotechnik', 'Elektronik', 'Schaltanlagenbau', 'Kabeltechnik'],
    intlWords: ['Electronics', 'Electric'],
    revenuePerEmployee: [170_000, 260_000],
    weight: 8,
  },
  {
    key: 'bau',
    label: 'Bau und Baustoffe',
    words: ['Baustoffe', 'Betonwerke', 'Fertigbau', 'Bauelemente'],
    intlWords: ['Building Materials', 'Construction'],
    revenuePerEmployee: [180_000, 300_000],
    weight: 5,
  },
  {
    key: 'energie',
    label: 'Energie',
    words: ['Energietechnik', 'Windtechnik', 'Solartechnik', 'Netztechnik'],
    intlWords: ['Energy', 'Power'],
    revenuePerEmployee: [300_000, 700_000],
    weight: 5,
  },
  {
    key: 'pharma',
    label: 'Pharma',
    words: ['Pharma', 'Arzneimittel', 'Biotech', 'Life Sciences'],
    intlWords: ['Pharma', 'Life Sciences'],
    revenuePerEmployee: [300_000, 550_000],
    weight: 5,
  },
  {
    key: 'verpackung',
    label: 'Verpackung',
    words: ['Verpackungstechnik', 'Verpackungen', 'Etikettiertechnik'],
    intlWords: ['Packaging'],
    revenuePerEmployee: [160_000, 250_000],
    weight: 5,
  },
  {
    key: 'metall',
    label: 'Metallverarbeitung',
    words: ['Metallbau', 'Stahlbau', 'Oberflächentechnik', 'Blechbearbeitung'],
    intlWords: ['Metals', 'Steel'],
    revenuePerEmployee: [150_000, 240_000],
    weight: 6,
  },
];

/** Which name and title tables a country's people use. */
export type NameGroup = 'de' | 'at' | 'ch' | 'it' | 'nl' | 'fr' | 'pl';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  readonly weight: number;
  readonly group: NameGroup;
  /** Job titles in German (DACH) or English (elsewhere), as the contacts' business cards say. */
  readonly titles: 'de' | 'en';
  readonly tld: string;
  readonly cities: readonly string[];
  readonly legalForms: readonly (readonly [form: string, weight: number])[];
  /** Regional prefixes for company names: "Neckartal Präzisionsteile". */
  readonly regions: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'DE',
    weight: 58,
    group: 'de',
    titles: 'de',
    tld: 'de',
    cities: [
      'Stuttgart',
      'Augsburg',
      'Ulm',
      'Heilbronn',
      'Bielefeld',
      'Paderborn',
      'Chemnitz',
      'Dresden',
      'Nürnberg',
      'Regensburg',
      'Kassel',
      'Siegen',
      'Osnabrück',
      'Münster',
      'Karlsruhe',
      'Freiburg im Breisgau',
      'Mannheim',
      'Ludwigshafen am Rhein',
      'Tuttlingen',
      'Jena',
      'Erlangen',
      'Hamburg',
      'Bremen',
      'Düsseldorf',
      'Köln',
      'München',
      'Würzburg',
      'Schweinfurt',
      'Göppingen',
      'Reutlingen',
      'Lüdenscheid',
      'Wuppertal',
      'Fulda',
      'Lübeck',
      'Magdeburg',
      'Saarbrücken',
    ],
    legalForms: [
      ['GmbH', 50],
      ['GmbH & Co. KG', 25],
      ['AG', 10],
      ['KG', 6],
      ['SE', 4],
    ],
    regions: ['Neckartal', 'Isartal', 'Allgäuer', 'Bodensee', 'Weserbergland', 'Erzgebirge', 'Hohenlohe'],
  },
  {
    code: 'AT',
    weight: 12,
    group: 'at',
    titles: 'de',
    tld: 'at',
    cities: ['Wien', 'Linz', 'Graz', 'Salzburg', 'Steyr', 'Wels', 'Innsbruck', 'Dornbirn', 'St. Pölten'],
    legalForms: [
      ['GmbH', 60],
      ['AG', 20],
      ['GmbH & Co KG', 20],
    ],
    regions: ['Ennstal', 'Mühlviertler', 'Salzach', 'Innviertler', 'Vorarlberger'],
  },
  {
    code: 'CH',
    weight: 12,
    group: 'ch',
    titles: 'de',
    tld: 'ch',
    cities: ['Zürich', 'Winterthur', 'Basel', 'Bern', 'St. Gallen', 'Luzern', 'Aarau', 'Schaffhausen', 'Zug'],
    legalForms: [
      ['AG', 70],
      ['GmbH', 30],
    ],
    regions: ['Limmattal', 'Thurgauer', 'Seeland', 'Emmentaler', 'Rheintaler'],
  },
  {
    code: 'IT',
    weight: 5,
    group: 'it',
    titles: 'en',
    tld: 'it',
    cities: ['Milano', 'Bergamo', 'Brescia', 'Bologna', 'Torino', 'Verona'],
    legalForms: [
      ['S.p.A.', 50],
      ['S.r.l.', 50],
    ],
    regions: [],
  },
  {
    code: 'NL',
    weight: 6,
    group: 'nl',
    titles: 'en',
    tld: 'nl',
    cities: ['Eindhoven', 'Rotterdam', 'Utrecht', 'Venlo', 'Tilburg', 'Enschede'],
    legalForms: [
      ['B.V.', 85],
      ['N.V.', 15],
    ],
    regions: [],
  },
  {
    code: 'FR',
    weight: 3,
    group: 'fr',
    titles: 'en',
    tld: 'fr',
    cities: ['Lyon', 'Strasbourg', 'Mulhouse', 'Grenoble', 'Lille'],
    legalForms: [
      ['SAS', 60],
      ['S.A.', 40],
    ],
    regions: [],
  },
  {
    code: 'PL',
    weight: 3,
    group: 'pl',
    titles: 'en',
    tld: 'pl',
    cities: ['Wrocław', 'Poznań', 'Katowice', 'Gdańsk'],
    legalForms: [
      ['Sp. z o.o.', 80],
      ['S.A.', 20],
    ],
    regions: [],
  },
];

/** Every legal form above, longest first, so the form can be cut off a company name. */
export const LEGAL_FORMS: readonly string[] = [
  ...new Set(COUNTRIES.flatMap((c) => c.legalForms.map(([form]) => form))),
].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** Invented brand names for "{brand} {word}" company names. */
export const BRANDS: readonly string[] = [
  'Aventa',
  'Corvex',
  'Hexona',
  'Lumetra',
  'Mecora',
  'Norvia',
  'Optera',
  'Perlan',
  'Quintro',
  'Ravelo',
  'Solvera',
  'Tecvaro',
  'Valvora',
  'Xantro',
  'Zenmat',
  'Ferrona',
  'Kalvio',
  'Durovia',
];

/**
 * Account profiles of the demo portfolio. Profiles differ on purpose, so the score and the analyses
 * have something to say: a strong key account scores high, a declining one shows shrinking revenue
 * and critical contacts, a single-threaded one has one known contact, a stale one has old data.
 */
import type { DevelopmentStage } from '../model/index.js';
import type { Range } from './prng.js';

export const PROFILE_KINDS = [
  'strong',
  'growing',
  'steady',
  'declining',
  'decider_against',
  'single_threaded',
  'stale',
  'newcomer',
  'event_driven',
  'classic',
] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** Which action templates an account plan draws from. */
export type ActionMode = 'build_up' | 'maintain' | 'recover';

export interface ProfileTraits {
  /** Our won revenue in the last full year, EUR. */
  readonly lastYearRevenue: Range;
  /** Yearly change of our revenue: 0.2 is 20 % more each year. */
  readonly growth: Range;
  /** Whether we sold anything in the years before the last full one (newcomers: no). */
  readonly hasHistory: boolean;
  /** Our revenue over the customer's spend in our categories. */
  readonly shareOfWallet: Range;
  /** Chance that the customer's category spend is recorded. */
  readonly statedWalletChance: number;
  readonly contacts: Range;
  /** Mean attitude of the contacts towards us, −2…+2. */
  readonly attitudeMean: number;
  readonly deciderAttitude: Range;
  /** Chance that a decider is identified at all. */
  readonly deciderKnownChance: number;
  readonly coachChance: number;
  /** Chance that a contact's needs, influence and attitude are recorded. */
  readonly assessedChance: number;
  readonly confirmedDaysAgo: Range;
  readonly lastActivityDaysAgo: Range;
  readonly stages: readonly DevelopmentStage[];
  /** Selection ratings drawn from this range. */
  readonly ratings: Range;
  /** Share of the selection ratings filled in. */
  readonly ratedShare: number;
  readonly valueChainNotes: Range;
  readonly potentials: Range;
  readonly planChance: number;
  /** Factor from one year's revenue goal to the next. */
  readonly planAmbition: Range;
  readonly capacityHours: Range;
  readonly actions: Range;
  readonly actionMode: ActionMode;
  /** Chance that an action whose due date has passed is still open. */
  readonly overdueChance: number;
  readonly openDeals: Range;
  /** Size of an open deal relative to last year's revenue; below 3 so only the event-driven profile flags. */
  readonly openDealSize: Range;
  readonly lostDealsPerYear: Range;
  readonly strategy: string;
  /** Plan, actions and pipeline stopped being maintained a while ago. */
  readonly stale: boolean;
}

const base: Omit<ProfileTraits, 'strategy'> = {
  lastYearRevenue: [40_000, 200_000],
  growth: [-0.04, 0.05],
  hasHistory: true,
  shareOfWallet: [0.2, 0.5],
  statedWalletChance: 0.4,
  contacts: [5, 10],
  attitudeMean: 0.4,
  deciderAttitude: [0, 1],
  deciderKnownChance: 0.9,
  coachChance: 0.4,
  assessedChance: 0.75,
  confirmedDaysAgo: [30, 300],
  lastActivityDaysAgo: [5, 60],
  stages: ['needs_understood', 'offer_defined', 'key_account'],
  ratings: [2, 4],
  ratedShare: 0.8,
  valueChainNotes: [3, 5],
  potentials: [3, 5],
  planChance: 0.85,
  planAmbition: [1.03, 1.08],
  capacityHours: [60, 120],
  actions: [5, 9],
  actionMode: 'maintain',
  overdueChance: 0.12,
  openDeals: [1, 3],
  openDealSize: [0.05, 0.4],
  lostDealsPerYear: [0, 2],
  stale: false,
};

export const PROFILE_TRAITS: Readonly<Record<ProfileKind, ProfileTraits>> = {
  strong: {
    ...base,
    lastYearRevenue: [250_000, 1_200_000],
    growth: [0.02, 0.1],
    shareOfWallet: [0.4, 0.7],
    statedWalletChance: 0.8,
    contacts: [10, 15],
    attitudeMean: 1,
    deciderAttitude: [1, 2],
    deciderKnownChance: 1,
    coachChance: 0.9,
    assessedChance: 0.95,
    confirmedDaysAgo: [5, 120],
    lastActivityDaysAgo: [0, 10],
    stages: ['key_account'],
    ratings: [4, 5],
    ratedShare: 1,
    valueChainNotes: [5, 8],
    potentials: [4, 8],
    planChance: 1,
    planAmbition: [1.04, 1.12],
    capacityHours: [250, 450],
    actions: [10, 15],
    overdueChance: 0.03,
    openDeals: [3, 5],
    openDealSize: [0.03, 0.25],
    lostDealsPerYear: [1, 3],
    strategy:
      'Partnerschaft ausbauen: Systemlieferant für Antriebe, Sensorik und Service in allen Werken werden.',
  },
  growing: {
    ...base,
    lastYearRevenue: [80_000, 350_000],
    growth: [0.2, 0.45],
    shareOfWallet: [0.15, 0.35],
    statedWalletChance: 0.5,
    contacts: [7, 12],
    attitudeMean: 0.8,
    deciderAttitude: [0, 2],
    deciderKnownChance: 0.95,
    coachChance: 0.7,
    assessedChance: 0.85,
    confirmedDaysAgo: [10, 150],
    lastActivityDaysAgo: [0, 20],
    stages: ['offer_defined', 'presented', 'key_account'],
    ratings: [3, 5],
    ratedShare: 1,
    valueChainNotes: [4, 7],
    potentials: [4, 7],
    planChance: 1,
    planAmbition: [1.15, 1.3],
    capacityHours: [120, 250],
    actions: [8, 13],
    actionMode: 'build_up',
    overdueChance: 0.08,
    openDeals: [2, 4],
    openDealSize: [0.1, 0.5],
    strategy: 'Wachstum sichern: vom Komponenten- zum Lösungslieferanten, Wartung und Schulungen ergänzen.',
  },
  steady: {
    ...base,
    strategy: 'Bestehendes Geschäft sichern, Cross-Selling in Sensorik und Energiemonitoring prüfen.',
  },
  declining: {
    ...base,
    lastYearRevenue: [90_000, 400_000],
    growth: [-0.35, -0.12],
    statedWalletChance: 0.6,
    contacts: [7, 12],
    attitudeMean: -0.2,
    deciderAttitude: [-1, 1],
    deciderKnownChance: 1,
    coachChance: 0.3,
    assessedChance: 0.8,
    confirmedDaysAgo: [30, 250],
    lastActivityDaysAgo: [10, 90],
    stages: ['key_account', 'presented'],
    ratedShare: 1,
    valueChainNotes: [3, 6],
    potentials: [3, 6],
    planChance: 0.9,
    planAmbition: [0.95, 1.05],
    capacityHours: [150, 250],
    actions: [6, 11],
    actionMode: 'recover',
    overdueChance: 0.15,
    openDeals: [1, 2],
    openDealSize: [0.05, 0.3],
    lostDealsPerYear: [2, 4],
    strategy:
      'Umsatzrückgang stoppen: Ursachen klären, Beziehung zur Technik neu aufbauen, mit Gesamtkosten statt Preis argumentieren.',
  },
  decider_against: {
    ...base,
    lastYearRevenue: [80_000, 300_000],
    growth: [-0.2, 0.02],
    shareOfWallet: [0.15, 0.4],
    statedWalletChance: 0.5,
    contacts: [6, 11],
    attitudeMean: 0.3,
    deciderAttitude: [-2, -1],
    deciderKnownChance: 1,
    coachChance: 0.6,
    assessedChance: 0.85,
    confirmedDaysAgo: [20, 200],
    lastActivityDaysAgo: [5, 45],
    stages: ['offer_defined', 'presented'],
    ratedShare: 1,
    valueChainNotes: [3, 6],
    potentials: [3, 6],
    planChance: 1,
    planAmbition: [1, 1.1],
    capacityHours: [100, 200],
    actions: [6, 10],
    actionMode: 'recover',
    openDealSize: [0.1, 0.6],
    lostDealsPerYear: [1, 3],
    strategy: 'Entscheider gewinnen: über Coach und Verwender den Nutzen belegen, Referenzbesuch anbieten.',
  },
  single_threaded: {
    ...base,
    lastYearRevenue: [15_000, 90_000],
    growth: [-0.05, 0.1],
    shareOfWallet: [0.05, 0.2],
    statedWalletChance: 0.2,
    contacts: [1, 1],
    attitudeMean: 1,
    deciderKnownChance: 0,
    coachChance: 0,
    assessedChance: 0.6,
    confirmedDaysAgo: [60, 300],
    lastActivityDaysAgo: [20, 120],
    stages: ['candidate', 'analysed'],
    ratedShare: 0.6,
    valueChainNotes: [1, 2],
    potentials: [2, 4],
    planChance: 0.6,
    planAmbition: [1.05, 1.2],
    capacityHours: [30, 60],
    actions: [2, 5],
    actionMode: 'build_up',
    overdueChance: 0.2,
    openDeals: [0, 1],
    openDealSize: [0.2, 0.8],
    lostDealsPerYear: [0, 1],
    strategy: 'Mehr Ansprechpartner gewinnen: Zugang zur Technik und zur Geschäftsführung aufbauen.',
  },
  stale: {
    ...base,
    lastYearRevenue: [20_000, 120_000],
    growth: [-0.15, 0.05],
    shareOfWallet: [0.1, 0.4],
    statedWalletChance: 0.3,
    contacts: [4, 8],
    attitudeMean: 0.2,
    deciderAttitude: [-1, 1],
    deciderKnownChance: 0.8,
    coachChance: 0.3,
    assessedChance: 0.6,
    confirmedDaysAgo: [500, 1100],
    lastActivityDaysAgo: [300, 700],
    stages: ['analysed', 'organisation_mapped', 'needs_understood'],
    ratedShare: 0.6,
    valueChainNotes: [2, 3],
    potentials: [2, 4],
    planChance: 0.9,
    planAmbition: [1.05, 1.15],
    actions: [4, 7],
    overdueChance: 0.6,
    openDeals: [1, 1],
    openDealSize: [0.1, 0.5],
    lostDealsPerYear: [0, 1],
    strategy: 'Kunden halten und Potenziale in der Instandhaltung erschließen.',
    stale: true,
  },
  newcomer: {
    ...base,
    lastYearRevenue: [6_000, 30_000],
    growth: [0.2, 0.6],
    hasHistory: false,
    shareOfWallet: [0.02, 0.08],
    statedWalletChance: 0.2,
    contacts: [4, 6],
    attitudeMean: 0.3,
    deciderKnownChance: 0.5,
    coachChance: 0.2,
    assessedChance: 0.5,
    confirmedDaysAgo: [10, 120],
    lastActivityDaysAgo: [3, 40],
    stages: ['candidate', 'analysed'],
    ratings: [2, 5],
    ratedShare: 0.6,
    valueChainNotes: [0, 3],
    potentials: [3, 6],
    planChance: 0.5,
    planAmbition: [1.5, 2.2],
    capacityHours: [40, 80],
    actions: [3, 6],
    actionMode: 'build_up',
    overdueChance: 0.1,
    openDeals: [1, 2],
    openDealSize: [0.4, 2],
    lostDealsPerYear: [0, 1],
    strategy: 'Kunden analysieren und entscheiden, ob sich der Ausbau zum Key Account lohnt.',
  },
  event_driven: {
    ...base,
    lastYearRevenue: [9_000, 20_000],
    growth: [-0.03, 0.03],
    shareOfWallet: [0.03, 0.08],
    statedWalletChance: 0.3,
    contacts: [4, 7],
    attitudeMean: 0.5,
    deciderKnownChance: 0.8,
    coachChance: 0.3,
    assessedChance: 0.6,
    confirmedDaysAgo: [30, 400],
    lastActivityDaysAgo: [1, 10],
    stages: ['candidate'],
    valueChainNotes: [1, 3],
    potentials: [2, 4],
    planChance: 1,
    planAmbition: [1.1, 1.3],
    capacityHours: [60, 100],
    actions: [3, 6],
    actionMode: 'build_up',
    overdueChance: 0.1,
    openDeals: [0, 1],
    openDealSize: [0.1, 0.4],
    lostDealsPerYear: [0, 1],
    strategy:
      'Große Projektanfrage prüfen, bevor wir investieren: Ressourcenbedarf, Abschlusschance und Folgegeschäft bewerten.',
  },
  classic: {
    ...base,
    lastYearRevenue: [25_000, 25_000],
    growth: [0, 0],
    shareOfWallet: [0.08, 0.12],
    statedWalletChance: 1,
    contacts: [5, 8],
    attitudeMean: 0.6,
    deciderKnownChance: 1,
    coachChance: 0.8,
    assessedChance: 0.9,
    confirmedDaysAgo: [10, 90],
    lastActivityDaysAgo: [2, 14],
    stages: ['organisation_mapped'],
    ratings: [3, 4],
    ratedShare: 1,
    valueChainNotes: [4, 6],
    potentials: [4, 6],
    planChance: 1,
    capacityHours: [120, 120],
    actions: [10, 12],
    actionMode: 'build_up',
    overdueChance: 0,
    openDeals: [1, 2],
    openDealSize: [0.2, 0.6],
    lostDealsPerYear: [0, 1],
    strategy:
      'Vom Stammkunden zum Key Account: seit drei Jahren konstant 25.000 EUR Umsatz pro Jahr; Ausbau über Wartungsvertrag, Schulungen und ein erstes Retrofit-Projekt.',
  },
};

/** How often each profile occurs among benchmark snapshots. */
export const SNAPSHOT_PROFILE_WEIGHTS: readonly (readonly [ProfileKind, number])[] = [
  ['strong', 12],
  ['growing', 16],
  ['steady', 18],
  ['declining', 12],
  ['decider_against', 8],
  ['single_threaded', 8],
  ['stale', 10],
  ['newcomer', 10],
  ['event_driven', 4],
  ['classic', 2],
];

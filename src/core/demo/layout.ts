/**
 * Which account of the demo portfolio gets which profile. The layout does not depend on the seed,
 * so `acc-001` is always a strong key account and the two cases from the KAM guide always have the
 * same ids and names; the seed only changes the details.
 */
import type { ProfileKind } from './profiles.js';
import { seq } from './text.js';

/** A fixed name and place for an account the demo and the docs refer to. */
export interface FixedIdentity {
  readonly name: string;
  readonly legalForm: string;
  readonly industryKey: string;
  readonly country: string;
  readonly city: string;
}

export interface PortfolioEntry {
  readonly id: string;
  readonly profile: ProfileKind;
  readonly identity?: FixedIdentity;
}

/**
 * The guide's classic case (Maßnahmenplanung über die Zeitachse): a customer who has bought 25,000
 * EUR a year for each of the last three full years, and whom we now decide to develop into a key
 * account. Its plan's goals rise above 25,000 EUR in the current and the next two years.
 */
export const CLASSIC_CASE = {
  id: 'acc-classic',
  revenuePerYear: 25_000,
  /** Revenue goals for the current year and the next two. */
  goals: [27_500, 40_000, 60_000],
  identity: {
    name: 'Brenner Hydraulik GmbH',
    legalForm: 'GmbH',
    industryKey: 'maschinenbau',
    country: 'DE',
    city: 'Heilbronn',
  },
} as const satisfies {
  id: string;
  identity: FixedIdentity;
  revenuePerYear: number;
  goals: readonly number[];
};

/**
 * The guide's event-driven candidate (Konkrete Projekte analysieren): revenue has trickled along at
 * a low level, and suddenly a project at least five times last year's revenue is requested.
 */
export const EVENT_DRIVEN_CASE = {
  id: 'acc-event',
  /** The requested project is at least this multiple of last year's revenue. */
  minimumMultiple: 5,
  identity: {
    name: 'Sommer Backwaren GmbH & Co. KG',
    legalForm: 'GmbH & Co. KG',
    industryKey: 'lebensmittel',
    country: 'DE',
    city: 'Fulda',
  },
} as const satisfies { id: string; identity: FixedIdentity; minimumMultiple: number };

/** Profiles of the numbered accounts, in order; repeated for portfolios larger than the default. */
const NUMBERED_LAYOUT: readonly ProfileKind[] = [
  'strong',
  'growing',
  'declining',
  'strong',
  'steady',
  'decider_against',
  'growing',
  'single_threaded',
  'stale',
  'newcomer',
  'strong',
  'growing',
  'declining',
  'steady',
  'growing',
  'single_threaded',
  'decider_against',
  'strong',
  'stale',
  'newcomer',
  'declining',
  'growing',
  'steady',
  'strong',
  'newcomer',
  'stale',
  'growing',
  'declining',
  'single_threaded',
  'steady',
  'decider_against',
  'strong',
  'newcomer',
  'growing',
];

export const MIN_PORTFOLIO_ACCOUNTS = 30;
export const DEFAULT_PORTFOLIO_ACCOUNTS = NUMBERED_LAYOUT.length + 2;
export const MAX_PORTFOLIO_ACCOUNTS = 999;

/** The accounts of a portfolio of `accounts` accounts: the two guide cases first, then `acc-001` … */
export function portfolioLayout(accounts: number = DEFAULT_PORTFOLIO_ACCOUNTS): PortfolioEntry[] {
  if (!Number.isInteger(accounts) || accounts < MIN_PORTFOLIO_ACCOUNTS || accounts > MAX_PORTFOLIO_ACCOUNTS) {
    throw new RangeError(
      `a demo portfolio has ${MIN_PORTFOLIO_ACCOUNTS} to ${MAX_PORTFOLIO_ACCOUNTS} accounts, not ${accounts}`,
    );
  }
  const entries: PortfolioEntry[] = [
    { id: CLASSIC_CASE.id, profile: 'classic', identity: CLASSIC_CASE.identity },
    { id: EVENT_DRIVEN_CASE.id, profile: 'event_driven', identity: EVENT_DRIVEN_CASE.identity },
  ];
  for (let i = 0; entries.length < accounts; i++) {
    entries.push({ id: `acc-${seq(i + 1, 3)}`, profile: NUMBERED_LAYOUT[i % NUMBERED_LAYOUT.length]! });
  }
  return entries;
}

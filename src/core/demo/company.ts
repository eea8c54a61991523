/** The customer company: name, industry, country, size, and the account record built from them. */
import type { KeyAccount } from '../model/index.js';
import { SELECTION_RATINGS } from '../model/index.js';
import type { DemoClock } from './clock.js';
import type { Economy } from './economy.js';
import type { FixedIdentity } from './layout.js';
import type { Rng } from './prng.js';
import type { ProfileTraits } from './profiles.js';
import { roundTo } from './rounding.js';
import { slugify } from './text.js';
import type { Country, Industry } from './vocabulary/companies.js';
import { BRANDS, COUNTRIES, INDUSTRIES, LEGAL_FORMS } from './vocabulary/companies.js';
import { COMPANY_FAMILY_NAMES, NAME_TABLES } from './vocabulary/names.js';
import { math } from './math.js';

export interface Company {
  readonly name: string;
  readonly industry: Industry;
  readonly country: Country;
  readonly city: string;
  /** A stock corporation, whose top is a board (Vorstand) rather than a managing director. */
  readonly board: boolean;
  /** E-mail domain of its people. */
  readonly domain: string;
  readonly employees: number;
  /** The customer's own annual revenue. */
  readonly annualRevenue: number;
}

const NAME_PATTERNS: readonly (readonly ['family' | 'pair' | 'brand' | 'region', number])[] = [
  ['family', 50],
  ['pair', 15],
  ['brand', 20],
  ['region', 15],
];
const BOARD_FORMS = new Set(['AG', 'SE', 'S.p.A.', 'N.V.', 'S.A.']);
const INDUSTRY_WEIGHTS = INDUSTRIES.map((i) => [i, i.weight] as const);
const COUNTRY_WEIGHTS = COUNTRIES.map((c) => [c, c.weight] as const);

/** A company name without its legal form, as a file or domain name: "Brenner Hydraulik GmbH" → "brenner-hydraulik". */
export function companySlug(name: string): string {
  const form = LEGAL_FORMS.find((f) => name.endsWith(` ${f}`));
  return slugify(form ? name.slice(0, -form.length - 1) : name);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function drawNameCore(rng: Rng, industry: Industry, country: Country): string {
  if (country.titles === 'en') {
    const family = capitalise(rng.pick(NAME_TABLES[country.group].last));
    const stem = rng.chance(0.65) ? family : rng.pick(BRANDS);
    return `${stem} ${rng.pick(industry.intlWords)}`;
  }
  const word = rng.pick(industry.words);
  const pattern = rng.weighted(NAME_PATTERNS);
  switch (pattern) {
    case 'family':
      return `${rng.pick(COMPANY_FAMILY_NAMES)} ${word}`;
    case 'pair': {
      const pair = rng.sample(COMPANY_FAMILY_NAMES, 2);
      const a = pair[0]!;
      const b = pair[1]!;
      return rng.chance(0.5) ? `${a} & ${b}` : `${a} & ${b} ${word}`;
    }
    case 'brand':
      return `${rng.pick(BRANDS)} ${word}`;
    case 'region':
      return `${rng.pick(country.regions)} ${word}`;
  }
}

/**
 * A new company for the account. `usedSlugs` keeps names unique within a portfolio; the chosen
 * name is added to it.
 */
export function drawCompany(
  rng: Rng,
  economy: Economy,
  identity?: FixedIdentity,
  usedSlugs?: Set<string>,
): Company {
  const industry = INDUSTRIES.find((i) => i.key === identity?.industryKey) ?? rng.weighted(INDUSTRY_WEIGHTS);
  const country = COUNTRIES.find((c) => c.code === identity?.country) ?? rng.weighted(COUNTRY_WEIGHTS);
  const legalForm = identity?.legalForm ?? rng.weighted(country.legalForms);
  const city = identity?.city ?? rng.pick(country.cities);

  let name = identity?.name;
  for (let attempt = 0; name === undefined; attempt++) {
    const core =
      attempt < 40 ? drawNameCore(rng, industry, country) : `${drawNameCore(rng, industry, country)} ${city}`;
    const candidate = `${core} ${legalForm}`;
    if (!usedSlugs?.has(companySlug(candidate))) name = candidate;
  }
  usedSlugs?.add(companySlug(name));

  // The wallet is a small share of what the customer turns over; size follows from its revenue.
  const revenue = economy.wallet / rng.float(0.003, 0.008);
  const annualRevenue = roundTo(revenue, revenue < 100_000_000 ? 100_000 : 1_000_000);
  const employees = annualRevenue / rng.floatIn(industry.revenuePerEmployee);
  return {
    name,
    industry,
    country,
    city,
    board: BOARD_FORMS.has(legalForm),
    domain: `${companySlug(name)}.${country.tld}`,
    employees: math.max(15, roundTo(employees, employees < 200 ? 5 : 10)),
    annualRevenue,
  };
}

function drawRatings(rng: Rng, traits: ProfileTraits): KeyAccount['ratings'] {
  const ratings: KeyAccount['ratings'] = {};
  for (let i = 0; i < SELECTION_RATINGS.length; i++) {
    if (rng.chance(traits.ratedShare)) ratings[SELECTION_RATINGS[i]!] = rng.intIn(traits.ratings);
  }
  return ratings;
}

export function buildKeyAccount(
  rng: Rng,
  id: string,
  company: Company,
  economy: Economy,
  traits: ProfileTraits,
  ownerName: string,
  clock: DemoClock,
): KeyAccount {
  const account: KeyAccount = {
    id,
    name: company.name,
    industry: company.industry.label,
    country: company.country.code,
    city: company.city,
    employees: company.employees,
    annualRevenue: company.annualRevenue,
    currency: 'EUR',
    ownerName,
    ratings: drawRatings(rng, traits),
    stage: rng.pick(traits.stages),
    lastActivityAt: clock.instantDaysAgo(rng, rng.intIn(traits.lastActivityDaysAgo)),
  };
  if (rng.chance(traits.statedWalletChance)) account.categorySpendPerYear = economy.wallet;
  return account;
}

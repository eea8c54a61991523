/**
 * Deals: won deals make our revenue history (three full years before now plus the current year to
 * date), lost deals show what got away, open deals are the projects in the pipeline.
 */
import type { Deal } from '../model/index.js';
import type { DemoClock } from './clock.js';
import type { Company } from './company.js';
import type { Economy } from './economy.js';
import type { Rng } from './prng.js';
import type { ProfileKind, ProfileTraits } from './profiles.js';
import { roundProbability, roundTo } from './rounding.js';
import { fill, seq } from './text.js';
import type { ProductLine } from './vocabulary/offer.js';
import {
  LOST_STAGE,
  OPEN_DEAL_STAGES,
  PRODUCT_LINE_BY_NAME,
  PRODUCT_LINES,
  WON_STAGE,
} from './vocabulary/offer.js';
import { math } from './math.js';

/**
 * Splits `total` (a multiple of 100) into at most `parts` amounts that are multiples of 100 and add
 * up to exactly `total`, so a year's won deals sum to the year's revenue to the euro.
 */
export function splitAmount(rng: Rng, total: number, parts: number): number[] {
  const count = math.max(1, math.min(parts, math.floor(total / 1000)));
  const weights = Array.from({ length: count }, () => rng.float(0.4, 1.6));
  const sum = weights.reduce((a, b) => a + b, 0);
  const amounts = weights.map((w) => math.max(100, math.floor((total * w) / sum / 100) * 100));
  amounts[0]! += total - amounts.reduce((a, b) => a + b, 0);
  return amounts;
}

function dealName(rng: Rng, line: ProductLine, company: Company, closeDate: string): string {
  const month = +closeDate.slice(5, 7);
  return fill(rng.pick(line.dealNames), {
    site: rng.chance(0.6) ? `Werk ${company.city}` : `Werk ${rng.int(2, 4)}`,
    n: rng.int(1, 6),
    year: closeDate.slice(0, 4),
    quarter: math.ceil(month / 3),
  });
}

function margin(rng: Rng, line: ProductLine, amount: number, pressure: number): number {
  return math.round(amount * rng.floatIn(line.margin) * pressure);
}

/** The lines a customer buys, weighted: the first are the ones it buys most. */
function lineWeights(lines: readonly ProductLine[]): (readonly [ProductLine, number])[] {
  return lines.map((line, i) => [line, lines.length - i] as const);
}

function addWonDeals(
  out: Deal[],
  rng: Rng,
  economy: Economy,
  company: Company,
  clock: DemoClock,
  pressure: number,
): void {
  const lines = lineWeights(economy.lines);
  for (let y = 0; y <= economy.fullYears.length; y++) {
    const full = economy.fullYears[y];
    const year = full ? full.year : clock.year;
    const revenue = full ? full.revenue : economy.currentYearToDate;
    if (revenue <= 0) continue;
    // CRMs hold orders bundled into a few deals a year (two at least from 10,000 EUR), not every delivery.
    const typical = rng.float(8_000, 50_000);
    const least = revenue >= 10_000 ? 2 : 1;
    const amounts = splitAmount(rng, revenue, math.min(5, math.max(least, math.round(revenue / typical))));
    for (let i = 0; i < amounts.length; i++) {
      const amount = amounts[i]!;
      const line = rng.weighted(lines);
      const closeDate = clock.date(clock.dayInYear(rng, year)!);
      const deal: Deal = {
        id: '',
        name: dealName(rng, line, company, closeDate),
        amount,
        contributionMargin: margin(rng, line, amount, pressure),
        status: 'won',
        stage: WON_STAGE,
        probability: 1,
        closeDate,
        productLine: line.name,
        strategic: false,
      };
      if (rng.chance(0.6)) deal.resourceHours = math.max(2, math.round(amount / rng.float(400, 1200)));
      out.push(deal);
    }
  }
}

function addLostDeals(
  out: Deal[],
  rng: Rng,
  economy: Economy,
  company: Company,
  clock: DemoClock,
  traits: ProfileTraits,
): void {
  const scale = math.max(economy.lastYearRevenue, 5000);
  for (let year = clock.year - 3; year <= clock.year; year++) {
    const count = rng.intIn(traits.lostDealsPerYear);
    for (let i = 0; i < count; i++) {
      const line = rng.pick(PRODUCT_LINES);
      const closeDate = clock.date(clock.dayInYear(rng, year)!);
      const amount = math.max(1000, roundTo(scale * rng.float(0.05, 0.35), 100));
      out.push({
        id: '',
        name: dealName(rng, line, company, closeDate),
        amount,
        contributionMargin: margin(rng, line, amount, 1),
        status: 'lost',
        stage: LOST_STAGE,
        probability: 0,
        closeDate,
        productLine: line.name,
        strategic: false,
      });
    }
  }
}

function openDeal(
  rng: Rng,
  line: ProductLine,
  amount: number,
  closeDate: string,
  company: Company,
  lastYearRevenue: number,
): Deal {
  const stage = rng.pick(OPEN_DEAL_STAGES);
  return {
    id: '',
    name: dealName(rng, line, company, closeDate),
    amount,
    contributionMargin: margin(rng, line, amount, 1),
    status: 'open',
    stage: stage[0],
    probability: roundProbability(rng.floatIn(stage[1])),
    closeDate,
    productLine: line.name,
    resourceHours: math.max(4, math.round(amount / rng.float(1000, 3000))),
    strategic: amount >= 0.3 * lastYearRevenue && rng.chance(0.5),
  };
}

function addOpenDeals(
  out: Deal[],
  rng: Rng,
  economy: Economy,
  company: Company,
  clock: DemoClock,
  traits: ProfileTraits,
): void {
  const count = rng.intIn(traits.openDeals);
  for (let i = 0; i < count; i++) {
    const line = rng.chance(0.6) ? rng.weighted(lineWeights(economy.lines)) : rng.pick(PRODUCT_LINES);
    const amount = math.max(500, roundTo(economy.lastYearRevenue * rng.floatIn(traits.openDealSize), 100));
    // A stale pipeline still shows decisions that should have happened months ago.
    const offset = traits.stale ? -rng.int(30, 200) : rng.int(14, 300);
    out.push(openDeal(rng, line, amount, clock.fromToday(offset), company, economy.lastYearRevenue));
  }
}

/** The request that makes an account event-driven: a project far larger than anything bought so far. */
function largeProjectRequest(rng: Rng, economy: Economy, company: Company, clock: DemoClock): Deal {
  const line = PRODUCT_LINE_BY_NAME.get('Antriebstechnik')!;
  const amount = roundTo(economy.lastYearRevenue * rng.float(8, 14), 1000);
  return {
    id: '',
    name: `Neue Produktionslinie ${company.city}: Automatisierung und Antriebe`,
    amount,
    contributionMargin: math.round(amount * rng.float(0.18, 0.24)),
    status: 'open',
    stage: 'Angebot erstellt',
    probability: roundProbability(rng.float(0.3, 0.45)),
    closeDate: clock.fromToday(rng.int(60, 120)),
    productLine: line.name,
    resourceHours: roundTo(rng.float(450, 800), 10),
    strategic: true,
  };
}

export function generateDeals(
  rng: Rng,
  accountId: string,
  economy: Economy,
  company: Company,
  traits: ProfileTraits,
  profile: ProfileKind,
  clock: DemoClock,
): Deal[] {
  // Declining accounts buy at lower margins: price pressure from the competition.
  const pressure = profile === 'declining' ? 0.85 : 1;
  const deals: Deal[] = [];
  addWonDeals(deals, rng, economy, company, clock, pressure);
  addLostDeals(deals, rng, economy, company, clock, traits);
  addOpenDeals(deals, rng, economy, company, clock, traits);
  if (profile === 'event_driven') deals.push(largeProjectRequest(rng, economy, company, clock));
  // Oldest first; the sort is stable, so deals of the same day keep the order they were drawn in.
  deals.sort((a, b) => (a.closeDate < b.closeDate ? -1 : a.closeDate > b.closeDate ? 1 : 0));
  deals.forEach((deal, i) => (deal.id = `${accountId}-d${seq(i + 1)}`));
  return deals;
}

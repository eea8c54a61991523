/**
 * Open potential per product line and horizon (Analyse der Verkaufschancen): what the customer buys
 * elsewhere today or will need, short (≤ 12 months), medium (1–3 years) and long term (> 3 years).
 */
import type { Horizon, Potential } from '../model/index.js';
import type { Economy } from './economy.js';
import type { Rng } from './prng.js';
import type { ProfileTraits } from './profiles.js';
import { roundProbability, roundTo } from './rounding.js';
import { seq } from './text.js';
import { PRODUCT_LINES } from './vocabulary/offer.js';
import { math } from './math.js';

const HORIZON_WEIGHTS: readonly (readonly [Horizon, number])[] = [
  ['short', 40],
  ['medium', 40],
  ['long', 20],
];

const PROBABILITY: Readonly<Record<Horizon, readonly [number, number]>> = {
  short: [0.5, 0.8],
  medium: [0.3, 0.6],
  long: [0.1, 0.35],
};

export function generatePotentials(
  rng: Rng,
  accountId: string,
  economy: Economy,
  traits: ProfileTraits,
): Potential[] {
  const count = rng.intIn(traits.potentials);
  // Cross-selling lines the customer does not buy from us yet is the usual source; up-selling the rest.
  const weights = PRODUCT_LINES.map((line) => [line, economy.lines.includes(line) ? 2 : 3] as const);
  const seen = new Set<string>();
  const picks: { line: (typeof PRODUCT_LINES)[number]; horizon: Horizon; weight: number }[] = [];
  for (let attempt = 0; picks.length < count && attempt < count * 4; attempt++) {
    const line = rng.weighted(weights);
    const horizon = rng.weighted(HORIZON_WEIGHTS);
    const key = `${line.name}|${horizon}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picks.push({ line, horizon, weight: rng.float(0.5, 1.5) });
  }

  // The open potential is most of what the customer spends beyond what it buys from us.
  const open = math.max(economy.wallet - economy.lastYearRevenue, 5000) * rng.float(0.6, 0.9);
  const totalWeight = picks.reduce((sum, p) => sum + p.weight, 0);
  return picks.map(({ line, horizon, weight }, i): Potential => {
    const potential: Potential = {
      id: `${accountId}-p${seq(i + 1)}`,
      productLine: line.name,
      horizon,
      volumePerYear: math.max(1000, roundTo((open * weight) / totalWeight, 500)),
      probability: roundProbability(rng.floatIn(PROBABILITY[horizon])),
    };
    if (rng.chance(0.7)) potential.note = rng.pick(line.potentialNotes);
    return potential;
  });
}

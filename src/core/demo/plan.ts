/** The account plan: revenue goals per year, owner, capacity and strategy. */
import type { AccountPlan, PlanGoal } from '../model/index.js';
import type { DemoClock } from './clock.js';
import type { Economy } from './economy.js';
import { CLASSIC_CASE } from './layout.js';
import type { Rng } from './prng.js';
import type { ProfileKind, ProfileTraits } from './profiles.js';
import { roundTo } from './rounding.js';
import { GOAL_NOTES } from './vocabulary/actions.js';
import { math } from './math.js';

function goals(
  rng: Rng,
  economy: Economy,
  traits: ProfileTraits,
  profile: ProfileKind,
  clock: DemoClock,
): PlanGoal[] {
  const note = () => (rng.chance(0.5) ? { note: rng.pick(GOAL_NOTES) } : {});
  if (profile === 'classic') {
    return CLASSIC_CASE.goals.map((targetRevenue, i) => ({ year: clock.year + i, targetRevenue, ...note() }));
  }
  // A stale plan was last written two years ago: its goals end with the current year.
  const firstYear = traits.stale ? clock.year - 1 : clock.year;
  // Each year's goal builds on the year before, starting from the last full year when the plan was made.
  let target = traits.stale
    ? (economy.fullYears[1]?.revenue ?? economy.lastYearRevenue)
    : economy.lastYearRevenue;
  const out: PlanGoal[] = [];
  for (let year = firstYear; year <= firstYear + (traits.stale ? 1 : 2); year++) {
    target *= rng.floatIn(traits.planAmbition);
    out.push({ year, targetRevenue: math.max(1000, roundTo(target, 1000)), ...note() });
  }
  return out;
}

/** Undefined for the accounts that have no plan yet. */
export function generatePlan(
  rng: Rng,
  accountId: string,
  economy: Economy,
  traits: ProfileTraits,
  profile: ProfileKind,
  ownerName: string,
  clock: DemoClock,
): AccountPlan | undefined {
  if (!rng.chance(traits.planChance)) return undefined;
  return {
    id: `${accountId}-plan`,
    ownerName,
    capacityHoursPerYear: roundTo(rng.intIn(traits.capacityHours), 10),
    strategy: traits.strategy,
    goals: goals(rng, economy, traits, profile, clock),
  };
}

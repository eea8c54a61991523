import type { RelationshipKind } from '../model/index.js';
import type { SocialTie } from './social-ties.js';

/**
 * Network influence: how much weight a person carries in the informal network, 0…1.
 *
 * Each tie becomes "sway" arcs (who can move whose opinion):
 * - `influences`, `mentors`: from sways to;      weight = strength
 * - `trusts`: the trusted (to) sways the truster; weight = strength
 * - `reports_to`: the manager (to) sways the report; weight = strength × ½ (formal line, not pull)
 * - `friends`: both sway each other;              weight = strength × ½ each way
 * - `conflicts`: no sway.
 *
 * Standing then flows PageRank-style from the swayed to whoever sways them (damping 0.85): people
 * swayed by influential people become influential themselves. A person passes on their standing
 * in proportion to the arc weights, in full only once the weights add up to one strong tie (3), so
 * a single weak tie passes on a third; what is not passed on is spread evenly like PageRank's
 * random jump. Cost O(k · (n + e)) for at most 200 iterations k, in practice a few dozen.
 *
 * The score is relative to the account: 0 for someone who sways nobody, 1 for the most
 * influential person; rounded to three decimals. It is 0 for everyone when nobody sways anyone.
 */
export interface NetworkStanding {
  /** 0…1, see above. */
  readonly networkInfluence: number;
  /**
   * "High network influence": networkInfluence ≥ HIGH_NETWORK_INFLUENCE and the person sways at
   * least two other people within two steps, so a lone tie in a sparse sociogram does not count.
   */
  readonly influential: boolean;
}

export const HIGH_NETWORK_INFLUENCE = 0.5;

const DAMPING = 0.85;
const FULL_PASS_WEIGHT = 3;
const MAX_ITERATIONS = 200;
const CONVERGED = 1e-12;

const SWAY: Record<RelationshipKind, { forward: number; backward: number }> = {
  influences: { forward: 1, backward: 0 },
  mentors: { forward: 1, backward: 0 },
  trusts: { forward: 0, backward: 1 },
  reports_to: { forward: 0, backward: 0.5 },
  friends: { forward: 0.5, backward: 0.5 },
  conflicts: { forward: 0, backward: 0 },
};

interface SwayArc {
  readonly swayer: number;
  readonly swayed: number;
  readonly weight: number;
}

/** `contactIds` unique and sorted, `ties` in canonical order: the sums then never depend on input order. */
export function networkStandings(
  contactIds: readonly string[],
  ties: readonly SocialTie[],
): Map<string, NetworkStanding> {
  const n = contactIds.length;
  const index = new Map(contactIds.map((id, i) => [id, i]));
  const arcs: SwayArc[] = [];
  for (const tie of ties) {
    const from = index.get(tie.fromId);
    const to = index.get(tie.toId);
    if (from === undefined || to === undefined) continue;
    const { forward, backward } = SWAY[tie.kind];
    if (forward > 0) arcs.push({ swayer: from, swayed: to, weight: tie.strength * forward });
    if (backward > 0) arcs.push({ swayer: to, swayed: from, weight: tie.strength * backward });
  }

  const scores = standingScores(n, arcs);
  const reachesTwo = reachesTwoWithinTwoSteps(n, arcs);
  const out = new Map<string, NetworkStanding>();
  contactIds.forEach((id, i) => {
    const networkInfluence = scores[i] ?? 0;
    out.set(id, {
      networkInfluence,
      influential: networkInfluence >= HIGH_NETWORK_INFLUENCE && (reachesTwo[i] ?? false),
    });
  });
  return out;
}

function standingScores(n: number, arcs: readonly SwayArc[]): number[] {
  const swayedWeight = new Array<number>(n).fill(0);
  for (const a of arcs) swayedWeight[a.swayed] = (swayedWeight[a.swayed] ?? 0) + a.weight;
  const shares = arcs.map((a) => a.weight / Math.max(swayedWeight[a.swayed] ?? 0, FULL_PASS_WEIGHT));

  let rank = new Array<number>(n).fill(1 / n);
  let baseline = 1 / n;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = new Array<number>(n).fill(0);
    let passed = 0;
    arcs.forEach((a, k) => {
      const amount = (rank[a.swayed] ?? 0) * (shares[k] ?? 0);
      next[a.swayer] = (next[a.swayer] ?? 0) + DAMPING * amount;
      passed += amount;
    });
    baseline = (1 - DAMPING + DAMPING * (1 - passed)) / n;
    let change = 0;
    for (let i = 0; i < n; i++) {
      const value = (next[i] ?? 0) + baseline;
      change = Math.max(change, Math.abs(value - (rank[i] ?? 0)));
      next[i] = value;
    }
    rank = next;
    if (change < CONVERGED) break;
  }

  // Someone who sways nobody receives exactly the baseline: that is 0, the top person is 1.
  const top = Math.max(...rank);
  if (top - baseline < 1e-9) return rank.map(() => 0);
  return rank.map((r) => Math.round((Math.max(0, r - baseline) / (top - baseline)) * 1000) / 1000);
}

/** Whether each person sways at least two others directly or through one person they sway. */
function reachesTwoWithinTwoSteps(n: number, arcs: readonly SwayArc[]): boolean[] {
  const swayees = Array.from({ length: n }, () => new Set<number>());
  for (const a of arcs) swayees[a.swayer]?.add(a.swayed);
  return swayees.map((direct, self) => {
    if (direct.size >= 2) return true;
    for (const other of direct) {
      for (const further of swayees[other] ?? []) if (further !== self) return true;
    }
    return false;
  });
}

import type { Contact, RelationshipKind } from '../model/index.js';
import type { RouteLength } from './graph.js';
import { compareRoutes, shortestRoutes } from './graph.js';
import { compareIds } from './people.js';
import type { SocialTie } from './social-ties.js';
import { isPositive } from './social-ties.js';

/** One step of a supportive path, in the direction of the path (towards the decider). */
export interface PathHop {
  readonly fromId: string;
  readonly toId: string;
  readonly kind: RelationshipKind;
  readonly strength: number;
  /** Absent for a reporting line taken from a contact's reports-to field. */
  readonly relationshipId?: string;
  /** True when the tie is recorded the other way round (`toId` → `fromId`), e.g. "decider trusts X". */
  readonly reversed: boolean;
}

/** "The path from a supporter to the decider" (DESIGN §1), or the finding that there is none. */
export type DeciderPath =
  | {
      readonly deciderId: string;
      readonly found: true;
      readonly supporterId: string;
      /** Supporter first, decider last; just the decider when they support us themselves. */
      readonly contactIds: readonly string[];
      readonly hops: readonly PathHop[];
      /** Sum of the hop costs, see `tieCost`. */
      readonly cost: number;
    }
  | { readonly deciderId: string; readonly found: false };

/**
 * Cost of passing our case over a positive tie: strong 1, medium 2, weak 3. So two strong ties
 * (cost 2) beat one weak tie (3), and one medium tie (2) beats three strong ones (3). Equal costs go
 * to the route with fewer hops, then the warmer supporter (+2 before +1), then lower ids.
 */
export function tieCost(strength: number): number {
  return 4 - strength;
}

const isSupporter = (c: Contact | undefined) => (c?.attitude ?? 0) > 0;
/** Opponents do not carry our case, so a path never passes through one. */
const mayRelay = (c: Contact | undefined) => (c?.attitude ?? 0) >= 0;

/**
 * For each decider (by id), the cheapest route from a supporter (attitude > 0) over positive ties,
 * which count in both directions: a working relationship carries a conversation either way.
 * One Dijkstra per decider: O(d · (n + e) log n). `contacts` unique, `ties` in canonical order.
 */
export function supportivePaths(contacts: readonly Contact[], ties: readonly SocialTie[]): DeciderPath[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const strongest = strongestPositiveTies(ties);
  const adjacency = new Map<string, Map<string, number>>();
  for (const [id, neighbours] of strongest) {
    adjacency.set(id, new Map([...neighbours].map(([other, tie]) => [other, tieCost(tie.strength)])));
  }

  return contacts
    .filter((c) => c.roles.includes('decider'))
    .map((decider): DeciderPath => {
      const routes = shortestRoutes(decider.id, adjacency, (id) => mayRelay(byId.get(id)));
      const start = contacts
        .filter((c) => isSupporter(c) && routes.has(c.id))
        .map((c) => ({ contact: c, route: routes.get(c.id) ?? { cost: 0, hops: 0 } }))
        .sort(
          (a, b) =>
            compareRoutes(a.route, b.route) ||
            (b.contact.attitude ?? 0) - (a.contact.attitude ?? 0) ||
            compareIds(a.contact.id, b.contact.id),
        )[0];
      if (!start) return { deciderId: decider.id, found: false };
      const hops = walkTowards(decider.id, start.contact.id, routes, strongest, byId);
      const contactIds = [start.contact.id, ...hops.map((h) => h.toId)];
      return {
        deciderId: decider.id,
        found: true,
        supporterId: start.contact.id,
        contactIds,
        hops,
        cost: start.route.cost,
      };
    });
}

/** Per person and neighbour the strongest positive tie between them, either direction. */
function strongestPositiveTies(ties: readonly SocialTie[]): Map<string, Map<string, SocialTie>> {
  const strongest = new Map<string, Map<string, SocialTie>>();
  const keep = (a: string, b: string, tie: SocialTie) => {
    let neighbours = strongest.get(a);
    if (!neighbours) strongest.set(a, (neighbours = new Map()));
    const known = neighbours.get(b);
    // Ties come in canonical order, so the first of equal strength wins whatever the input order.
    if (!known || tie.strength > known.strength) neighbours.set(b, tie);
  };
  for (const tie of ties) {
    if (!isPositive(tie)) continue;
    keep(tie.fromId, tie.toId, tie);
    keep(tie.toId, tie.fromId, tie);
  }
  return strongest;
}

/** Follows the shortest-route tree from the supporter to the decider, lowest id among equals. */
function walkTowards(
  deciderId: string,
  supporterId: string,
  routes: ReadonlyMap<string, RouteLength>,
  strongest: ReadonlyMap<string, ReadonlyMap<string, SocialTie>>,
  byId: ReadonlyMap<string, Contact>,
): PathHop[] {
  const hops: PathHop[] = [];
  let at = supporterId;
  while (at !== deciderId) {
    const here = routes.get(at);
    let next: { id: string; tie: SocialTie } | undefined;
    for (const [neighbour, tie] of strongest.get(at) ?? []) {
      const there = routes.get(neighbour);
      const onRoute =
        here !== undefined &&
        there !== undefined &&
        there.cost + tieCost(tie.strength) === here.cost &&
        there.hops + 1 === here.hops &&
        (neighbour === deciderId || mayRelay(byId.get(neighbour)));
      if (onRoute && (next === undefined || compareIds(neighbour, next.id) < 0)) {
        next = { id: neighbour, tie };
      }
    }
    // A settled route always has such a predecessor; the guard only keeps a bad input from looping.
    if (next === undefined) break;
    hops.push({
      fromId: at,
      toId: next.id,
      kind: next.tie.kind,
      strength: next.tie.strength,
      ...(next.tie.relationshipId !== undefined && { relationshipId: next.tie.relationshipId }),
      reversed: next.tie.fromId !== at,
    });
    at = next.id;
  }
  return hops;
}

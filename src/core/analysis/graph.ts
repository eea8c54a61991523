import { compareIds } from './people.js';

/** A binary min-heap: O(log n) push and pop. */
export class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.swapIfBefore(i, parent)) break;
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      const child = right < items.length && this.isBefore(right, left) ? right : left;
      if (child >= items.length || !this.swapIfBefore(child, i)) break;
      i = child;
    }
    return top;
  }

  private isBefore(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    return a !== undefined && b !== undefined && this.before(a, b) < 0;
  }

  /** Swaps i and j when i must come before j. */
  private swapIfBefore(i: number, j: number): boolean {
    if (!this.isBefore(i, j)) return false;
    const items = this.items;
    [items[i], items[j]] = [items[j] as T, items[i] as T];
    return true;
  }
}

/** Length of the best route: total cost first, then the number of hops. */
export interface RouteLength {
  readonly cost: number;
  readonly hops: number;
}

export function compareRoutes(a: RouteLength, b: RouteLength): number {
  return a.cost - b.cost || a.hops - b.hops;
}

/** Neighbours of a node and the non-negative cost of stepping to each. */
export type Adjacency = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Dijkstra from `source` over non-negative costs, O((n + e) log n). Among equally costly routes the
 * one with fewer hops counts. A route may end at any node but only pass through nodes that
 * `mayRelay` allows (the source always may).
 */
export function shortestRoutes(
  source: string,
  adjacency: Adjacency,
  mayRelay: (id: string) => boolean,
): Map<string, RouteLength> {
  const best = new Map<string, RouteLength>([[source, { cost: 0, hops: 0 }]]);
  const settled = new Set<string>();
  const queue = new MinHeap<{ id: string; route: RouteLength }>(
    (a, b) => compareRoutes(a.route, b.route) || compareIds(a.id, b.id),
  );
  queue.push({ id: source, route: { cost: 0, hops: 0 } });
  for (let next = queue.pop(); next; next = queue.pop()) {
    const { id, route } = next;
    if (settled.has(id)) continue;
    settled.add(id);
    if (id !== source && !mayRelay(id)) continue;
    for (const [neighbour, cost] of adjacency.get(id) ?? []) {
      const candidate = { cost: route.cost + cost, hops: route.hops + 1 };
      const known = best.get(neighbour);
      if (known && compareRoutes(known, candidate) <= 0) continue;
      best.set(neighbour, candidate);
      queue.push({ id: neighbour, route: candidate });
    }
  }
  return best;
}

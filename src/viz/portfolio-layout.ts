import { textWidth } from './label-layout.js';

/** Pure layout of the portfolio matrix: revenue bands, bubble sizes, movement, label placement. */

/** Lower bounds of the revenue bands 1–3 in the account's currency; band 0 is below the first. */
export const REVENUE_BAND_LIMITS = [50_000, 250_000, 1_000_000] as const;
export type RevenueBand = 0 | 1 | 2 | 3;
const RADIUS_FACTOR: Readonly<Record<RevenueBand, number>> = { 0: 1, 1: 1.4, 2: 1.85, 3: 2.4 };

export function revenueBand(revenue: number): RevenueBand {
  let band = 0;
  for (const limit of REVENUE_BAND_LIMITS) if (revenue >= limit) band += 1;
  return band as RevenueBand;
}

/** Bubble radius of a band; `base` is the smallest bubble, set by the size of the plot. */
export function bubbleRadius(band: RevenueBand, base: number): number {
  return Math.round(base * RADIUS_FACTOR[band] * 10) / 10;
}

/** The biggest bubble: the plot keeps this much room inside its edges. */
export function largestRadius(base: number): number {
  return bubbleRadius(3, base);
}

export function baseRadius(plotWidth: number, plotHeight: number): number {
  return Math.min(8, Math.max(5, Math.min(plotWidth, plotHeight) / 60));
}

/** Below this distance on the 0–100 axes an account has not moved (the arrow would be a dot). */
export const MOVEMENT_THRESHOLD = 1;

interface Located {
  readonly attractiveness: number;
  readonly position: number;
  readonly trail: readonly { readonly attractiveness: number; readonly position: number }[];
}

/** True when the oldest trail point lies at least MOVEMENT_THRESHOLD away from where the account is now. */
export function hasMoved(point: Located): boolean {
  const from = point.trail[0];
  if (!from) return false;
  return (
    Math.hypot(point.attractiveness - from.attractiveness, point.position - from.position) >=
    MOVEMENT_THRESHOLD
  );
}

export interface Bubble {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly label: string;
}

export interface PlacedLabel {
  readonly id: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * Name labels next to their bubbles, greedily: bigger bubbles choose first, each label takes the
 * first of eight spots around its bubble that covers the least of the labels placed before and of
 * the other bubbles, and above all stays inside the bounds. Deterministic: the order is by radius, then id.
 */
export function placeLabels(
  bubbles: readonly Bubble[],
  bounds: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number },
  fontSize: number,
): PlacedLabel[] {
  const height = fontSize + 2;
  const discs: Rect[] = bubbles.map((b) => ({ x0: b.x - b.r, y0: b.y - b.r, x1: b.x + b.r, y1: b.y + b.r }));
  const order = bubbles
    .map((b, i) => ({ b, i }))
    .sort((p, q) => q.b.r - p.b.r || (p.b.id < q.b.id ? -1 : p.b.id > q.b.id ? 1 : 0));
  const placed: Rect[] = [];
  const result = new Map<string, PlacedLabel>();
  for (const { b, i } of order) {
    const w = textWidth(b.label, fontSize);
    const gap = 3;
    const candidates: PlacedLabel[] = [
      { id: b.id, x: b.x + b.r + gap, y: b.y + fontSize / 2 - 1, anchor: 'start' },
      { id: b.id, x: b.x - b.r - gap, y: b.y + fontSize / 2 - 1, anchor: 'end' },
      { id: b.id, x: b.x, y: b.y - b.r - gap - 1, anchor: 'middle' },
      { id: b.id, x: b.x, y: b.y + b.r + gap + fontSize - 1, anchor: 'middle' },
      { id: b.id, x: b.x + b.r * 0.7 + gap, y: b.y - b.r * 0.7 - gap, anchor: 'start' },
      { id: b.id, x: b.x + b.r * 0.7 + gap, y: b.y + b.r * 0.7 + fontSize, anchor: 'start' },
      { id: b.id, x: b.x - b.r * 0.7 - gap, y: b.y - b.r * 0.7 - gap, anchor: 'end' },
      { id: b.id, x: b.x - b.r * 0.7 - gap, y: b.y + b.r * 0.7 + fontSize, anchor: 'end' },
    ];
    let best: { label: PlacedLabel; rect: Rect; cost: number } | undefined;
    for (const label of candidates) {
      const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
      const rect = { x0, y0: label.y - fontSize + 1, x1: x0 + w, y1: label.y - fontSize + 1 + height };
      const inside = overlap(rect, { x0: bounds.left, y0: bounds.top, x1: bounds.right, y1: bounds.bottom });
      // A label cut off at the edge is worse than one that overlaps.
      let cost = (w * height - inside) * 20;
      for (const other of placed) cost += overlap(rect, other) * 2;
      discs.forEach((disc, j) => {
        if (j !== i) cost += overlap(rect, disc);
      });
      if (!best || cost < best.cost) best = { label, rect, cost };
      if (cost === 0) break;
    }
    placed.push(best!.rect);
    result.set(b.id, best!.label);
  }
  return bubbles.map((b) => result.get(b.id)!);
}

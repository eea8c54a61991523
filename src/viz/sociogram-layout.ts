import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import { seededRandom } from './random.js';

export interface LayoutNode {
  readonly id: string;
  readonly radius: number;
}

export interface LayoutLink {
  readonly fromId: string;
  readonly toId: string;
  /** 1 weak … 3 strong. */
  readonly strength: number;
  /** Positive ties pull people together; conflicts only keep a loose distance. */
  readonly attracts: boolean;
}

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Room kept around a node for its name below it and its badges above it. */
export interface NodeMargin {
  readonly side: number;
  readonly above: number;
  readonly below: number;
}

/** Enough for a few dozen people to settle; the layout runs synchronously, without timers. */
export const SOCIOGRAM_TICKS = 300;
const MAX_SPREAD = 2.5;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface SimNode extends SimulationNodeDatum {
  readonly id: string;
  readonly radius: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  readonly link: LayoutLink;
}

/**
 * Places the people with a seeded force simulation (the same input and seed give the same
 * positions) and fits the result into `area`, so nobody, badge or name falls outside the frame.
 */
export function layoutSociogram(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  area: Area,
  seed: number,
  margin: NodeMargin,
): Map<string, Point> {
  const random = seededRandom(seed);
  // A sunflower spiral with a little seeded jitter: deterministic, and no two people start on top of each other.
  const simNodes: SimNode[] = nodes.map((n, i) => {
    const r = 30 * Math.sqrt(i + 0.5);
    const angle = i * GOLDEN_ANGLE + random() * 0.3;
    return { id: n.id, radius: n.radius, x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
  const known = new Set(nodes.map((n) => n.id));
  const simLinks: SimLink[] = links
    .filter((l) => known.has(l.fromId) && known.has(l.toId))
    .map((link) => ({ source: link.fromId, target: link.toId, link }));

  const wide = area.width / Math.max(1, area.height);
  const simulation = forceSimulation<SimNode>(simNodes)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimLink>(simLinks)
        .id((d) => d.id)
        // Stronger ties pull closer; a conflict only keeps the two at a loose distance.
        .distance(({ link }) => (link.attracts ? 130 - 20 * link.strength : 190))
        .strength(({ link }) => (link.attracts ? 0.15 + 0.1 * link.strength : 0.05)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-320).distanceMax(500))
    .force(
      'collide',
      forceCollide<SimNode>()
        .radius((d) => d.radius + margin.side / 2)
        .iterations(2),
    )
    // Pull towards the middle, more along the short side, so the network takes the frame's shape.
    .force('x', forceX<SimNode>(0).strength(0.05 * Math.min(1, 1 / wide)))
    .force('y', forceY<SimNode>(0).strength(0.05 * Math.min(1, wide)))
    .stop();
  simulation.tick(SOCIOGRAM_TICKS);

  return fitInto(simNodes, area, margin);
}

/**
 * Scales the positions to fill `area` (spreading a small network at most `MAX_SPREAD`×, so three
 * people do not fly to the corners), centres them, then clamps each node inside.
 */
function fitInto(nodes: readonly SimNode[], area: Area, margin: NodeMargin): Map<string, Point> {
  const placed = new Map<string, Point>();
  if (nodes.length === 0) return placed;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  const maxRadius = Math.max(...nodes.map((n) => n.radius));
  const innerWidth = Math.max(0, area.width - 2 * Math.max(margin.side, maxRadius));
  const innerHeight = Math.max(0, area.height - margin.above - margin.below - 2 * maxRadius);
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(
    MAX_SPREAD,
    spanX > 0 ? innerWidth / spanX : MAX_SPREAD,
    spanY > 0 ? innerHeight / spanY : MAX_SPREAD,
  );
  const centreX = area.x + area.width / 2;
  const centreY = area.y + margin.above + maxRadius + innerHeight / 2;
  for (const n of nodes) {
    const x = centreX + ((n.x ?? 0) - (minX + maxX) / 2) * scale;
    const y = centreY + ((n.y ?? 0) - (minY + maxY) / 2) * scale;
    placed.set(n.id, {
      x: round(
        clamp(
          x,
          area.x + Math.max(margin.side, n.radius),
          area.x + area.width - Math.max(margin.side, n.radius),
        ),
      ),
      y: round(clamp(y, area.y + margin.above + n.radius, area.y + area.height - margin.below - n.radius)),
    });
  }
  return placed;
}

function clamp(value: number, low: number, high: number): number {
  return low > high ? (low + high) / 2 : Math.min(high, Math.max(low, value));
}

/** Two decimals are plenty on screen and keep the SVG short and stable. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

import type { DeciderPath } from '../core/analysis/sociogram.js';
import type { SocialTie } from '../core/analysis/social-ties.js';
import type { RelationshipKind } from '../core/model/index.js';
import type { Group, SvgRoot } from './frame.js';
import type { Point } from './sociogram-layout.js';
import { MUTED, OVERDUE_COLOUR } from './palette.js';

/**
 * How each kind of tie is drawn. Kind is never colour alone: every kind has its own dash pattern
 * and end marker. `reports_to` is drawn, but faint: supportive paths may run along a reporting line
 * (a manager passes our case on), so hiding it would break a highlighted path; faint, because the
 * hierarchy is the org chart's subject and the sociogram's is the informal network.
 */
export interface TieStyle {
  readonly colour: string;
  readonly dash: string | null;
  readonly marker: 'arrow' | 'chevron' | null;
  readonly widthFactor: number;
  readonly opacity: number;
}

export const TIE_STYLE: Readonly<Record<RelationshipKind, TieStyle>> = {
  influences: { colour: '#525252', dash: null, marker: 'arrow', widthFactor: 1, opacity: 0.9 },
  trusts: { colour: '#4575b4', dash: '7 4', marker: 'arrow', widthFactor: 1, opacity: 0.9 },
  mentors: { colour: '#762a83', dash: '9 3 2 3', marker: 'chevron', widthFactor: 1, opacity: 0.9 },
  // Friendship is mutual: no arrow.
  friends: { colour: '#35978f', dash: '2 3', marker: null, widthFactor: 1, opacity: 0.9 },
  // Conflicts also get a cross at their middle.
  conflicts: { colour: OVERDUE_COLOUR, dash: null, marker: null, widthFactor: 1.2, opacity: 1 },
  reports_to: { colour: MUTED, dash: '3 3', marker: 'chevron', widthFactor: 0.6, opacity: 0.5 },
};

/** Order of the kinds in the legend: the informal ties first, the faint reporting line last. */
export const LEGEND_KINDS: readonly RelationshipKind[] = [
  'influences',
  'trusts',
  'mentors',
  'friends',
  'conflicts',
  'reports_to',
];

export const PATH_COLOUR = '#fdd835';

export function strokeWidth(kind: RelationshipKind, strength: number): number {
  return Math.round((0.4 + 1.1 * strength) * TIE_STYLE[kind].widthFactor * 10) / 10;
}

/** Identifies a tie: its relationship record, or the reporting line taken from a contact's field. */
export function tieKey(tie: { relationshipId?: string; fromId: string; toId: string }): string {
  return tie.relationshipId ?? `line:${tie.fromId}>${tie.toId}`;
}

/** The ties the found supportive paths run along. A hop may follow its tie against the tie's direction. */
export function pathTieKeys(paths: readonly DeciderPath[]): Set<string> {
  const keys = new Set<string>();
  for (const path of paths) {
    if (!path.found) continue;
    for (const hop of path.hops) {
      const [fromId, toId] = hop.reversed ? [hop.toId, hop.fromId] : [hop.fromId, hop.toId];
      keys.add(
        tieKey({
          ...(hop.relationshipId !== undefined && { relationshipId: hop.relationshipId }),
          fromId,
          toId,
        }),
      );
    }
  }
  return keys;
}

/** The people on the found supportive paths, the deciders included. */
export function pathContactIds(paths: readonly DeciderPath[]): Set<string> {
  return new Set(paths.flatMap((p) => (p.found ? p.contactIds : [])));
}

/** Marker ids are per render (derived from the frame's unique title id), so two views on a page never share one. */
export function markerId(prefix: string, kind: RelationshipKind): string {
  return `${prefix}-end-${kind}`;
}

export function defineMarkers(svg: SvgRoot, prefix: string): void {
  const defs = svg.insert('defs', ':first-child');
  for (const kind of LEGEND_KINDS) {
    const style = TIE_STYLE[kind];
    if (!style.marker) continue;
    const marker = defs
      .append('marker')
      .attr('id', markerId(prefix, kind))
      .attr('viewBox', '0 -5 10 10')
      .attr('refX', 9)
      .attr('refY', 0)
      .attr('markerWidth', 5)
      .attr('markerHeight', 5)
      .attr('orient', 'auto');
    if (style.marker === 'arrow') {
      marker.append('path').attr('d', 'M0,-5L10,0L0,5Z').attr('fill', style.colour);
    } else {
      marker
        .append('path')
        .attr('d', 'M1,-4L9,0L1,4')
        .attr('fill', 'none')
        .attr('stroke', style.colour)
        .attr('stroke-width', 2);
    }
  }
}

export interface TieGeometry {
  readonly d: string;
  /** Middle of the curve, where a conflict's cross sits. */
  readonly mid: Point;
}

const PARALLEL_SPACING = 22;

/**
 * Curves for all ties: a single tie between two people is straight, several are fanned out so each
 * stays visible. Ends stop at the circles' edges, so arrowheads are not hidden under a node.
 */
export function tieGeometry(
  ties: readonly SocialTie[],
  at: ReadonlyMap<string, Point>,
  radiusOf: (id: string) => number,
): Map<string, TieGeometry> {
  const byPair = new Map<string, SocialTie[]>();
  for (const tie of ties) {
    const pair = tie.fromId < tie.toId ? `${tie.fromId}\u0000${tie.toId}` : `${tie.toId}\u0000${tie.fromId}`;
    let list = byPair.get(pair);
    if (!list) byPair.set(pair, (list = []));
    list.push(tie);
  }
  const shapes = new Map<string, TieGeometry>();
  for (const list of byPair.values()) {
    list.forEach((tie, i) => {
      const from = at.get(tie.fromId);
      const to = at.get(tie.toId);
      if (!from || !to) return;
      // The normal of the pair's canonical direction, so opposite ties fan out to different sides.
      const [a, b] = tie.fromId < tie.toId ? [from, to] : [to, from];
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
      const offset = (i - (list.length - 1) / 2) * PARALLEL_SPACING;
      const control = {
        x: (from.x + to.x) / 2 + normal.x * offset * 2,
        y: (from.y + to.y) / 2 + normal.y * offset * 2,
      };
      const start = towards(from, control, radiusOf(tie.fromId));
      const end = towards(to, control, radiusOf(tie.toId) + 2);
      const mid = {
        x: r2(0.25 * start.x + 0.5 * control.x + 0.25 * end.x),
        y: r2(0.25 * start.y + 0.5 * control.y + 0.25 * end.y),
      };
      const d =
        offset === 0
          ? `M${r2(start.x)},${r2(start.y)}L${r2(end.x)},${r2(end.y)}`
          : `M${r2(start.x)},${r2(start.y)}Q${r2(control.x)},${r2(control.y)} ${r2(end.x)},${r2(end.y)}`;
      shapes.set(tieKey(tie), { d, mid });
    });
  }
  return shapes;
}

/** The point `distance` away from `point` in the direction of `target`. */
function towards(point: Point, target: Point, distance: number): Point {
  const length = Math.hypot(target.x - point.x, target.y - point.y);
  if (length === 0) return point;
  return {
    x: point.x + ((target.x - point.x) / length) * distance,
    y: point.y + ((target.y - point.y) / length) * distance,
  };
}

function r2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A sample line of one kind (for the legend), `length` wide, starting at (x, y). */
export function drawTieSample(
  parent: Group,
  kind: RelationshipKind,
  prefix: string,
  x: number,
  y: number,
  length: number,
): void {
  const style = TIE_STYLE[kind];
  const line = parent
    .append('path')
    .attr('class', `kam-edge-sample kam-edge-sample--${kind}`)
    .attr('d', `M${x},${y}L${x + length},${y}`)
    .attr('stroke', style.colour)
    .attr('stroke-width', strokeWidth(kind, 2))
    .attr('stroke-opacity', style.opacity)
    .attr('fill', 'none');
  if (style.dash) line.attr('stroke-dasharray', style.dash);
  if (style.marker) line.attr('marker-end', `url(#${markerId(prefix, kind)})`);
  if (kind === 'conflicts') drawConflictCross(parent, { x: x + length / 2, y });
}

/** The cross on a conflict line: conflicts stay recognisable without their colour. */
export function drawConflictCross(parent: Group, at: Point): void {
  const s = 4;
  parent
    .append('path')
    .attr('class', 'kam-conflict-mark')
    .attr(
      'd',
      `M${at.x - s},${at.y - s}L${at.x + s},${at.y + s}M${at.x - s},${at.y + s}L${at.x + s},${at.y - s}`,
    )
    .attr('stroke', OVERDUE_COLOUR)
    .attr('stroke-width', 2.2)
    .attr('fill', 'none');
}

import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { ScoringModel } from '../core/scoring/index.js';
import type { Group } from './frame.js';
import { focusable } from './frame.js';
import { INK, TIER_COLOUR } from './palette.js';
import { hasMoved, revenueBand } from './portfolio-layout.js';
import type { PortfolioPoint } from './portfolio-matrix.js';

/** The marks of the portfolio matrix: account bubbles and their movement arrows. */

export const TIER_TEXT: Readonly<Record<PortfolioPoint['tier'], string>> = { A: '#ffffff', B: INK, C: INK };
const MOVEMENT_COLOUR = '#525252';
const round = (v: number) => Math.round(v * 10) / 10;

export interface PlacedBubble {
  readonly account: PortfolioPoint;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** The arrow from the oldest trail point to where the account is now. */
export function drawMovement(
  parent: Group,
  b: PlacedBubble,
  x: (v: number) => number,
  y: (v: number) => number,
): void {
  const from = b.account.trail[0]!;
  const fx = x(from.position);
  const fy = y(from.attractiveness);
  const length = Math.hypot(b.x - fx, b.y - fy);
  const g = parent.append('g').attr('class', 'kam-movement').attr('data-id', b.account.id);
  g.append('circle')
    .attr('class', 'kam-trail-origin')
    .attr('cx', round(fx))
    .attr('cy', round(fy))
    .attr('r', 2.5)
    .attr('fill', 'none')
    .attr('stroke', MOVEMENT_COLOUR);
  // The arrow stops at the bubble's edge; a move shorter than the bubble shows only the tail.
  if (length <= b.r + 2) return;
  const ux = (b.x - fx) / length;
  const uy = (b.y - fy) / length;
  const tipX = b.x - ux * (b.r + 1);
  const tipY = b.y - uy * (b.r + 1);
  const head = 6;
  const baseX = tipX - ux * head;
  const baseY = tipY - uy * head;
  g.append('line')
    .attr('x1', round(fx))
    .attr('y1', round(fy))
    .attr('x2', round(baseX))
    .attr('y2', round(baseY))
    .attr('stroke', MOVEMENT_COLOUR)
    .attr('stroke-width', 1.5);
  g.append('polygon')
    .attr(
      'points',
      [
        [tipX, tipY],
        [baseX - uy * head * 0.5, baseY + ux * head * 0.5],
        [baseX + uy * head * 0.5, baseY - ux * head * 0.5],
      ]
        .map(([px, py]) => `${round(px!)},${round(py!)}`)
        .join(' '),
    )
    .attr('fill', MOVEMENT_COLOUR);
}

/** The account's bubble: sized by revenue band, coloured and lettered by tier, selectable. */
export function drawBubble(
  parent: Group,
  b: PlacedBubble,
  quadrants: ScoringModel['quadrants'],
  lang: Lang,
  onSelect: ((id: string) => void) | undefined,
): void {
  const a = b.account;
  const band = revenueBand(a.revenue);
  const g = parent
    .append('g')
    .datum(a)
    .attr('class', `kam-account kam-tier--${a.tier} kam-band--${band}`)
    .attr('data-id', a.id);
  g.append('circle')
    .attr('class', 'kam-bubble')
    .attr('cx', b.x)
    .attr('cy', b.y)
    .attr('r', b.r)
    .attr('fill', TIER_COLOUR[a.tier])
    .attr('stroke', INK)
    .attr('stroke-width', 1);
  g.append('text')
    .attr('class', 'kam-tier')
    .attr('x', b.x)
    .attr('y', round(b.y + Math.min(14, Math.max(9, b.r)) * 0.36))
    .attr('text-anchor', 'middle')
    .attr('font-size', Math.min(14, Math.max(9, b.r)))
    .attr('font-weight', 'bold')
    .attr('fill', TIER_TEXT[a.tier])
    .text(a.tier);
  focusable(
    g,
    (p) => accountLabel(p, quadrants, lang),
    (p) => p.id,
    onSelect,
  );
}

function accountLabel(a: PortfolioPoint, quadrants: ScoringModel['quadrants'], lang: Lang): string {
  const label = t('viz.portfolio.accountLabel', lang, {
    name: a.name,
    tier: a.tier,
    score: a.score,
    quadrant: { text: quadrants[a.quadrant].label },
    attractiveness: a.attractiveness,
    position: a.position,
    revenue: { money: a.revenue, currency: a.currency },
  });
  const from = a.trail[0];
  if (!from || !hasMoved(a)) return label;
  return `${label}; ${t('viz.portfolio.moved', lang, {
    date: { date: from.scoredAt },
    attractiveness: from.attractiveness,
    position: from.position,
  })}`;
}

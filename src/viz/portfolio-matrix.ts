import { scaleLinear } from 'd3';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { QuadrantId, ScoringModel, Tier } from '../core/scoring/index.js';
import { QUADRANTS } from '../core/scoring/values.js';
import { emptyMessage, fittedText, wrappedText } from './fitted-text.js';
import { LEGEND_ROW_HEIGHT } from './flow-legend.js';
import type { Group } from './frame.js';
import { frameSize, prepareFrame } from './frame.js';
import { INK, MUTED, QUADRANT_COLOUR } from './palette.js';
import {
  baseRadius,
  bubbleRadius,
  hasMoved,
  largestRadius,
  placeLabels,
  revenueBand,
} from './portfolio-layout.js';
import { bandLegendHeight, drawLegend } from './portfolio-legend.js';
import { drawBubble, drawMovement } from './portfolio-marks.js';
import type { Renderer } from './types.js';

/** One account in the manager's portfolio. */
export interface PortfolioPoint {
  readonly id: string;
  readonly name: string;
  /** 0–100. */
  readonly attractiveness: number;
  readonly position: number;
  readonly score: number;
  readonly tier: Tier;
  readonly quadrant: QuadrantId;
  /** Our current yearly revenue with the account. */
  readonly revenue: number;
  readonly currency: string;
  /** Earlier positions from the score history, oldest first (may be empty). */
  readonly trail: readonly {
    readonly scoredAt: string;
    readonly attractiveness: number;
    readonly position: number;
  }[];
}

export interface PortfolioMatrixData {
  readonly accounts: readonly PortfolioPoint[];
  /** Axis values at which the quadrants split (ScoringModel.quadrantSplit). */
  readonly split: { readonly attractiveness: number; readonly position: number };
  readonly quadrants: ScoringModel['quadrants'];
}

const PAD = 10;
const AXIS_LEFT = 44;
const AXIS_BOTTOM = 36;
const NAME_FONT = 10;
const NAME_CHARS = 24;

/** Where each quadrant sits: high attractiveness at the top, strong position on the right. */
const QUADRANT_CORNER: Readonly<Record<QuadrantId, { readonly top: boolean; readonly right: boolean }>> = {
  invest: { top: true, right: true },
  develop: { top: true, right: false },
  maintain: { top: false, right: true },
  reduce: { top: false, right: false },
};

export const renderPortfolioMatrix: Renderer<PortfolioMatrixData> = (svg, data, options) => {
  const { lang } = options;
  const accounts = [...data.accounts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const size = frameSize(svg, options, { width: 760, height: 580 });
  const frame = prepareFrame(svg, 'portfolio', size, {
    title: t('viz.portfolio.title', lang),
    description: t('viz.portfolio.description', lang, {
      count: accounts.length,
      moved: accounts.filter(hasMoved).length,
    }),
  });
  const { root, width, height } = frame;
  if (accounts.length === 0) {
    emptyMessage(root, t('viz.empty', lang), { x: width / 2, y: height / 2, width: width - 2 * PAD });
    return { width, height };
  }

  // Bubbles get their size from the room there is; the biggest must fit inside the plot's edges.
  const base = baseRadius(width - 2 * PAD - AXIS_LEFT, height - 2 * PAD - AXIS_BOTTOM - 80);
  const inset = largestRadius(base) + 2;
  const legendHeight = bandLegendHeight(base) + LEGEND_ROW_HEIGHT + 4;
  const plot = {
    left: PAD + AXIS_LEFT,
    right: width - PAD,
    top: PAD,
    bottom: height - PAD - AXIS_BOTTOM - legendHeight,
  };
  const x = scaleLinear()
    .domain([0, 100])
    .range([plot.left + inset, plot.right - inset]);
  const y = scaleLinear()
    .domain([0, 100])
    .range([plot.bottom - inset, plot.top + inset]);
  const sx = x(data.split.position);
  const sy = y(data.split.attractiveness);

  for (const id of QUADRANTS) drawQuadrant(root, id, data.quadrants[id], plot, { x: sx, y: sy }, lang);
  drawAxes(root, plot, x, y, lang);
  const splits = root.append('g').attr('class', 'kam-splits');
  splits
    .append('line')
    .attr('class', 'kam-split kam-split--attractiveness')
    .attr('x1', plot.left)
    .attr('x2', plot.right)
    .attr('y1', sy)
    .attr('y2', sy);
  splits
    .append('line')
    .attr('class', 'kam-split kam-split--position')
    .attr('x1', sx)
    .attr('x2', sx)
    .attr('y1', plot.top)
    .attr('y2', plot.bottom);
  splits.selectAll('line').attr('stroke', MUTED).attr('stroke-dasharray', '6 4').attr('stroke-width', 1.5);

  const bubbles = accounts.map((a) => ({
    account: a,
    x: round(x(a.position)),
    y: round(y(a.attractiveness)),
    r: bubbleRadius(revenueBand(a.revenue), base),
  }));

  const movements = root.append('g').attr('class', 'kam-movements');
  for (const b of bubbles) if (hasMoved(b.account)) drawMovement(movements, b, x, y);

  const marks = root.append('g').attr('class', 'kam-accounts');
  // Big bubbles first, so that small ones stay visible on top of them.
  for (const b of [...bubbles].sort((p, q) => q.r - p.r))
    drawBubble(marks, b, data.quadrants, lang, options.onSelect);

  const names = root.append('g').attr('class', 'kam-account-names').attr('aria-hidden', 'true');
  const labelWidth = NAME_CHARS * NAME_FONT * 0.6;
  const placed = placeLabels(
    bubbles.map((b) => ({
      id: b.account.id,
      x: b.x,
      y: b.y,
      r: b.r,
      label: b.account.name.slice(0, NAME_CHARS),
    })),
    plot,
    NAME_FONT,
  );
  placed.forEach((p, i) => {
    fittedText(names, bubbles[i]!.account.name, {
      x: round(p.x),
      y: round(p.y),
      width: labelWidth,
      fontSize: NAME_FONT,
      className: 'kam-account-name',
      anchor: p.anchor,
      fill: INK,
    }).attr('data-id', p.id);
  });

  drawLegend(root, accounts, base, { x: PAD, y: height - PAD - legendHeight, width: width - 2 * PAD }, lang);
  return { width, height };
};

interface Plot {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function drawQuadrant(
  root: Group,
  id: QuadrantId,
  text: ScoringModel['quadrants'][QuadrantId],
  plot: Plot,
  split: { readonly x: number; readonly y: number },
  lang: Lang,
): void {
  const corner = QUADRANT_CORNER[id];
  const x0 = corner.right ? split.x : plot.left;
  const x1 = corner.right ? plot.right : split.x;
  const y0 = corner.top ? plot.top : split.y;
  const y1 = corner.top ? split.y : plot.bottom;
  const g = root.append('g').attr('class', `kam-quadrant kam-quadrant--${id}`).attr('data-quadrant', id);
  g.append('rect')
    .attr('x', x0)
    .attr('y', y0)
    .attr('width', Math.max(0, x1 - x0))
    .attr('height', Math.max(0, y1 - y0))
    .attr('fill', QUADRANT_COLOUR[id]);
  const inner = Math.max(0, x1 - x0 - 12);
  const tx = corner.right ? x1 - 6 : x0 + 6;
  const anchor = corner.right ? 'end' : 'start';
  // Text sits in the outer corner: the middle of the matrix, where most accounts are, stays free.
  const labelY = corner.top ? y0 + 16 : y1 - 36;
  fittedText(g, text.label[lang], {
    x: tx,
    y: labelY,
    width: inner,
    fontSize: 13,
    className: 'kam-quadrant-label',
    anchor,
    bold: true,
    fill: INK,
  });
  wrappedText(g, text.strategy[lang], {
    x: tx,
    y: labelY + 14,
    width: Math.min(inner, 280),
    fontSize: 10,
    className: 'kam-quadrant-strategy',
    anchor,
    fill: MUTED,
    maxLines: 2,
  });
}

function drawAxes(
  root: Group,
  plot: Plot,
  x: (v: number) => number,
  y: (v: number) => number,
  lang: Lang,
): void {
  const axes = root.append('g').attr('class', 'kam-axes').attr('font-size', 10).attr('fill', MUTED);
  axes
    .append('rect')
    .attr('x', plot.left)
    .attr('y', plot.top)
    .attr('width', plot.right - plot.left)
    .attr('height', plot.bottom - plot.top)
    .attr('fill', 'none')
    .attr('stroke', MUTED);
  for (const v of [0, 25, 50, 75, 100]) {
    axes
      .append('text')
      .attr('x', x(v))
      .attr('y', plot.bottom + 14)
      .attr('text-anchor', 'middle')
      .text(String(v));
    axes
      .append('text')
      .attr('x', plot.left - 6)
      .attr('y', y(v) + 3)
      .attr('text-anchor', 'end')
      .text(String(v));
  }
  axes
    .append('text')
    .attr('class', 'kam-axis-title kam-axis-title--position')
    .attr('x', (plot.left + plot.right) / 2)
    .attr('y', plot.bottom + 30)
    .attr('text-anchor', 'middle')
    .attr('font-size', 12)
    .attr('fill', INK)
    .text(`${t('term.position', lang)} →`);
  const cy = (plot.top + plot.bottom) / 2;
  axes
    .append('text')
    .attr('class', 'kam-axis-title kam-axis-title--attractiveness')
    .attr('x', PAD + 8)
    .attr('y', cy)
    .attr('transform', `rotate(-90 ${PAD + 8} ${round(cy)})`)
    .attr('text-anchor', 'middle')
    .attr('font-size', 12)
    .attr('fill', INK)
    .text(`${t('term.attractiveness', lang)} →`);
}

const round = (v: number) => Math.round(v * 10) / 10;

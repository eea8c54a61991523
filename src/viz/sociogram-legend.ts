import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { Group } from './frame.js';
import { INK } from './palette.js';
import { drawAttitudeLegend, LEGEND_ROW } from './people-marks.js';
import { BLOCKER_GLYPH, CHAMPION_GLYPH, HIDDEN_COLOUR, HIDDEN_GLYPH } from './sociogram-nodes.js';
import { drawTieSample, LEGEND_KINDS, PATH_COLOUR } from './sociogram-edges.js';

const COLUMN_WIDTH = 200;
const PADDING = 8;
/** Heading plus rows of each block: ties (kinds and the width note), attitude scale, markers. */
const BLOCK_ROWS = [LEGEND_KINDS.length + 2, 7, 6] as const;

/** Where the legend's three blocks go: side by side when the frame is wide enough, else stacked. */
function legendBlocks(width: number): { blocks: { x: number; y: number }[]; height: number } {
  const positions: { x: number; y: number }[] = [];
  let x = PADDING;
  let y = 0;
  let lineHeight = 0;
  for (const rows of BLOCK_ROWS) {
    const height = rows * LEGEND_ROW;
    if (x > PADDING && x + COLUMN_WIDTH > width) {
      x = PADDING;
      y += lineHeight + PADDING;
      lineHeight = 0;
    }
    positions.push({ x, y });
    x += COLUMN_WIDTH;
    lineHeight = Math.max(lineHeight, height);
  }
  return { blocks: positions, height: y + lineHeight + PADDING };
}

/** Height the legend takes at this width. */
export function legendHeight(width: number): number {
  return legendBlocks(width).height;
}

/** The legend (kinds of tie, attitude scale, markers), its top-left at (0, top) of `parent`. */
export function drawSociogramLegend(
  parent: Group,
  lang: Lang,
  width: number,
  top: number,
  prefix: string,
): void {
  const [ties, attitude, markers] = legendBlocks(width).blocks;
  const legend = parent
    .append('g')
    .attr('class', 'kam-legend')
    .attr('aria-label', t('viz.legend', lang))
    .attr('transform', `translate(0,${top})`);

  const tieBlock = legend.append('g').attr('transform', `translate(${ties!.x},${ties!.y})`);
  heading(tieBlock, t('viz.sociogram.legend.ties', lang));
  LEGEND_KINDS.forEach((kind, i) => {
    const y = LEGEND_ROW * (i + 1) + 8;
    drawTieSample(tieBlock, kind, prefix, 0, y, 32);
    label(tieBlock, 42, y, t(`relationship.${kind}`, lang));
  });
  label(tieBlock, 0, LEGEND_ROW * (LEGEND_KINDS.length + 1) + 8, t('viz.sociogram.legend.strength', lang));

  drawAttitudeLegend(legend, lang, attitude!.x, attitude!.y, t('viz.sociogram.legend.attitude', lang));

  const markerBlock = legend.append('g').attr('transform', `translate(${markers!.x},${markers!.y})`);
  heading(markerBlock, t('viz.sociogram.legend.markers', lang));
  const row = (i: number) => LEGEND_ROW * (i + 1) + 8;
  markerBlock
    .append('path')
    .attr('d', `M0,${row(0)}L32,${row(0)}`)
    .attr('stroke', PATH_COLOUR)
    .attr('stroke-width', 7)
    .attr('stroke-linecap', 'round');
  label(markerBlock, 42, row(0), t('viz.sociogram.path', lang));
  glyph(markerBlock, row(1), CHAMPION_GLYPH, INK);
  label(markerBlock, 42, row(1), t('viz.sociogram.champion', lang));
  glyph(markerBlock, row(2), BLOCKER_GLYPH, INK);
  label(markerBlock, 42, row(2), t('viz.sociogram.blocker', lang));
  markerBlock
    .append('circle')
    .attr('cx', 16)
    .attr('cy', row(3))
    .attr('r', 6)
    .attr('fill', 'none')
    .attr('stroke', HIDDEN_COLOUR)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '2 2');
  glyph(markerBlock, row(3), HIDDEN_GLYPH, HIDDEN_COLOUR, 9);
  label(markerBlock, 42, row(3), t('viz.sociogram.hiddenInfluencer', lang))
    .attr('class', 'kam-legend-hidden-influencer')
    .append('title')
    .text(t('viz.sociogram.hiddenInfluencerHint', lang));
  markerBlock
    .append('circle')
    .attr('cx', 16)
    .attr('cy', row(4))
    .attr('r', 6)
    .attr('fill', '#ffffff')
    .attr('stroke', INK)
    .attr('stroke-dasharray', '3 2');
  label(markerBlock, 42, row(4), t('viz.sociogram.legend.unrated', lang));
}

function heading(block: Group, text: string): void {
  block.append('text').attr('class', 'kam-legend-heading').attr('font-weight', 700).attr('y', 10).text(text);
}

function label(block: Group, x: number, y: number, text: string) {
  return block.append('text').attr('x', x).attr('y', y).attr('dominant-baseline', 'central').text(text);
}

function glyph(block: Group, y: number, text: string, colour: string, size = 13): void {
  block
    .append('text')
    .attr('x', 16)
    .attr('text-anchor', 'middle')
    .attr('y', y)
    .attr('dominant-baseline', 'central')
    .attr('font-size', size)
    .attr('fill', colour)
    .text(text);
}

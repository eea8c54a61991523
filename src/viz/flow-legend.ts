import type { Group } from './frame.js';
import { textWidth } from './label-layout.js';
import { INK } from './palette.js';

/** One legend entry: a swatch drawn into a 12 × 12 box at (x, y − 6) and its text. */
export interface LegendItem {
  readonly className?: string;
  readonly swatch: (g: Group, x: number, y: number) => void;
  readonly text: string;
}

const SWATCH = 12;
const FONT = 11;
const ROW = 18;
const SPACING = 14;

/** Rows the items need at `width`, for views that size themselves to their content. */
export function legendRows(texts: readonly string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const text of texts) {
    const w = SWATCH + 4 + textWidth(text, FONT);
    if (x > 0 && x + w > width) {
      rows += 1;
      x = 0;
    }
    x += w + SPACING;
  }
  return rows;
}

export const LEGEND_ROW_HEIGHT = ROW;

/**
 * The legend as a flowing line of entries, wrapped at `width`. It repeats what the marks already
 * say in words, so assistive technology skips it.
 */
export function flowLegend(
  parent: Group,
  items: readonly LegendItem[],
  box: { readonly x: number; readonly y: number; readonly width: number },
): Group {
  const legend = parent.append('g').attr('class', 'kam-legend').attr('aria-hidden', 'true');
  let x = box.x;
  let y = box.y + ROW / 2;
  for (const item of items) {
    const w = SWATCH + 4 + textWidth(item.text, FONT);
    if (x > box.x && x + w > box.x + box.width) {
      x = box.x;
      y += ROW;
    }
    const g = legend.append('g').attr('class', `kam-legend-item ${item.className ?? ''}`.trim());
    item.swatch(g, x, y);
    g.append('text')
      .attr('x', x + SWATCH + 4)
      .attr('y', y + 4)
      .attr('font-size', FONT)
      .attr('fill', INK)
      .text(item.text);
    x += w + SPACING;
  }
  return legend;
}

/** A filled square swatch. */
export function squareSwatch(
  fill: string,
  style: { readonly opacity?: number; readonly stroke?: string; readonly dash?: string } = {},
): LegendItem['swatch'] {
  return (g, x, y) => {
    g.append('rect')
      .attr('x', x)
      .attr('y', y - SWATCH / 2)
      .attr('width', SWATCH)
      .attr('height', SWATCH)
      .attr('fill', fill)
      .attr('fill-opacity', style.opacity ?? 1)
      .attr('stroke', style.stroke ?? 'none')
      .attr('stroke-dasharray', style.dash ?? null);
  };
}

/** A swatch that is a glyph (★, !, A). */
export function glyphSwatch(glyph: string, fontSize = FONT): LegendItem['swatch'] {
  return (g, x, y) => {
    g.append('text')
      .attr('x', x + SWATCH / 2)
      .attr('y', y + 4)
      .attr('text-anchor', 'middle')
      .attr('font-size', fontSize)
      .attr('fill', INK)
      .text(glyph);
  };
}

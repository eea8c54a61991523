import type { Lang } from '../core/i18n/index.js';
import { formatMoney, formatNumber, t } from '../core/i18n/index.js';
import { flowLegend, glyphSwatch } from './flow-legend.js';
import type { Group } from './frame.js';
import { textWidth } from './label-layout.js';
import { INK, TIER_COLOUR } from './palette.js';
import type { RevenueBand } from './portfolio-layout.js';
import { bubbleRadius, largestRadius, REVENUE_BAND_LIMITS } from './portfolio-layout.js';
import { TIER_TEXT } from './portfolio-marks.js';
import type { PortfolioPoint } from './portfolio-matrix.js';

/** Height of the row of revenue bands: circles in their real size. */
export function bandLegendHeight(base: number): number {
  return 2 * largestRadius(base) + 6;
}

/** Revenue bands as circles of their real size, then tiers and the movement arrow. */
export function drawLegend(
  root: Group,
  accounts: readonly PortfolioPoint[],
  base: number,
  box: { readonly x: number; readonly y: number; readonly width: number },
  lang: Lang,
): void {
  const currencies = new Set(accounts.map((a) => a.currency));
  const currency = currencies.size === 1 ? [...currencies][0] : undefined;
  const amount = (v: number) => (currency ? formatMoney(v, lang, currency) : formatNumber(v, lang));
  const [first, second, third] = REVENUE_BAND_LIMITS;
  const bands: readonly [RevenueBand, string][] = [
    [0, t('viz.portfolio.bandBelow', lang, { upper: amount(first) })],
    [1, t('viz.portfolio.bandBetween', lang, { lower: amount(first), upper: amount(second) })],
    [2, t('viz.portfolio.bandBetween', lang, { lower: amount(second), upper: amount(third) })],
    [3, t('viz.portfolio.bandAbove', lang, { lower: amount(third) })],
  ];
  const legend = root.append('g').attr('class', 'kam-legend kam-band-legend').attr('aria-hidden', 'true');
  const rowY = box.y + largestRadius(base) + 2;
  const title = t('viz.portfolio.revenue', lang);
  legend
    .append('text')
    .attr('x', box.x)
    .attr('y', rowY + 4)
    .attr('font-size', 11)
    .attr('font-weight', 'bold')
    .text(`${title}:`);
  let cx = box.x + textWidth(title, 11) + 12;
  for (const [band, text] of bands) {
    const r = bubbleRadius(band, base);
    const item = legend.append('g').attr('class', `kam-legend-item kam-band--${band}`);
    item
      .append('circle')
      .attr('cx', round(cx + r))
      .attr('cy', rowY)
      .attr('r', r)
      .attr('fill', '#ffffff')
      .attr('stroke', INK);
    item
      .append('text')
      .attr('x', round(cx + 2 * r + 4))
      .attr('y', rowY + 4)
      .attr('font-size', 11)
      .text(text);
    cx += 2 * r + 4 + textWidth(text, 11) + 14;
  }
  flowLegend(
    root,
    [
      ...(['A', 'B', 'C'] as const).map((tier) => ({
        className: `kam-tier--${tier}`,
        swatch: (g: Group, x: number, y: number) => {
          g.append('circle')
            .attr('cx', x + 6)
            .attr('cy', y)
            .attr('r', 6)
            .attr('fill', TIER_COLOUR[tier]);
          g.append('text')
            .attr('x', x + 6)
            .attr('y', y + 3)
            .attr('text-anchor', 'middle')
            .attr('font-size', 8)
            .attr('fill', TIER_TEXT[tier])
            .text(tier);
        },
        text: `${t('term.tier', lang)} ${tier}`,
      })),
      { className: 'kam-legend-movement', swatch: glyphSwatch('→'), text: t('viz.portfolio.movement', lang) },
    ],
    { x: box.x, y: box.y + bandLegendHeight(base), width: box.width },
  );
}

const round = (v: number) => Math.round(v * 10) / 10;

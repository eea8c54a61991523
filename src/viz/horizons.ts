import { scaleLinear } from 'd3';
import type { HorizonAnalysis, ProductLineHorizons } from '../core/analysis/horizons.js';
import type { Lang } from '../core/i18n/index.js';
import { formatMoney, t } from '../core/i18n/index.js';
import type { Horizon } from '../core/model/index.js';
import { HORIZONS } from '../core/model/values.js';
import { emptyMessage, fittedText } from './fitted-text.js';
import type { LegendItem } from './flow-legend.js';
import { flowLegend, LEGEND_ROW_HEIGHT, legendRows, squareSwatch } from './flow-legend.js';
import type { Group } from './frame.js';
import { focusable, frameSize, prepareFrame } from './frame.js';
import { INK, MUTED } from './palette.js';
import type { Renderer } from './types.js';

/** Analyse der Verkaufschancen: potential per horizon and product line against current revenue. */
export interface HorizonsData {
  readonly horizons: HorizonAnalysis;
  readonly currency: string;
}

/** Dark to light from short to long term: the order reads in greyscale too. */
const HORIZON_COLOUR: Readonly<Record<Horizon, string>> = {
  short: '#08519c',
  medium: '#4292c6',
  long: '#9ecae1',
};
const REVENUE_COLOUR = '#525252';
/** Unweighted potential is the pale, outlined bar; the weighted part is drawn solid inside it. */
const VOLUME_OPACITY = 0.28;

const PAD = 10;
const BAR = 10;
const BAR_GAP = 2;
const ROW_GAP = 14;
const ROW = 4 * BAR + 3 * BAR_GAP + ROW_GAP;
const AXIS = 22;
const VALUE_ROOM = 78;

const headerHeight = (h: HorizonAnalysis) => 22 + (h.shareOfWallet ? 24 : 0);

export const renderHorizons: Renderer<HorizonsData> = (svg, data, options) => {
  const { lang } = options;
  const { horizons, currency } = data;
  const money = (value: number) => formatMoney(value, lang, currency);
  const legendItems = legend(horizons, lang, money);
  const naturalWidth = options.width ?? 760;
  const legendHeight =
    legendRows(
      legendItems.map((i) => i.text),
      naturalWidth - 2 * PAD,
    ) * LEGEND_ROW_HEIGHT;
  const size = frameSize(svg, options, {
    width: 760,
    height: PAD * 2 + headerHeight(horizons) + AXIS + horizons.productLines.length * ROW + legendHeight + 8,
  });
  const frame = prepareFrame(svg, 'horizons', size, {
    title: t('viz.horizons.title', lang),
    description: t('viz.horizons.description', lang, {
      year: String(horizons.revenueYear),
      volume: { money: horizons.total.volumePerYear, currency },
      weighted: { money: horizons.total.weightedVolumePerYear, currency },
      revenue: { money: horizons.currentRevenue, currency },
    }),
  });
  const { root, width, height } = frame;
  if (horizons.productLines.length === 0) {
    emptyMessage(root, t('viz.empty', lang), { x: width / 2, y: height / 2, width: width - 2 * PAD });
    return { width, height };
  }

  const header = root.append('g').attr('class', 'kam-summary');
  fittedText(
    header,
    t('viz.horizons.total', lang, {
      volume: { money: horizons.total.volumePerYear, currency },
      weighted: { money: horizons.total.weightedVolumePerYear, currency },
    }),
    { x: PAD, y: PAD + 12, width: width - 2 * PAD, fontSize: 13, className: 'kam-total', bold: true },
  );
  if (horizons.shareOfWallet) drawShareOfWallet(header, horizons.shareOfWallet, PAD + 26, width, lang, money);

  const labelWidth = Math.min(200, width * 0.28);
  const chartTop = PAD + headerHeight(horizons) + AXIS;
  const chartBottom = height - PAD - legendHeight - 8;
  const rowHeight = Math.max(20, Math.min(ROW, (chartBottom - chartTop) / horizons.productLines.length));
  const barHeight = Math.max(3, (rowHeight - ROW_GAP - 3 * BAR_GAP) / 4);
  const max = Math.max(
    1,
    ...horizons.productLines.flatMap((l) => [
      l.currentRevenue,
      ...HORIZONS.map((h) => l.byHorizon[h].volumePerYear),
    ]),
  );
  const x = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([PAD + labelWidth, width - PAD - VALUE_ROOM]);

  const axis = root.append('g').attr('class', 'kam-axis');
  for (const tick of x.ticks(4)) {
    axis
      .append('line')
      .attr('x1', x(tick))
      .attr('x2', x(tick))
      .attr('y1', chartTop - 4)
      .attr('y2', chartTop + rowHeight * horizons.productLines.length - ROW_GAP / 2)
      .attr('stroke', '#e0e0e0');
    axis
      .append('text')
      .attr('x', x(tick))
      .attr('y', chartTop - 8)
      .attr('text-anchor', 'middle')
      .attr('font-size', 10)
      .attr('fill', MUTED)
      .text(money(tick));
  }

  horizons.productLines.forEach((line, i) => {
    const top = chartTop + i * rowHeight;
    const row = root
      .append('g')
      .datum(line)
      .attr('class', 'kam-product-line')
      .attr('data-product-line', line.productLine);
    row.append('title').text(rowLabel(line, horizons.revenueYear, lang, money));
    fittedText(row, line.productLine, {
      x: PAD,
      y: top + (rowHeight - ROW_GAP) / 2 + 4,
      width: labelWidth - 8,
      fontSize: 12,
      className: 'kam-product-line-label',
    });
    const bar = (k: number, value: number, className: string, fill: string, opacity = 1) =>
      row
        .append('rect')
        .attr('class', `kam-bar ${className}`)
        .attr('x', x(0))
        .attr('y', top + k * (barHeight + BAR_GAP))
        .attr('width', Math.max(0, x(value) - x(0)))
        .attr('height', barHeight)
        .attr('fill', fill)
        .attr('fill-opacity', opacity);
    const value = (k: number, amount: number) => {
      if (amount <= 0) return;
      row
        .append('text')
        .attr('class', 'kam-value')
        .attr('x', x(amount) + 4)
        .attr('y', top + k * (barHeight + BAR_GAP) + barHeight / 2 + 3.5)
        .attr('font-size', Math.min(10, barHeight + 1))
        .attr('fill', INK)
        .text(money(amount));
    };
    bar(0, line.currentRevenue, 'kam-bar--current', REVENUE_COLOUR);
    value(0, line.currentRevenue);
    HORIZONS.forEach((h, j) => {
      const sum = line.byHorizon[h];
      bar(
        j + 1,
        sum.volumePerYear,
        `kam-bar--volume kam-horizon--${h}`,
        HORIZON_COLOUR[h],
        VOLUME_OPACITY,
      ).attr('stroke', sum.volumePerYear > 0 ? HORIZON_COLOUR[h] : 'none');
      bar(j + 1, sum.weightedVolumePerYear, `kam-bar--weighted kam-horizon--${h}`, HORIZON_COLOUR[h]);
      value(j + 1, sum.volumePerYear);
    });
    focusable(row, (l) => rowLabel(l, horizons.revenueYear, lang, money));
  });

  flowLegend(root, legendItems, { x: PAD, y: height - PAD - legendHeight, width: width - 2 * PAD });
  return { width, height };
};

function rowLabel(line: ProductLineHorizons, year: number, lang: Lang, money: (v: number) => string): string {
  const cells = HORIZONS.map((h) =>
    t('viz.horizons.cell', lang, {
      horizon: { term: `horizon.${h}` },
      volume: money(line.byHorizon[h].volumePerYear),
      weighted: money(line.byHorizon[h].weightedVolumePerYear),
    }),
  );
  const revenue = `${t('viz.horizons.currentRevenue', lang, { year: String(year) })}: ${money(line.currentRevenue)}`;
  return `${line.productLine} – ${[revenue, ...cells].join('; ')}`;
}

function legend(horizons: HorizonAnalysis, lang: Lang, money: (v: number) => string): LegendItem[] {
  return [
    {
      className: 'kam-legend-current',
      swatch: squareSwatch(REVENUE_COLOUR),
      text: t('viz.horizons.currentRevenue', lang, { year: String(horizons.revenueYear) }),
    },
    ...horizons.horizons.map((h) => ({
      className: `kam-legend-horizon kam-horizon--${h.horizon}`,
      swatch: squareSwatch(HORIZON_COLOUR[h.horizon]),
      text: t('viz.horizons.horizonTotal', lang, {
        horizon: { term: `horizon.${h.horizon}` },
        volume: money(h.volumePerYear),
      }),
    })),
    {
      className: 'kam-legend-volume',
      swatch: squareSwatch(MUTED, { opacity: VOLUME_OPACITY, stroke: MUTED }),
      text: t('viz.horizons.volume', lang),
    },
    { className: 'kam-legend-weighted', swatch: squareSwatch(MUTED), text: t('viz.horizons.weighted', lang) },
  ];
}

function drawShareOfWallet(
  parent: Group,
  sow: NonNullable<HorizonAnalysis['shareOfWallet']>,
  y: number,
  width: number,
  lang: Lang,
  money: (v: number) => string,
): void {
  const text = t('viz.horizons.shareOfWallet', lang, {
    label: { term: 'term.shareOfWallet' },
    share: { percent: sow.share },
    wallet: money(sow.wallet),
    source: { term: `viz.horizons.wallet.${sow.walletSource}` },
  });
  const gauge = parent
    .append('g')
    .attr('class', 'kam-share-of-wallet')
    .attr('role', 'img')
    .attr('aria-label', text);
  const track = Math.min(160, width * 0.25);
  gauge
    .append('rect')
    .attr('class', 'kam-gauge-track')
    .attr('x', PAD)
    .attr('y', y)
    .attr('width', track)
    .attr('height', 12)
    .attr('fill', '#f0f0f0')
    .attr('stroke', MUTED);
  gauge
    .append('rect')
    .attr('class', 'kam-gauge-fill')
    .attr('x', PAD)
    .attr('y', y)
    .attr('width', Math.round(track * Math.min(1, Math.max(0, sow.share)) * 10) / 10)
    .attr('height', 12)
    .attr('fill', REVENUE_COLOUR);
  fittedText(gauge, text, {
    x: PAD + track + 8,
    y: y + 10,
    width: width - 2 * PAD - track - 8,
    fontSize: 11,
    className: 'kam-share-of-wallet-text',
  });
}

import { describe, expect, it } from '@jest/globals';
import type { HorizonAnalysis } from '../../src/core/analysis/horizons.js';
import type { Lang } from '../../src/core/i18n/index.js';
import { formatMoney, formatPercent, t } from '../../src/core/i18n/index.js';
import { HORIZONS } from '../../src/core/model/index.js';
import { renderHorizons } from '../../src/viz/horizons.js';
import { demoAccount, markup, newSvg } from './plan-fixtures.js';

function render(
  horizons: HorizonAnalysis,
  lang: Lang = 'de',
  size: { width?: number; height?: number } = {},
) {
  const { svg } = newSvg();
  const rendered = renderHorizons(svg, { horizons, currency: 'EUR' }, { lang, width: 760, ...size });
  return { svg, rendered };
}

const widthOf = (e: Element | null) => Number(e!.getAttribute('width'));
const row = (svg: SVGSVGElement, line: string) =>
  svg.querySelector(`.kam-product-line[data-product-line="${line}"]`)!;

describe('renderHorizons', () => {
  const classic = demoAccount('acc-classic').view.horizons;

  it('draws one row per product line with current revenue and a bar per horizon', () => {
    expect(classic.productLines.length).toBeGreaterThan(1);
    const { svg } = render(classic);
    const rows = [...svg.querySelectorAll('.kam-product-line')];
    expect(rows.map((r) => r.getAttribute('data-product-line'))).toEqual(
      classic.productLines.map((l) => l.productLine),
    );
    for (const r of rows) {
      expect(r.querySelectorAll('.kam-bar--current')).toHaveLength(1);
      expect(r.querySelectorAll('.kam-bar--volume')).toHaveLength(HORIZONS.length);
      expect(r.querySelectorAll('.kam-bar--weighted')).toHaveLength(HORIZONS.length);
      for (const h of HORIZONS) expect(r.querySelectorAll(`.kam-horizon--${h}`)).toHaveLength(2);
    }
  });

  it('sizes the bars by money: more potential, longer bar; weighted never beyond unweighted', () => {
    const { svg } = render(classic);
    const cells = classic.productLines.flatMap((l) =>
      HORIZONS.map((h) => {
        const r = row(svg, l.productLine);
        return {
          volume: l.byHorizon[h].volumePerYear,
          width: widthOf(r.querySelector(`.kam-bar--volume.kam-horizon--${h}`)),
          weighted: widthOf(r.querySelector(`.kam-bar--weighted.kam-horizon--${h}`)),
        };
      }),
    );
    for (const c of cells) {
      expect(c.weighted).toBeLessThanOrEqual(c.width + 1e-9);
      expect(c.width === 0).toBe(c.volume === 0);
    }
    const sorted = [...cells].sort((a, b) => a.volume - b.volume);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.volume > sorted[i - 1]!.volume)
        expect(sorted[i]!.width).toBeGreaterThan(sorted[i - 1]!.width);
    }
    const withRevenue = classic.productLines.filter((l) => l.currentRevenue > 0);
    expect(withRevenue.length).toBeGreaterThan(0);
    for (const l of withRevenue) {
      const r = row(svg, l.productLine);
      expect(widthOf(r.querySelector('.kam-bar--current'))).toBeGreaterThan(0);
      expect(r.textContent).toContain(formatMoney(l.currentRevenue, 'de', 'EUR'));
    }
  });

  it('tells weighted from unweighted potential without colour, with a legend', () => {
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(classic, lang);
      const volume = svg.querySelector('.kam-bar--volume')!;
      const weighted = svg.querySelector('.kam-bar--weighted')!;
      expect(Number(volume.getAttribute('fill-opacity'))).toBeLessThan(1);
      expect(Number(weighted.getAttribute('fill-opacity'))).toBe(1);
      const legend = svg.querySelector('.kam-legend')!.textContent!;
      expect(legend).toContain(t('viz.horizons.volume', lang));
      expect(legend).toContain(t('viz.horizons.weighted', lang));
      for (const h of HORIZONS) expect(legend).toContain(t(`horizon.${h}`, lang));
      expect(legend).toContain(t('viz.horizons.currentRevenue', lang, { year: String(classic.revenueYear) }));
    }
  });

  it('shows the share of wallet as text and gauge when it is known', () => {
    const sow = classic.shareOfWallet!;
    expect(sow).toBeDefined();
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(classic, lang);
      const gauge = svg.querySelector('.kam-share-of-wallet')!;
      expect(gauge.textContent).toContain(formatPercent(sow.share, lang));
      expect(gauge.textContent).toContain(formatMoney(sow.wallet, lang, 'EUR'));
      expect(gauge.getAttribute('aria-label')).toContain(t('term.shareOfWallet', lang));
      const share =
        widthOf(gauge.querySelector('.kam-gauge-fill')) / widthOf(gauge.querySelector('.kam-gauge-track'));
      expect(share).toBeCloseTo(sow.share, 2);
    }
    const { svg } = render({ ...classic, shareOfWallet: undefined });
    expect(svg.querySelector('.kam-share-of-wallet')).toBeNull();
  });

  it('sums up the potential and describes the rows for screen readers in the language', () => {
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(classic, lang);
      expect(svg.querySelector('title')!.textContent).toBe(t('viz.horizons.title', lang));
      expect(svg.querySelector('.kam-total')!.textContent).toBe(
        t('viz.horizons.total', lang, {
          volume: { money: classic.total.volumePerYear, currency: 'EUR' },
          weighted: { money: classic.total.weightedVolumePerYear, currency: 'EUR' },
        }),
      );
      const line = classic.productLines[0]!;
      const label = row(svg, line.productLine).getAttribute('aria-label')!;
      expect(label.startsWith(line.productLine)).toBe(true);
      expect(label).toContain(t('horizon.medium', lang));
      expect(label).toContain(formatMoney(line.byHorizon.medium.volumePerYear, lang, 'EUR'));
    }
  });

  it('shortens long product line names and keeps the full name in a title', () => {
    const long = 'Industrielle Bildverarbeitung und Qualitätssicherung für Verpackungslinien';
    const first = classic.productLines[0]!;
    const { svg } = render({ ...classic, productLines: [{ ...first, productLine: long }] });
    const label = svg.querySelector('.kam-product-line-label')!;
    const visible = label.firstChild!.textContent!;
    expect(visible.startsWith('Industrielle')).toBe(true);
    expect(visible.endsWith('…')).toBe(true);
    expect(visible.length).toBeLessThan(long.length);
    expect(label.querySelector('title')!.textContent).toBe(long);
  });

  it('grows with the number of product lines unless a height is given', () => {
    const event = demoAccount('acc-event').view.horizons;
    const few = render({ ...event, productLines: event.productLines.slice(0, 1) }).rendered;
    const all = render(event).rendered;
    expect(all.height).toBeGreaterThan(few.height);
    expect(render(event, 'de', { height: 300 }).rendered.height).toBe(300);
  });

  it('explains an account without opportunities instead of failing', () => {
    const empty: HorizonAnalysis = { ...classic, productLines: [], shareOfWallet: undefined };
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(empty, lang);
      expect(svg.querySelector('.kam-empty')!.textContent).toBe(t('viz.empty', lang));
      expect(svg.querySelectorAll('.kam-bar')).toHaveLength(0);
    }
  });

  it('draws the same picture for the same data', () => {
    const horizons = demoAccount('acc-009').view.horizons;
    expect(markup(render(horizons, 'en').svg)).toBe(markup(render(horizons, 'en').svg));
    expect(markup(render(horizons, 'en').svg)).not.toBe(markup(render(horizons, 'de').svg));
  });
});

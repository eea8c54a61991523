import { describe, expect, it, jest } from '@jest/globals';
import type { Lang } from '../../src/core/i18n/index.js';
import { t } from '../../src/core/i18n/index.js';
import { DEFAULT_MODEL, QUADRANTS } from '../../src/core/scoring/index.js';
import { textWidth } from '../../src/viz/label-layout.js';
import { bubbleRadius, placeLabels, revenueBand } from '../../src/viz/portfolio-layout.js';
import type { PortfolioMatrixData, PortfolioPoint } from '../../src/viz/portfolio-matrix.js';
import { renderPortfolioMatrix } from '../../src/viz/portfolio-matrix.js';
import { click, demoPoints, markup, newSvg, press } from './plan-fixtures.js';

const SIZE = { width: 900, height: 700 };

function dataOf(
  accounts: readonly PortfolioPoint[],
  split = DEFAULT_MODEL.quadrantSplit,
): PortfolioMatrixData {
  return { accounts, split, quadrants: DEFAULT_MODEL.quadrants };
}

function render(data: PortfolioMatrixData, lang: Lang = 'de', onSelect?: (id: string) => void) {
  const { dom, svg } = newSvg();
  renderPortfolioMatrix(svg, data, { lang, ...SIZE, ...(onSelect ? { onSelect } : {}) });
  return { dom, svg };
}

function point(
  id: string,
  attractiveness: number,
  position: number,
  extra: Partial<PortfolioPoint> = {},
): PortfolioPoint {
  return {
    id,
    name: `Kunde ${id}`,
    attractiveness,
    position,
    score: (attractiveness + position) / 2,
    tier: 'B',
    quadrant: 'invest',
    revenue: 100_000,
    currency: 'EUR',
    trail: [],
    ...extra,
  };
}

const bubble = (svg: SVGSVGElement, id: string) => svg.querySelector(`.kam-account[data-id="${id}"] circle`)!;
const num = (e: Element, name: string) => Number(e.getAttribute(name));
const moved = (from: { attractiveness: number; position: number }) => [
  { scoredAt: '2026-01-05T08:00:00Z', ...from },
];

describe('renderPortfolioMatrix', () => {
  it('draws every demo account as a bubble with its tier letter', () => {
    const accounts = demoPoints();
    const { svg } = render(dataOf(accounts));
    const drawn = [...svg.querySelectorAll('.kam-account')];
    expect(drawn).toHaveLength(accounts.length);
    for (const a of accounts) {
      const g = svg.querySelector(`.kam-account[data-id="${a.id}"]`)!;
      expect(g.classList.contains(`kam-tier--${a.tier}`)).toBe(true);
      expect(g.querySelector('.kam-tier')!.textContent).toBe(a.tier);
      expect(svg.querySelector(`.kam-account-name[data-id="${a.id}"]`)).not.toBeNull();
    }
  });

  it('puts position across and attractiveness up, split into the four quadrants at the split', () => {
    const split = { attractiveness: 60, position: 40 };
    const corners = [point('ll', 0, 0), point('ur', 100, 100), point('tl', 90, 10), point('br', 10, 90)];
    const { svg } = render(dataOf(corners, split));
    const x0 = num(bubble(svg, 'll'), 'cx');
    const x100 = num(bubble(svg, 'ur'), 'cx');
    const y0 = num(bubble(svg, 'll'), 'cy');
    const y100 = num(bubble(svg, 'ur'), 'cy');
    expect(x100).toBeGreaterThan(x0);
    expect(y100).toBeLessThan(y0);
    const vertical = svg.querySelector('.kam-split--position')!;
    const horizontal = svg.querySelector('.kam-split--attractiveness')!;
    expect((num(vertical, 'x1') - x0) / (x100 - x0)).toBeCloseTo(0.4, 2);
    expect((y0 - num(horizontal, 'y1')) / (y0 - y100)).toBeCloseTo(0.6, 2);

    const inside = (id: string, quadrant: string) => {
      const rect = svg.querySelector(`.kam-quadrant--${quadrant} rect`)!;
      const c = bubble(svg, id);
      const [cx, cy] = [num(c, 'cx'), num(c, 'cy')];
      return (
        cx >= num(rect, 'x') &&
        cx <= num(rect, 'x') + num(rect, 'width') &&
        cy >= num(rect, 'y') &&
        cy <= num(rect, 'y') + num(rect, 'height')
      );
    };
    expect(inside('tl', 'develop')).toBe(true);
    expect(inside('br', 'maintain')).toBe(true);
    expect(inside('ur', 'invest')).toBe(true);
    expect(inside('ll', 'reduce')).toBe(true);
    expect(inside('tl', 'invest')).toBe(false);
  });

  it('names the quadrants and their strategy in the language of the options', () => {
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(dataOf(demoPoints()), lang);
      for (const q of QUADRANTS) {
        const g = svg.querySelector(`.kam-quadrant--${q}`)!;
        expect(g.querySelector('.kam-quadrant-label')!.textContent).toBe(
          DEFAULT_MODEL.quadrants[q].label[lang],
        );
        const strategy = g.querySelector('.kam-quadrant-strategy')!;
        const shown = [...strategy.querySelectorAll('tspan')].map((s) => s.textContent).join(' ');
        const full = DEFAULT_MODEL.quadrants[q].strategy[lang];
        expect(shown === full || strategy.querySelector('title')!.textContent === full).toBe(true);
      }
      expect(svg.querySelector('.kam-axis-title--position')!.textContent).toContain(t('term.position', lang));
      expect(svg.querySelector('.kam-axis-title--attractiveness')!.textContent).toContain(
        t('term.attractiveness', lang),
      );
      expect(svg.querySelector('title')!.textContent).toBe(t('viz.portfolio.title', lang));
    }
  });

  it('sizes bubbles by revenue band: bigger band, bigger bubble; same band, same size', () => {
    const revenues = [10_000, 49_999, 50_000, 120_000, 250_000, 999_999, 1_000_000, 4_000_000];
    const accounts = revenues.map((revenue, i) => point(`r${i}`, 20 + i * 8, 20 + i * 8, { revenue }));
    const { svg } = render(dataOf(accounts));
    const radius = (i: number) => num(bubble(svg, `r${i}`), 'r');
    for (let i = 1; i < revenues.length; i++) {
      const sameBand = revenueBand(revenues[i]!) === revenueBand(revenues[i - 1]!);
      if (sameBand) expect(radius(i)).toBe(radius(i - 1));
      else expect(radius(i)).toBeGreaterThan(radius(i - 1));
    }
    expect(new Set(revenues.map((_, i) => radius(i))).size).toBe(4);
    expect(svg.querySelectorAll('.kam-band-legend .kam-legend-item')).toHaveLength(4);
  });

  it('draws a movement arrow for each account whose trail shows it moved, from its oldest point', () => {
    const accounts = [
      point('up', 70, 60, { trail: moved({ attractiveness: 40, position: 55 }) }),
      point('left', 30, 20, {
        trail: [
          ...moved({ attractiveness: 30, position: 80 }),
          ...moved({ attractiveness: 31, position: 50 }),
        ],
      }),
      point('down', 20, 70, { trail: moved({ attractiveness: 60, position: 70 }) }),
      point('still', 50, 50, { trail: moved({ attractiveness: 50, position: 50 }) }),
      point('jitter', 45, 45, { trail: moved({ attractiveness: 45.2, position: 44.9 }) }),
      point('new', 80, 80),
    ];
    const { svg } = render(dataOf(accounts), 'en');
    const arrows = [...svg.querySelectorAll('.kam-movement')].map((m) => m.getAttribute('data-id'));
    expect(new Set(arrows)).toEqual(new Set(['up', 'left', 'down']));

    // The arrow of "left" starts at its oldest trail point (position 80), right of where it is now.
    const line = svg.querySelector('.kam-movement[data-id="left"] line')!;
    expect(num(line, 'x1')).toBeGreaterThan(num(bubble(svg, 'left'), 'cx'));
    expect(num(line, 'x1')).toBeGreaterThan(num(line, 'x2'));
    const up = svg.querySelector('.kam-movement[data-id="up"] line')!;
    expect(num(up, 'y1')).toBeGreaterThan(num(up, 'y2'));
    expect(svg.querySelector('.kam-account[data-id="up"]')!.getAttribute('aria-label')).toContain(
      'moved here since',
    );
    expect(svg.querySelector('.kam-account[data-id="still"]')!.getAttribute('aria-label')).not.toContain(
      'moved',
    );
    expect(svg.querySelector('desc')!.textContent).toContain('moved: 3');
  });

  it('names each account for screen readers and reports the chosen one by click and by Enter', () => {
    const accounts = demoPoints().slice(0, 5);
    const onSelect = jest.fn<(id: string) => void>();
    const { dom, svg } = render(dataOf(accounts), 'de', onSelect);
    const a = accounts[2]!;
    const g = svg.querySelector(`.kam-account[data-id="${a.id}"]`)!;
    expect(g.getAttribute('role')).toBe('button');
    const label = g.getAttribute('aria-label')!;
    expect(label).toContain(a.name);
    expect(label).toContain(`Klasse ${a.tier}`);
    expect(label).toContain(DEFAULT_MODEL.quadrants[a.quadrant].label.de);
    click(dom, g);
    press(dom, g, 'Enter');
    press(dom, g, ' ');
    expect(onSelect.mock.calls).toEqual([[a.id], [a.id], [a.id]]);
  });

  it('keeps the names of accounts side by side apart', () => {
    const row = Array.from({ length: 5 }, (_, i) => ({
      id: `b${i}`,
      x: 100 + i * 30,
      y: 200,
      r: 8,
      label: `Kunde Nummer ${i}`,
    }));
    const bounds = { left: 0, top: 0, right: 600, bottom: 400 };
    const placed = placeLabels(row, bounds, 10);
    const boxes = placed.map((p, i) => {
      const w = textWidth(row[i]!.label, 10);
      const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
      return { x0, x1: x0 + w, y0: p.y - 10, y1: p.y + 2 };
    });
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      expect(a.x0).toBeGreaterThanOrEqual(bounds.left);
      expect(a.x1).toBeLessThanOrEqual(bounds.right);
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        const overlaps = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlaps).toBe(false);
      }
    }
    expect(placeLabels(row, bounds, 10)).toEqual(placed);
  });

  it('explains an empty portfolio instead of failing', () => {
    for (const lang of ['de', 'en'] as const) {
      const { svg } = render(dataOf([]), lang);
      expect(svg.querySelector('.kam-empty')!.textContent).toBe(t('viz.empty', lang));
      expect(svg.querySelectorAll('.kam-account')).toHaveLength(0);
    }
  });

  it('draws the same picture for the same accounts in any order', () => {
    const accounts = demoPoints().map((p, i) =>
      i % 4 === 0
        ? { ...p, trail: moved({ attractiveness: p.attractiveness - 9, position: p.position - 4 }) }
        : p,
    );
    const first = markup(render(dataOf(accounts)).svg);
    expect(markup(render(dataOf([...accounts].reverse())).svg)).toBe(first);
  });
});

describe('revenue bands', () => {
  it('has four bands at 50k, 250k and 1M of the account currency', () => {
    expect([0, 49_999.99, 50_000, 249_999, 250_000, 999_999, 1_000_000, 9e9].map(revenueBand)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3,
    ]);
    expect(bubbleRadius(0, 8)).toBeLessThan(bubbleRadius(1, 8));
    expect(bubbleRadius(2, 8)).toBeLessThan(bubbleRadius(3, 8));
  });
});

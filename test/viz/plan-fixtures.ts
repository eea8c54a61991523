import { JSDOM } from 'jsdom';
import { analyseAccount } from '../../src/core/account-view.js';
import type { AccountView } from '../../src/core/account-view.js';
import { generatePortfolio } from '../../src/core/demo/index.js';
import type { AccountSnapshot } from '../../src/core/model/index.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';
import type { PortfolioPoint } from '../../src/viz/portfolio-matrix.js';

/** Demo data and a DOM for the plan views' tests. */

export const NOW = new Date('2026-11-27T09:00:00Z');
export const TODAY = '2026-11-27';

let portfolio: readonly AccountSnapshot[] | undefined;
const views = new Map<string, AccountView>();

export function demoPortfolio(): readonly AccountSnapshot[] {
  portfolio ??= generatePortfolio({ now: NOW });
  return portfolio;
}

export function demoAccount(id: string): { snapshot: AccountSnapshot; view: AccountView } {
  const snapshot = demoPortfolio().find((s) => s.account.id === id);
  if (!snapshot) throw new Error(`no demo account ${id}`);
  let view = views.get(id);
  if (!view) views.set(id, (view = analyseAccount(snapshot, DEFAULT_MODEL, NOW)));
  return { snapshot, view };
}

/** Every demo account as a portfolio point; trails are added by the tests that need them. */
export function demoPoints(): PortfolioPoint[] {
  return demoPortfolio().map((s) => {
    const { view } = demoAccount(s.account.id);
    return {
      id: s.account.id,
      name: s.account.name,
      attractiveness: view.score.attractiveness,
      position: view.score.position,
      score: view.score.score,
      tier: view.score.tier,
      quadrant: view.score.quadrant,
      revenue: view.horizons.currentRevenue,
      currency: s.account.currency,
      trail: [],
    };
  });
}

export function newSvg(): { dom: JSDOM; svg: SVGSVGElement } {
  const dom = new JSDOM('<div id="box"><svg></svg></div>', { pretendToBeVisual: true });
  return { dom, svg: dom.window.document.querySelector('svg')! };
}

/** The svg's markup without the per-render id of its title, for comparing two renders. */
export function markup(svg: SVGSVGElement): string {
  return svg.outerHTML.replace(/-title-[a-z0-9]+/g, '-title');
}

export function press(dom: JSDOM, element: Element, key = 'Enter'): void {
  element.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key, bubbles: true }));
}

export function click(dom: JSDOM, element: Element): void {
  element.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
}

/**
 * The renderers' IIFE bundle (the Salesforce static resource), as `npm run build` leaves it in
 * `dist/viz/kam-viz.js`: one script with d3 inside that defines `KamViz` and draws without anything
 * else on the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { JSDOM } from 'jsdom';
import { analyseAccount } from '../../src/core/account-view.js';
import { generatePortfolio } from '../../src/core/demo/index.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';

const BUNDLE = 'dist/viz/kam-viz.js';
const NOW = new Date('2026-11-27T09:00:00Z');

describe('the renderers bundle', () => {
  it('exists after the build', () => {
    expect(existsSync(BUNDLE)).toBe(true);
  });

  const code = existsSync(BUNDLE) ? readFileSync(BUNDLE, 'utf8') : '';

  it('carries d3 and no schema library: the static resource stays small', () => {
    expect(code).not.toMatch(/\bimport\s*[{*]|require\(/);
    expect(code).not.toContain('ZodError');
    expect(code.length).toBeLessThan(250 * 1024);
  });

  it('defines KamViz in a bare page and draws a sociogram and a timeline with it', () => {
    // loaded as a static resource is: one classic <script> on a page of its own
    const dom = new JSDOM('<div id="a"><svg></svg></div><div id="b"><svg></svg></div>', {
      runScripts: 'dangerously',
      pretendToBeVisual: true,
    });
    const script = dom.window.document.createElement('script');
    script.textContent = code;
    dom.window.document.body.appendChild(script);
    const viz = (dom.window as unknown as { KamViz: Record<string, unknown> }).KamViz;
    expect(Object.keys(viz).sort()).toEqual([
      'analyseBuyingCenter',
      'analyseHorizons',
      'analysePlan',
      'analyseProjects',
      'analyseSociogram',
      'buildOrgChart',
      'renderBuyingCenter',
      'renderHorizons',
      'renderOrgChart',
      'renderPortfolioMatrix',
      'renderSociogram',
      'renderTimeline',
      'renderValueChain',
    ]);
    const snapshot = generatePortfolio({ now: NOW }).find((s) => s.account.id === 'acc-classic')!;
    const view = analyseAccount(snapshot, DEFAULT_MODEL, NOW);
    const doc = dom.window.document;
    type Render = (svg: Element, data: unknown, options: unknown) => { width: number };
    // a page with records only computes the analysis with the bundle, as the service does
    const analyse = viz['analyseSociogram'] as (s: unknown) => unknown;
    expect(JSON.parse(JSON.stringify(analyse(snapshot)))).toEqual(JSON.parse(JSON.stringify(view.sociogram)));
    (viz['renderSociogram'] as Render)(
      doc.querySelector('#a svg')!,
      {
        contacts: snapshot.contacts,
        relationships: snapshot.relationships,
        sociogram: analyse(snapshot),
        buyingCenter: view.buyingCenter,
      },
      { lang: 'de', width: 800, height: 500 },
    );
    expect(doc.querySelectorAll('#a svg [data-id]').length).toBeGreaterThanOrEqual(snapshot.contacts.length);
    (viz['renderTimeline'] as Render)(
      doc.querySelector('#b svg')!,
      { actions: snapshot.actions, plan: view.plan, today: '2026-11-27', currency: 'EUR' },
      { lang: 'de', width: 900, height: 400 },
    );
    const timeline = doc.querySelector('#b svg')!;
    expect(timeline.querySelector('title')!.textContent).toContain('Maßnahmenplan');
    for (const action of snapshot.actions)
      expect(timeline.querySelector(`[data-id="${action.id}"]`)).not.toBeNull();
  });
});

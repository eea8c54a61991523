import type { PortfolioRow } from '../core/portfolio.js';
import { renderBuyingCenter } from '../viz/buying-center.js';
import { renderHorizons } from '../viz/horizons.js';
import { renderOrgChart } from '../viz/org-chart.js';
import type { PortfolioPoint } from '../viz/portfolio-matrix.js';
import { renderPortfolioMatrix } from '../viz/portfolio-matrix.js';
import { renderSociogram } from '../viz/sociogram.js';
import { renderTimeline } from '../viz/timeline.js';
import type { RenderOptions } from '../viz/types.js';
import { renderValueChain } from '../viz/value-chain.js';
import type { AccountAnswer } from './contract.js';
import type { AccountViewId, ViewOptions, WorkspaceViews } from './view-types.js';

/** One seed for every layout: the same account always gives the same picture. */
const LAYOUT_SEED = 20260301;

function renderOptions(options: ViewOptions): RenderOptions {
  return {
    lang: options.lang,
    seed: LAYOUT_SEED,
    ...(options.width !== undefined ? { width: options.width } : {}),
    ...(options.onSelect ? { onSelect: options.onSelect } : {}),
  };
}

type AccountRenderer = (svg: SVGSVGElement, answer: AccountAnswer, options: RenderOptions) => unknown;

/** Which part of the answer each view draws. */
const ACCOUNT_RENDERERS: Readonly<Record<AccountViewId, AccountRenderer>> = {
  'buying-center': (svg, { snapshot, view }, o) =>
    renderBuyingCenter(svg, { contacts: snapshot.contacts, buyingCenter: view.buyingCenter }, o),
  sociogram: (svg, { snapshot, view }, o) =>
    renderSociogram(
      svg,
      {
        contacts: snapshot.contacts,
        relationships: snapshot.relationships,
        sociogram: view.sociogram,
        buyingCenter: view.buyingCenter,
      },
      o,
    ),
  'org-chart': (svg, { snapshot, view }, o) =>
    renderOrgChart(svg, { contacts: snapshot.contacts, orgChart: view.orgChart }, o),
  'value-chain': (svg, { snapshot }, o) => renderValueChain(svg, { notes: snapshot.valueChain }, o),
  horizons: (svg, { snapshot, view }, o) =>
    renderHorizons(svg, { horizons: view.horizons, currency: snapshot.account.currency }, o),
  timeline: (svg, { snapshot, view }, o) =>
    renderTimeline(
      svg,
      {
        actions: snapshot.actions,
        plan: view.plan,
        // The day the service analysed the account, so the today line and the overdue flags agree.
        today: view.score.scoredAt.slice(0, 10),
        currency: snapshot.account.currency,
      },
      o,
    ),
};

/** A portfolio row as the matrix draws it; the row's score history becomes the movement trail. */
export function portfolioPoint(row: PortfolioRow): PortfolioPoint {
  return {
    id: row.id,
    name: row.name,
    attractiveness: row.attractiveness,
    position: row.position,
    score: row.score,
    tier: row.tier,
    quadrant: row.quadrant,
    revenue: row.revenue,
    currency: row.currency,
    trail: row.trend.map((p) => ({
      scoredAt: p.scoredAt,
      attractiveness: p.attractiveness,
      position: p.position,
    })),
  };
}

/** The d3 renderers of `src/viz`, fed from the workspace API's answers. */
export const d3Views: WorkspaceViews = {
  account(view, svg, answer, options) {
    ACCOUNT_RENDERERS[view](svg, answer, renderOptions(options));
  },
  portfolio(svg, rows, model, options) {
    renderPortfolioMatrix(
      svg,
      { accounts: rows.map(portfolioPoint), split: model.quadrantSplit, quadrants: model.quadrants },
      renderOptions(options),
    );
  },
};

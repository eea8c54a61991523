import type { Lang, MessageKey } from '../core/i18n/index.js';
import type { PortfolioRow } from '../core/portfolio.js';
import type { AccountAnswer, PortfolioAnswer } from './contract.js';

/** The pictures of the account page, in the order the page shows them. */
export const ACCOUNT_VIEWS = [
  'buying-center',
  'sociogram',
  'org-chart',
  'value-chain',
  'horizons',
  'timeline',
] as const;
export type AccountViewId = (typeof ACCOUNT_VIEWS)[number];

export const VIEW_TITLE: Readonly<Record<AccountViewId, MessageKey>> = {
  'buying-center': 'term.buyingCenter',
  sociogram: 'term.sociogram',
  'org-chart': 'term.orgChart',
  'value-chain': 'term.valueChain',
  horizons: 'term.opportunities',
  timeline: 'term.actionPlan',
};

/** What choosing an element of a view opens: a person's or an action's edit form. */
export const VIEW_SELECTS: Readonly<Record<AccountViewId, 'contact' | 'action' | undefined>> = {
  'buying-center': 'contact',
  sociogram: 'contact',
  'org-chart': 'contact',
  'value-chain': undefined,
  horizons: undefined,
  timeline: 'action',
};

export interface ViewOptions {
  readonly lang: Lang;
  /** The container's width; undefined lets the renderer measure or choose. */
  readonly width?: number;
  readonly onSelect?: (id: string) => void;
}

/** Draws the workspace's pictures; the browser app passes the d3 renderers, tests a stand-in. */
export interface WorkspaceViews {
  account(view: AccountViewId, svg: SVGSVGElement, answer: AccountAnswer, options: ViewOptions): void;
  portfolio(
    svg: SVGSVGElement,
    rows: readonly PortfolioRow[],
    model: PortfolioAnswer['model'],
    options: ViewOptions,
  ): void;
}

import { JSDOM } from 'jsdom';
import { analyseAccount } from '../../src/core/account-view.js';
import { generatePortfolio } from '../../src/core/demo/index.js';
import type { AccountSnapshot } from '../../src/core/model/index.js';
import type { PortfolioRow, ScorePoint } from '../../src/core/portfolio.js';
import { portfolioRow } from '../../src/core/portfolio.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';
import type {
  AccountAnswer,
  HistoryPoint,
  PortfolioAnswer,
  TenantInfo,
} from '../../src/workspace/contract.js';
import type { AccountViewId, ViewOptions, WorkspaceViews } from '../../src/workspace/view-types.js';

export const NOW = new Date('2026-11-27T09:00:00Z');
export const TODAY = '2026-11-27';
export const TENANT: TenantInfo = { id: 'hubspot-123', name: 'Muster AG', crm: 'hubspot', lang: 'de' };

let portfolio: AccountSnapshot[] | undefined;
/** The demo portfolio, generated once per test file. */
export function demoSnapshots(): AccountSnapshot[] {
  portfolio ??= generatePortfolio({ now: NOW });
  return portfolio;
}

export function demoSnapshot(id: string): AccountSnapshot {
  const found = demoSnapshots().find((s) => s.account.id === id);
  if (!found) throw new Error(`no demo account ${id}`);
  return found;
}

/** What travels over HTTP: JSON without undefined values. */
export const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A score history a month apart, newest first, ending a day before now. */
export function historyFor(scores: readonly number[]): HistoryPoint[] {
  return scores.map((score, i) => ({
    score,
    tier: score >= 70 ? 'A' : score >= 45 ? 'B' : 'C',
    attractiveness: score,
    position: score,
    scoredAt: new Date(NOW.getTime() - (i + 1) * 30 * 86_400_000).toISOString(),
  }));
}

export function demoRows(history: (id: string) => readonly ScorePoint[] = () => []): PortfolioRow[] {
  return demoSnapshots().map((s) =>
    portfolioRow(s, analyseAccount(s, DEFAULT_MODEL, NOW), history(s.account.id)),
  );
}

export function portfolioAnswer(overrides: Partial<PortfolioAnswer> = {}): PortfolioAnswer {
  return overTheWire({
    tenant: TENANT,
    generatedAt: NOW.toISOString(),
    truncated: false,
    model: {
      quadrantSplit: DEFAULT_MODEL.quadrantSplit,
      quadrants: DEFAULT_MODEL.quadrants,
      tiers: DEFAULT_MODEL.tiers,
    },
    accounts: demoRows(),
    failures: [],
    ...overrides,
  });
}

export function accountAnswer(
  snapshot: AccountSnapshot,
  history: readonly HistoryPoint[] = [],
): AccountAnswer {
  return overTheWire({
    tenant: TENANT,
    snapshot,
    view: analyseAccount(snapshot, DEFAULT_MODEL, NOW),
    history,
  });
}

export interface RecordedDraw {
  readonly view: AccountViewId | 'portfolio';
  readonly options: ViewOptions;
}

/** Stand-in renderers: they record what they were asked to draw (the d3 views are tested apart). */
export function fakeViews(): WorkspaceViews & { draws: RecordedDraw[] } {
  const draws: RecordedDraw[] = [];
  return {
    draws,
    account(view, svg, _answer, options) {
      svg.setAttribute('data-drawn', view);
      draws.push({ view, options });
    },
    portfolio(svg, rows, _model, options) {
      svg.setAttribute('data-drawn', `portfolio:${rows.length}`);
      draws.push({ view: 'portfolio', options });
    },
  };
}

export function makeDom(hash = ''): JSDOM {
  return new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>', {
    url: `http://localhost/workspace/${hash}`,
  });
}

/** Lets pending promises and their DOM updates run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function errorResponse(status: number, code: string, message: string): Response {
  return jsonResponse(status, { status: 'error', code, message });
}

import { JSDOM } from 'jsdom';
import type { AccountView } from '../../src/core/account-view.js';
import { analyseAccount } from '../../src/core/account-view.js';
import { generatePortfolio } from '../../src/core/demo/index.js';
import type { AccountSnapshot } from '../../src/core/model/index.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';

/** Demo accounts and their analyses, shared by the people views' tests. */
export const NOW = new Date('2026-11-27T09:00:00Z');

export interface DemoAccount {
  readonly snapshot: AccountSnapshot;
  readonly view: AccountView;
}

let accounts: DemoAccount[] | undefined;

export function demoAccounts(): DemoAccount[] {
  accounts ??= generatePortfolio({ now: NOW }).map((snapshot) => ({
    snapshot,
    view: analyseAccount(snapshot, DEFAULT_MODEL, NOW),
  }));
  return accounts;
}

export function demoAccount(id: string): DemoAccount {
  const found = demoAccounts().find((a) => a.snapshot.account.id === id);
  if (!found) throw new Error(`no demo account ${id}`);
  return found;
}

export function newSvg(): { dom: JSDOM; svg: SVGSVGElement } {
  const dom = new JSDOM('<div id="box"><svg></svg></div>', { pretendToBeVisual: true });
  return { dom, svg: dom.window.document.querySelector('svg') as unknown as SVGSVGElement };
}

/** The frame gives every render a fresh title id; everything else must be identical. */
export function withoutTitleIds(html: string): string {
  return html.replace(/-title-[a-z0-9]+/g, '-title-*');
}

export function all(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector)];
}

export function translation(element: Element): { x: number; y: number } {
  const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(element.getAttribute('transform') ?? '');
  if (!match) throw new Error(`no translate on ${element.outerHTML.slice(0, 80)}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

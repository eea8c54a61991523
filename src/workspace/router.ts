import { formatParams, parseParams } from './params.js';
import type { AccountViewId } from './view-types.js';
import { ACCOUNT_VIEWS } from './view-types.js';

/** The pages of the workspace, addressed by the URL fragment so links work inside a CRM iframe. */
export type Route =
  | { readonly page: 'portfolio'; readonly query: ReadonlyMap<string, string> }
  | {
      readonly page: 'account';
      readonly accountId: string;
      /** The view to bring into sight (`?view=sociogram`), from a card's button. */
      readonly view?: AccountViewId;
    };

export const PORTFOLIO_HASH = '#/portfolio';

/** `#/portfolio?tier=A`, `#/accounts/<id>`; undefined for anything else (also an empty fragment). */
export function parseRoute(hash: string): Route | undefined {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = text.indexOf('?');
  const path = q < 0 ? text : text.slice(0, q);
  const query = q < 0 ? '' : text.slice(q + 1);
  if (path === '/portfolio' || path === '/portfolio/')
    return { page: 'portfolio', query: parseParams(query) };
  const account = /^\/accounts\/([^/]+)\/?$/.exec(path);
  if (account) {
    const accountId = decodeSegment(account[1]!);
    const view = parseParams(query).get('view');
    const known = ACCOUNT_VIEWS.find((v) => v === view);
    if (accountId) return { page: 'account', accountId, ...(known ? { view: known } : {}) };
  }
  return undefined;
}

export function accountHash(accountId: string, view?: AccountViewId): string {
  const path = `#/accounts/${encodeURIComponent(accountId)}`;
  return view ? `${path}?view=${view}` : path;
}

export function portfolioHash(query: readonly (readonly [string, string | undefined])[] = []): string {
  const text = formatParams(query);
  return text ? `${PORTFOLIO_HASH}?${text}` : PORTFOLIO_HASH;
}

function decodeSegment(text: string): string {
  try {
    return decodeURIComponent(text).trim();
  } catch {
    return '';
  }
}

import { formatParams, parseParams } from './params.js';

/** The pages of the workspace, addressed by the URL fragment so links work inside a CRM iframe. */
export type Route =
  | { readonly page: 'portfolio'; readonly query: ReadonlyMap<string, string> }
  | { readonly page: 'account'; readonly accountId: string };

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
    if (accountId) return { page: 'account', accountId };
  }
  return undefined;
}

export function accountHash(accountId: string): string {
  return `#/accounts/${encodeURIComponent(accountId)}`;
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

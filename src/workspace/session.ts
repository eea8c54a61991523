import type { Lang } from '../core/i18n/index.js';
import { langFromTag } from './i18n.js';
import { parseLink } from './link.js';
import { accountHash, parseRoute, PORTFOLIO_HASH } from './router.js';
import type { KeyValueStore } from './storage.js';
import { STORE_KEYS } from './storage.js';

/** What the workspace starts with: the token (if any), the link's wishes and the route to show. */
export interface StartingSession {
  readonly token: string | undefined;
  /** The language the link asked for in this tab (kept across reloads of the tab). */
  readonly linkLang: Lang | undefined;
  readonly compact: boolean;
  /** The fragment now in the address bar: a route, never the token. */
  readonly hash: string;
}

/** The parts of `window` the hand-off needs (a jsdom window in tests). */
export interface LocationHost {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState'>;
}

/**
 * Takes a workspace link out of the address bar: the token goes to memory and the tab's session
 * storage, and the fragment becomes the route (`#/accounts/<id>` or `#/portfolio`) without a new
 * history entry, so the token is neither shown, bookmarked nor sent on as a referrer. Without a link,
 * the tab's stored session continues and an unknown fragment becomes the portfolio.
 */
export function takeSession(host: LocationHost, session: KeyValueStore): StartingSession {
  const link = parseLink(host.location.hash);
  if (link) {
    session.set(STORE_KEYS.token, link.token);
    if (link.lang) session.set(STORE_KEYS.sessionLang, link.lang);
    else session.remove(STORE_KEYS.sessionLang);
    session.set(STORE_KEYS.compact, link.compact ? '1' : '0');
    const hash = link.accountId ? accountHash(link.accountId, link.view) : PORTFOLIO_HASH;
    replaceHash(host, hash);
    return { token: link.token, linkLang: link.lang, compact: link.compact, hash };
  }
  const hash = parseRoute(host.location.hash) ? host.location.hash : PORTFOLIO_HASH;
  if (hash !== host.location.hash) replaceHash(host, hash);
  return {
    token: session.get(STORE_KEYS.token),
    linkLang: langFromTag(session.get(STORE_KEYS.sessionLang)),
    compact: session.get(STORE_KEYS.compact) === '1',
    hash,
  };
}

/** Forgets the stored token (it expired or was refused). */
export function forgetToken(session: KeyValueStore): void {
  session.remove(STORE_KEYS.token);
}

export function replaceHash(host: LocationHost, hash: string): void {
  host.history.replaceState(null, '', `${host.location.pathname}${host.location.search}${hash}`);
}

import type { AccountView } from '../core/account-view.js';
import type { Lang } from '../core/i18n/index.js';
import type { AccountSnapshot } from '../core/model/index.js';
import type { PortfolioRow } from '../core/portfolio.js';
import type { ScoringModel } from '../core/scoring/index.js';

/**
 * What the service's workspace API answers (the browser app and the service share these types).
 * Every call carries `Authorization: Bearer <link token>`; a link token is issued by the card API
 * (`POST /api/workspace/link`), by `kam tenant link`, or in the demo by `GET /api/demo/sessions`.
 */

export interface TenantInfo {
  readonly id: string;
  readonly name: string;
  readonly crm: 'hubspot' | 'salesforce';
  readonly lang: Lang;
}

/** `GET /api/session`: who the request speaks for, until when, and for which account only (if so). */
export interface SessionAnswer {
  readonly tenant: TenantInfo;
  /** A link's expiry; a signed card request has none. */
  readonly expiresAt?: string;
  /** A link issued for one account reaches that account only (the portfolio answers 403 LINK_SCOPE). */
  readonly accountId?: string;
}

/** `GET /api/portfolio`: every key account of the tenant (at most `limit`), scored now. */
export interface PortfolioAnswer {
  readonly tenant: TenantInfo;
  readonly generatedAt: string;
  /** True when the tenant has more key accounts than were listed. */
  readonly truncated: boolean;
  readonly model: Pick<ScoringModel, 'quadrantSplit' | 'quadrants' | 'tiers'>;
  readonly accounts: readonly PortfolioRow[];
  /** Accounts that could not be loaded, with the CRM's reason. */
  readonly failures: readonly { readonly accountId: string; readonly reason: string }[];
}

/** A written score, as the store keeps it. */
export interface HistoryPoint {
  readonly score: number;
  readonly tier: 'A' | 'B' | 'C';
  readonly attractiveness: number;
  readonly position: number;
  readonly scoredAt: string;
}

/** `GET /api/accounts/:id`: the account's data, the whole KAM view scored now, and its history. */
export interface AccountAnswer {
  readonly tenant: TenantInfo;
  readonly snapshot: AccountSnapshot;
  readonly view: AccountView;
  /** Scores written to the CRM, newest first. */
  readonly history: readonly HistoryPoint[];
}

/** `GET /api/demo/sessions` (demo only): a link token per demo tenant. */
export interface DemoSessionsAnswer {
  readonly sessions: readonly { readonly tenant: TenantInfo; readonly token: string }[];
}

/** `POST /api/workspace/link` body and answer. */
export interface LinkRequest {
  readonly accountId?: string;
  readonly lang?: Lang;
  /** A view of the account to bring into sight (needs `accountId`). */
  readonly view?: 'sociogram' | 'org-chart' | 'buying-center' | 'value-chain' | 'horizons' | 'timeline';
}
export interface LinkAnswer {
  readonly url: string;
  readonly expiresAt: string;
}

/** The error body every failed call answers with (see the service's error handler). */
export interface ErrorAnswer {
  readonly status: 'error';
  /** Stable code: `LINK_EXPIRED`, `BAD_LINK`, `NOT_KEY_ACCOUNT`, `NOT_FOUND`, `BAD_REQUEST`, … */
  readonly code: string;
  /** In the language of the request's `Accept-Language`. */
  readonly message: string;
}

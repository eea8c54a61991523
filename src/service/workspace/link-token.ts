import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { parseEncryptionKey } from '../../store/secret-box.js';

/**
 * Workspace links: a short-lived token naming the tenant (and the account a card opened), signed
 * with a key derived from `KAM_ENCRYPTION_KEY`. The browser sends it as a bearer token, so the
 * workspace works inside a CRM iframe without third-party cookies, and the service keeps no session.
 */

const VERSION = 'v1';

const Payload = z.object({
  /** Tenant id (`hubspot:<portal>`, `salesforce:<org>`). */
  tid: z.string().min(1).max(200),
  /** Expiry, epoch milliseconds. */
  exp: z.number().int().positive(),
  /** The account the link was issued for: it reaches that account only. Without it: the whole tenant. */
  acc: z.string().max(64).optional(),
});
export type LinkClaims = z.infer<typeof Payload>;

export type LinkCheck =
  | { readonly ok: true; readonly claims: LinkClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'expired' };

export class LinkSigner {
  private readonly key: Buffer;

  constructor(encryptionKey: string) {
    const master = parseEncryptionKey(encryptionKey);
    if (!master) throw new Error('KAM_ENCRYPTION_KEY expected 32 bytes as base64 or 64 hex characters');
    // a key of its own: a token's MAC never reveals anything about the key that seals credentials
    this.key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'kam workspace link v1', 32));
  }

  issue(claims: LinkClaims): string {
    const body = Buffer.from(JSON.stringify(Payload.parse(claims))).toString('base64url');
    return `${VERSION}.${body}.${this.mac(body)}`;
  }

  check(token: string, now: number): LinkCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION) return { ok: false, reason: 'malformed' };
    const [, body, mac] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { ok: false, reason: 'signature' };
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const claims = Payload.safeParse(json);
    if (!claims.success) return { ok: false, reason: 'malformed' };
    if (now >= claims.data.exp) return { ok: false, reason: 'expired' };
    return { ok: true, claims: claims.data };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(`${VERSION}.${body}`).digest('base64url');
  }
}

export interface LinkTarget {
  /** The service's public URL (no trailing slash). */
  readonly base: string;
  readonly tenantId: string;
  readonly validHours: number;
  readonly now: number;
  readonly accountId?: string;
  readonly lang?: string;
  /** A view of the account to bring into sight. */
  readonly view?: string;
  /** The compact layout of a CRM modal. */
  readonly compact?: boolean;
}

/**
 * A workspace URL with a fresh token. The token travels in the fragment, which browsers never send
 * to a server or in a Referer, so it stays out of every access log.
 */
export function workspaceLink(signer: LinkSigner, o: LinkTarget): { url: string; expiresAt: string } {
  const exp = o.now + o.validHours * 3_600_000;
  const token = signer.issue({ tid: o.tenantId, exp, ...(o.accountId ? { acc: o.accountId } : {}) });
  const params = new URLSearchParams({ link: token });
  if (o.accountId) params.set('account', o.accountId);
  if (o.view) params.set('view', o.view);
  if (o.lang) params.set('lang', o.lang);
  if (o.compact) params.set('compact', '1');
  return { url: `${o.base}/workspace/#${params.toString()}`, expiresAt: new Date(exp).toISOString() };
}

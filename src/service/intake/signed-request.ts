import { z } from 'zod';
import { verifyV1V2, verifyV3 } from '../../crm/hubspot/signature.js';

/** Request headers as Node gives them (lower-case names); a repeated header is an array. */
export type RequestHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** A request HubSpot signed, as the route received it. */
export interface HubSpotRequest {
  readonly method: string;
  /** The full URL HubSpot called, query string included (see `publicUrl`). */
  readonly url: string;
  /** The body exactly as received; HubSpot signs the bytes, not a re-serialisation. */
  readonly rawBody: string | Buffer;
  readonly headers: RequestHeaders;
  /** ms since epoch */
  readonly now: number;
  /** The app's client secret. */
  readonly secret: string;
}

export type SignatureFailure = 'missing' | 'stale' | 'mismatch' | 'bad-timestamp';

export type SignatureVerdict =
  | { readonly ok: true; readonly version: 'v3' | 'v2' }
  | { readonly ok: false; readonly reason: SignatureFailure };

export interface VerifyOptions {
  /**
   * Also accept the older v2 signature when a request has no v3 headers. HubSpot documents v2 for
   * custom workflow action requests, so only that route turns this on; v2 carries no timestamp, so
   * a request signed that way cannot be checked for age.
   */
  readonly acceptV2?: boolean;
}

function header(headers: RequestHeaders, name: string): string | undefined {
  const value =
    headers[name] ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? undefined;
  return typeof value === 'string' ? value : value?.[0];
}

/** Checks a request's HubSpot signature: v3 (with its 5-minute age limit), else v2 where accepted. */
export function verifyHubSpotRequest(req: HubSpotRequest, options: VerifyOptions = {}): SignatureVerdict {
  const signed = { method: req.method, uri: req.url, body: req.rawBody };
  const v3 = header(req.headers, 'x-hubspot-signature-v3');
  const timestamp = header(req.headers, 'x-hubspot-request-timestamp');
  if (v3 !== undefined || !options.acceptV2) {
    const check = verifyV3(req.secret, signed, v3, timestamp, req.now);
    return check.valid ? { ok: true, version: 'v3' } : { ok: false, reason: check.reason };
  }
  const version = header(req.headers, 'x-hubspot-signature-version')?.toLowerCase() ?? 'v2';
  if (version !== 'v2') return { ok: false, reason: 'missing' };
  const check = verifyV1V2(req.secret, signed, header(req.headers, 'x-hubspot-signature'), 'v2');
  return check.valid ? { ok: true, version: 'v2' } : { ok: false, reason: check.reason };
}

const decimalId = z.string().regex(/^\d{1,20}$/);

/** What HubSpot appends to the URL of a `hubspot.fetch` request from a card. */
const CardQuery = z.object({
  portalId: decimalId,
  // The signature covers the URL, so these come from HubSpot; one it ever sent malformed is dropped.
  userId: decimalId.optional().catch(undefined),
  userEmail: z.string().min(1).optional().catch(undefined),
  appId: decimalId.optional().catch(undefined),
});

/** Who a signed card request comes from; ids as decimal text. */
export interface CardCaller {
  readonly portalId: string;
  readonly userId?: string;
  readonly userEmail?: string;
  readonly appId?: string;
}

export type CardRequestCheck =
  | ({ readonly ok: true } & CardCaller)
  | { readonly ok: false; readonly reason: SignatureFailure | 'no-portal' };

function queryOf(url: string): Record<string, string> | undefined {
  try {
    return Object.fromEntries(new URL(url).searchParams);
  } catch {
    return undefined;
  }
}

/**
 * Checks a card's `hubspot.fetch` request: a valid v3 signature first, then the portal (and user)
 * HubSpot appended to the query string. Only a signed URL is trusted to name the portal.
 */
export function checkHubSpotRequest(req: HubSpotRequest): CardRequestCheck {
  const verdict = verifyHubSpotRequest(req);
  if (!verdict.ok) return verdict;
  const query = CardQuery.safeParse(queryOf(req.url) ?? {});
  if (!query.success) return { ok: false, reason: 'no-portal' };
  const { portalId, userId, userEmail, appId } = query.data;
  return {
    ok: true,
    portalId,
    ...(userId === undefined ? {} : { userId }),
    ...(userEmail === undefined ? {} : { userEmail }),
    ...(appId === undefined ? {} : { appId }),
  };
}

/** The parts of an incoming request that locate it (Fastify's request has them). */
export interface RequestLocation {
  /** Path and query as received. */
  readonly url: string;
  readonly protocol: string;
  /** `host[:port]` */
  readonly host: string;
}

/**
 * The full URL HubSpot signed. Behind a proxy the service cannot see the public scheme and host, so
 * the configured public base URL (with any path prefix the proxy strips) wins; without one, the
 * request's own protocol and Host header are used.
 */
export function publicUrl(request: RequestLocation, configuredBaseUrl?: string): string {
  const base = configuredBaseUrl
    ? configuredBaseUrl.replace(/\/+$/, '')
    : `${request.protocol}://${request.host}`;
  return `${base}${request.url.startsWith('/') ? '' : '/'}${request.url}`;
}

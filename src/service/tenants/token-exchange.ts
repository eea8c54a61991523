import { createSign } from 'node:crypto';
import { z } from 'zod';

/** Renews an access token this long before it expires, so a call never starts with a stale one. */
export const RENEW_MARGIN_MS = 5 * 60_000;
/** Salesforce answers a JWT bearer login without a lifetime; sessions last at least this long. */
const SALESFORCE_SESSION_MS = 60 * 60_000;

const HubSpotTokens = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().int().positive(),
});
export interface HubSpotTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAt: number;
}

const SalesforceToken = z.object({
  access_token: z.string().min(1),
  instance_url: z.url(),
  id: z.string().optional(),
});
export interface SalesforceSession {
  readonly accessToken: string;
  readonly instanceUrl: string;
  /** The identity URL (`…/id/<orgId>/<userId>`), when given. */
  readonly identityUrl?: string;
  readonly expiresAt: number;
}

/** A token endpoint refused: its `error`/`message` text (never the credentials sent). */
export class TokenExchangeError extends Error {
  readonly code = 'TOKEN_EXCHANGE_FAILED';
}

async function postForm(url: string, form: Record<string, string>): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(form).toString(),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new TokenExchangeError(`${new URL(url).host} answered ${res.status} without JSON`);
  }
  if (!res.ok) {
    const e = body as { error?: unknown; message?: unknown; error_description?: unknown };
    const why = [e.error, e.error_description ?? e.message].filter((x) => typeof x === 'string').join(': ');
    throw new TokenExchangeError(`${new URL(url).host} answered ${res.status}${why ? `: ${why}` : ''}`);
  }
  return body;
}

function parsed<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const r = schema.safeParse(body);
  if (!r.success) throw new TokenExchangeError(`unexpected ${what} answer: ${r.error.issues[0]?.message}`);
  return r.data;
}

/** HubSpot OAuth: an authorization code or a refresh token for new tokens. */
export async function hubSpotTokens(
  baseUrl: string,
  form: Record<string, string>,
  now: number,
): Promise<HubSpotTokens> {
  const body = parsed(HubSpotTokens, await postForm(`${baseUrl}/oauth/v1/token`, form), 'HubSpot token');
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    expiresAt: now + body.expires_in * 1000,
  };
}

const AccessTokenInfo = z.object({ hub_id: z.number().int().positive(), hub_domain: z.string().optional() });

/** The portal an OAuth access token belongs to (HubSpot's token information endpoint). */
export async function hubSpotPortalOf(
  baseUrl: string,
  accessToken: string,
): Promise<{ portalId: string; domain?: string }> {
  const res = await fetch(`${baseUrl}/oauth/v1/access-tokens/${encodeURIComponent(accessToken)}`);
  if (!res.ok) throw new TokenExchangeError(`HubSpot token information answered ${res.status}`);
  const info = parsed(AccessTokenInfo, await res.json(), 'HubSpot token information');
  return { portalId: String(info.hub_id), ...(info.hub_domain ? { domain: info.hub_domain } : {}) };
}

const b64url = (x: string | Buffer) => Buffer.from(x).toString('base64url');

/** A signed JWT bearer assertion (RS256) for Salesforce's OAuth 2.0 JWT bearer flow. */
export function jwtAssertion(
  clientId: string,
  username: string,
  audience: string,
  privateKey: string,
  now: number,
): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = b64url(
    JSON.stringify({ iss: clientId, sub: username, aud: audience, exp: Math.floor(now / 1000) + 180 }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(privateKey);
  return `${header}.${claims}.${b64url(signature)}`;
}

/** Salesforce JWT bearer login: a session for the integration user, no password or browser. */
export async function salesforceJwtLogin(
  loginUrl: string,
  clientId: string,
  username: string,
  privateKey: string,
  now: number,
): Promise<SalesforceSession> {
  const assertion = jwtAssertion(clientId, username, loginUrl, privateKey, now);
  const body = parsed(
    SalesforceToken,
    await postForm(`${loginUrl}/services/oauth2/token`, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion,
    }),
    'Salesforce token',
  );
  return {
    accessToken: body.access_token,
    instanceUrl: body.instance_url.replace(/\/+$/, ''),
    ...(body.id ? { identityUrl: body.id } : {}),
    expiresAt: now + SALESFORCE_SESSION_MS,
  };
}

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** HubSpot rejects (and so do we) v3 requests whose timestamp is older than this. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000;

/** Percent-encodings HubSpot decodes in the URI before it signs a v3 request. */
const DECODED_BEFORE_SIGNING: Readonly<Record<string, string>> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};
const ENCODED = /%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi;

/** The URI as HubSpot signs it: the full URL with a fixed set of percent-encodings decoded. */
export function canonicalUri(uri: string): string {
  return uri.replace(ENCODED, (m) => DECODED_BEFORE_SIGNING[m.toUpperCase()] ?? m);
}

export interface SignedRequest {
  readonly method: string;
  /** The full URL the request was sent to, query string included. */
  readonly uri: string;
  /** The raw body exactly as received (bytes or text), '' for none. */
  readonly body: string | Buffer;
}

/** v1: hex(sha256(secret + body)). */
export function signV1(secret: string, req: Pick<SignedRequest, 'body'>): string {
  return createHash('sha256').update(secret).update(req.body).digest('hex');
}

/** v2: hex(sha256(secret + method + uri + body)). */
export function signV2(secret: string, req: SignedRequest): string {
  return createHash('sha256')
    .update(secret + req.method + req.uri)
    .update(req.body)
    .digest('hex');
}

/** v3: base64(hmacSha256(secret, method + uri + body + timestamp)). */
export function signV3(secret: string, req: SignedRequest, timestamp: string): string {
  return createHmac('sha256', secret)
    .update(req.method + canonicalUri(req.uri))
    .update(req.body)
    .update(timestamp)
    .digest('base64');
}

export type SignatureCheck =
  | { readonly valid: true }
  | { readonly valid: false; readonly reason: 'missing' | 'stale' | 'mismatch' | 'bad-timestamp' };

/** Constant-time comparison of two signatures as text. */
function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks `X-HubSpot-Signature-v3` / `X-HubSpot-Request-Timestamp` (milliseconds). The clock is a
 * parameter so a recorded request can be checked as of the moment it was sent.
 */
export function verifyV3(
  secret: string,
  req: SignedRequest,
  signature: string | undefined,
  timestamp: string | undefined,
  now: number,
): SignatureCheck {
  if (!signature || !timestamp) return { valid: false, reason: 'missing' };
  if (!/^\d{1,16}$/.test(timestamp)) return { valid: false, reason: 'bad-timestamp' };
  if (now - Number(timestamp) > MAX_SIGNATURE_AGE_MS) return { valid: false, reason: 'stale' };
  return sameSignature(signV3(secret, req, timestamp), signature)
    ? { valid: true }
    : { valid: false, reason: 'mismatch' };
}

/** Checks the older `X-HubSpot-Signature` (v1 or v2, per `X-HubSpot-Signature-Version`). */
export function verifyV1V2(
  secret: string,
  req: SignedRequest,
  signature: string | undefined,
  version: 'v1' | 'v2',
): SignatureCheck {
  if (!signature) return { valid: false, reason: 'missing' };
  const expected = version === 'v1' ? signV1(secret, req) : signV2(secret, req);
  return sameSignature(expected, signature) ? { valid: true } : { valid: false, reason: 'mismatch' };
}

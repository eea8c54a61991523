import { createPublicKey, verify, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { ConnectedApp } from '../options.js';
import { OAuthError } from './oauth-error.js';

interface Claims {
  readonly iss?: unknown;
  readonly sub?: unknown;
  readonly aud?: unknown;
  readonly exp?: unknown;
}

/** The key that verifies an app's assertions: from an X.509 certificate or a public key (PEM). */
export function publicKeyOf(pem: string): KeyObject {
  return pem.includes('BEGIN CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem);
}

const decode = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const invalid = (description = 'invalid assertion') => new OAuthError('invalid_grant', description);

/**
 * Checks a JWT bearer assertion as Salesforce does: RS256 signed by the connected app's certificate,
 * `iss` the app's client id, `sub` a known username, `aud` the login URL, `exp` in the future.
 */
export function verifyAssertion(
  assertion: string,
  apps: readonly ConnectedApp[],
  audiences: readonly string[],
  nowSeconds: number,
): { app: ConnectedApp; username: string } {
  const parts = assertion.split('.');
  if (parts.length !== 3) throw invalid();
  let header: { alg?: unknown };
  let claims: Claims;
  try {
    header = decode(parts[0]!) as { alg?: unknown };
    claims = decode(parts[1]!) as Claims;
  } catch {
    throw invalid();
  }
  if (header.alg !== 'RS256') throw invalid('invalid assertion: algorithm must be RS256');
  const app = apps.find((a) => a.clientId === claims.iss);
  if (!app) throw new OAuthError('invalid_client_id', 'client identifier invalid');
  if (!app.certificate) throw invalid('invalid assertion: the connected app has no certificate');
  const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
  if (!verify('RSA-SHA256', signed, publicKeyOf(app.certificate), Buffer.from(parts[2]!, 'base64url')))
    throw invalid('invalid assertion: signature does not match');
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.some((a) => typeof a === 'string' && audiences.includes(a.replace(/\/$/, ''))))
    throw invalid('audience is invalid');
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) throw invalid('invalid assertion: expired');
  if (typeof claims.sub !== 'string') throw invalid();
  return { app, username: claims.sub };
}

import type { FastifyRequest } from 'fastify';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import type { HubSpotRequest } from '../intake/index.js';
import { publicUrl } from '../intake/index.js';
import type { EventSource } from '../metrics.js';

/** The app's client secret, or 503: without it no HubSpot request can be trusted. */
export function hubSpotSecret(ctx: ServiceContext): string {
  const secret = ctx.config.HUBSPOT_CLIENT_SECRET;
  if (!secret)
    throw new HttpError(
      503,
      'service.error.notConfigured',
      { what: 'HUBSPOT_CLIENT_SECRET' },
      'NOT_CONFIGURED',
    );
  return secret;
}

/** A request as HubSpot signed it: the URL it called (see `KAM_PUBLIC_URL`) and the raw body. */
export function signedRequestOf(request: FastifyRequest, ctx: ServiceContext): HubSpotRequest {
  return {
    method: request.method,
    url: publicUrl(request, ctx.config.KAM_PUBLIC_URL),
    rawBody: request.rawBody ?? Buffer.alloc(0),
    headers: request.headers,
    now: ctx.now(),
    secret: hubSpotSecret(ctx),
  };
}

/**
 * Turns a failed check into a counted rejection and a 401 that says only why (missing, stale,
 * mismatch): never which secret or what was expected.
 */
export function refuseUnsigned<T extends { ok: boolean; reason?: string }>(
  check: T,
  ctx: ServiceContext,
  source: EventSource,
): asserts check is Extract<T, { ok: true }> {
  if (check.ok) return;
  const reason = check.reason ?? 'mismatch';
  ctx.metrics.eventsRejected.inc({ source, reason });
  throw new HttpError(401, 'service.error.badSignature', { reason }, 'BAD_SIGNATURE');
}

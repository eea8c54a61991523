import type { FastifyRequest } from 'fastify';
import type { Store, Tenant } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { checkHubSpotRequest, publicUrl } from '../intake/index.js';

/**
 * The tenant a card request speaks for. HubSpot signs `hubspot.fetch` requests with the app's client
 * secret (v3) and appends the portal id; the portal's tenant is the only one the request can see.
 */
export async function cardTenant(request: FastifyRequest, ctx: ServiceContext): Promise<Tenant> {
  const secret = ctx.config.HUBSPOT_CLIENT_SECRET;
  if (!secret)
    throw new HttpError(
      503,
      'service.error.notConfigured',
      { what: 'HUBSPOT_CLIENT_SECRET' },
      'NOT_CONFIGURED',
    );
  const check = checkHubSpotRequest({
    method: request.method,
    url: publicUrl(request, ctx.config.KAM_PUBLIC_URL),
    rawBody: request.rawBody ?? Buffer.alloc(0),
    headers: request.headers,
    now: ctx.now(),
    secret,
  });
  if (!check.ok) {
    ctx.metrics.eventsRejected.inc({ source: 'card', reason: check.reason });
    throw new HttpError(401, 'service.error.badSignature', { reason: check.reason }, 'BAD_SIGNATURE');
  }
  return tenantOf(ctx.store, check.portalId);
}

async function tenantOf(store: Store, portalId: string): Promise<Tenant> {
  const tenant = await store.tenantByExternalId('hubspot', portalId);
  if (!tenant)
    throw new HttpError(
      404,
      'service.error.unknownTenant',
      { crm: 'HubSpot', id: portalId },
      'UNKNOWN_TENANT',
    );
  return tenant;
}

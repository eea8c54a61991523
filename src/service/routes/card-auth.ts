import type { FastifyRequest } from 'fastify';
import type { Store, Tenant } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { checkHubSpotRequest } from '../intake/index.js';
import { refuseUnsigned, signedRequestOf } from './hubspot-signature.js';

/**
 * The tenant a card request speaks for. HubSpot signs `hubspot.fetch` requests with the app's client
 * secret (v3) and appends the portal id; the portal's tenant is the only one the request can see.
 */
export async function cardTenant(request: FastifyRequest, ctx: ServiceContext): Promise<Tenant> {
  const check = checkHubSpotRequest(signedRequestOf(request, ctx));
  refuseUnsigned(check, ctx, 'card');
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

import type { FastifyRequest } from 'fastify';
import type { Store, Tenant } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { checkHubSpotRequest } from '../intake/index.js';
import { refuseUnsigned, signedRequestOf } from './hubspot-signature.js';

/** The bearer token of a request, if it carries one. */
export function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m?.[1];
}

/** Who a card or workspace request speaks for, and how far it reaches. */
export interface CardAccess {
  readonly tenant: Tenant;
  readonly via: 'signature' | 'link';
  /** A link issued for one account reaches that account only. */
  readonly accountId?: string;
  /** When the link expires (epoch ms); a signed request has no expiry of its own. */
  readonly expiresAt?: number;
}

/**
 * The tenant a card or workspace request speaks for, and the only one it can see. Two ways in:
 * a workspace link token (`Authorization: Bearer …`, issued by the service), or a HubSpot-signed
 * `hubspot.fetch` request (v3 signature with the app's client secret; the portal id is appended).
 */
export async function cardAccess(request: FastifyRequest, ctx: ServiceContext): Promise<CardAccess> {
  const token = bearerOf(request);
  if (token !== undefined) return linkAccess(token, ctx);
  return { tenant: await signedCardTenant(request, ctx), via: 'signature' };
}

/** Only HubSpot's signature, never a link: what may issue links (a link cannot renew itself). */
export async function signedCardTenant(request: FastifyRequest, ctx: ServiceContext): Promise<Tenant> {
  const check = checkHubSpotRequest(signedRequestOf(request, ctx));
  refuseUnsigned(check, ctx, 'card');
  return tenantOf(ctx.store, check.portalId);
}

/** Refuses a link issued for another account. */
export function assertReaches(access: CardAccess, accountId: string): void {
  if (access.accountId !== undefined && access.accountId !== accountId)
    throw new HttpError(403, 'service.error.linkScope', { id: access.accountId }, 'LINK_SCOPE');
}

/** Refuses a link issued for one account where the whole portfolio is asked for. */
export function assertTenantWide(access: CardAccess): void {
  if (access.accountId !== undefined)
    throw new HttpError(403, 'service.error.linkScope', { id: access.accountId }, 'LINK_SCOPE');
}

async function linkAccess(token: string, ctx: ServiceContext): Promise<CardAccess> {
  const check = ctx.links.check(token, ctx.now());
  if (!check.ok) {
    ctx.metrics.eventsRejected.inc({ source: 'workspace', reason: check.reason });
    if (check.reason === 'expired') throw new HttpError(401, 'service.error.linkExpired', {}, 'LINK_EXPIRED');
    throw new HttpError(401, 'service.error.badLink', {}, 'BAD_LINK');
  }
  const tenant = await ctx.store.tenant(check.claims.tid);
  // a link outlives an uninstall only as a refusal
  if (!tenant) throw new HttpError(401, 'service.error.badLink', {}, 'BAD_LINK');
  return {
    tenant,
    via: 'link',
    expiresAt: check.claims.exp,
    ...(check.claims.acc !== undefined ? { accountId: check.claims.acc } : {}),
  };
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

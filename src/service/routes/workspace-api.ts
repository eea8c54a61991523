import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceLink } from '../workspace/link-token.js';
import type { DemoSessionsAnswer, LinkAnswer, SessionAnswer } from '../../workspace/contract.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { jsonBody } from '../http/raw-body.js';
import { tenantInfo } from '../workspace/portfolio.js';
import { assertTenantWide, cardAccess, signedCardTenant } from './card-auth.js';

const LinkBody = z
  .object({
    accountId: z
      .string()
      .regex(/^[\w-]{1,64}$/, 'must be a CRM record id')
      .optional(),
    lang: z.enum(['de', 'en']).optional(),
    view: z
      .enum(['sociogram', 'org-chart', 'buying-center', 'value-chain', 'horizons', 'timeline'])
      .optional(),
  })
  .strict()
  .refine((b) => b.view === undefined || b.accountId !== undefined, {
    message: 'a view needs an accountId',
    path: ['view'],
  });

/**
 * The workspace's own API beside the card API: who a link speaks for, the manager's portfolio, links
 * for a card's "open the workspace" button, and (demo only) a session per demo tenant.
 */
export function registerWorkspaceApi(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/session', async (request): Promise<SessionAnswer> => {
    const access = await cardAccess(request, ctx);
    return {
      tenant: tenantInfo(access.tenant),
      ...(access.expiresAt !== undefined ? { expiresAt: new Date(access.expiresAt).toISOString() } : {}),
      ...(access.accountId !== undefined ? { accountId: access.accountId } : {}),
    };
  });

  app.get('/api/portfolio', async (request) => {
    const access = await cardAccess(request, ctx);
    assertTenantWide(access);
    return ctx.portfolio.portfolio(access.tenant);
  });

  /**
   * A HubSpot card asks for a link to open in a modal: for one account (the record page's card), or
   * without an account for the whole portfolio. Only HubSpot's signature issues links: a link can
   * never renew itself.
   */
  app.post('/api/workspace/link', async (request): Promise<LinkAnswer> => {
    const tenant = await signedCardTenant(request, ctx);
    const parsed = LinkBody.safeParse(jsonBody(request) ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new HttpError(
        400,
        'service.error.badBody',
        { problem: `body.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` },
        'BAD_REQUEST',
      );
    }
    const base = ctx.config.KAM_PUBLIC_URL ?? `${request.protocol}://${request.host}`;
    return workspaceLink(ctx.links, {
      base,
      tenantId: tenant.id,
      validHours: ctx.config.KAM_WORKSPACE_LINK_HOURS,
      now: ctx.now(),
      ...parsed.data,
      compact: true,
    });
  });

  if (ctx.demo)
    app.get('/api/demo/sessions', async (): Promise<DemoSessionsAnswer> => {
      const tenants = await ctx.store.tenants();
      const exp = ctx.now() + ctx.config.KAM_WORKSPACE_LINK_HOURS * 3_600_000;
      return {
        sessions: tenants.map((tenant) => ({
          tenant: tenantInfo(tenant),
          token: ctx.links.issue({ tid: tenant.id, exp }),
        })),
      };
    });
}

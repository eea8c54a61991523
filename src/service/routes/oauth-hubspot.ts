import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { t } from '../../core/i18n/index.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { requestLang } from '../http/lang.js';
import { publicUrl } from '../intake/index.js';
import { hubSpotPortalOf, hubSpotTokens } from '../tenants/token-exchange.js';

/** How long the browser has between "install" and HubSpot's redirect back. */
const STATE_TTL_MS = 10 * 60_000;
const CallbackQuery = z.object({
  code: z.string().min(1).max(500),
  state: z.string().regex(/^[\w-]{16,64}$/, 'is not a state this service issued'),
});

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, text: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:4rem auto"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`;
}

/** The service's own base URL as HubSpot's redirect sees it. */
const baseUrl = (request: FastifyRequest, ctx: ServiceContext) =>
  new URL(publicUrl(request, ctx.config.KAM_PUBLIC_URL)).origin;

/**
 * The HubSpot OAuth install: `GET /oauth/hubspot/install` sends the browser to HubSpot's consent
 * page with a one-time state; `GET /oauth/hubspot/callback` checks the state, exchanges the code,
 * finds the portal and stores the installation with its tokens encrypted.
 */
export function registerHubSpotOAuth(app: FastifyInstance, ctx: ServiceContext): void {
  const app_ = () => {
    const { HUBSPOT_CLIENT_ID: clientId, HUBSPOT_CLIENT_SECRET: clientSecret } = ctx.config;
    if (!clientId || !clientSecret)
      throw new HttpError(
        503,
        'service.error.notConfigured',
        { what: 'HUBSPOT_CLIENT_ID, HUBSPOT_CLIENT_SECRET' },
        'NOT_CONFIGURED',
      );
    return { clientId, clientSecret };
  };

  app.get('/oauth/hubspot/install', async (request, reply) => {
    const { clientId } = app_();
    const state = randomBytes(24).toString('base64url');
    await ctx.store.claimKeys([`oauth-state:${state}`], STATE_TTL_MS, ctx.now());
    const target = new URL(ctx.config.HUBSPOT_AUTHORIZE_URL);
    target.searchParams.set('client_id', clientId);
    target.searchParams.set('redirect_uri', `${baseUrl(request, ctx)}/oauth/hubspot/callback`);
    target.searchParams.set('scope', ctx.config.HUBSPOT_SCOPES);
    target.searchParams.set('state', state);
    return reply.redirect(target.href, 302);
  });

  app.get('/oauth/hubspot/callback', async (request, reply) => {
    const lang = requestLang(request, ctx.config.KAM_LANG);
    const { clientId, clientSecret } = app_();
    const q = CallbackQuery.safeParse(request.query);
    if (!q.success) {
      const issue = q.error.issues[0];
      throw new HttpError(
        400,
        'service.error.badBody',
        { problem: `${issue?.path.join('.')}: ${issue?.message}` },
        'BAD_REQUEST',
      );
    }
    // the state was claimed at install: claiming it again succeeds only if it never was (or expired)
    const stateKey = `oauth-state:${q.data.state}`;
    const unknown = await ctx.store.claimKeys([stateKey], 1, ctx.now());
    await ctx.store.releaseKeys([stateKey]);
    if (unknown.length > 0) throw new HttpError(400, 'service.oauth.badState', {}, 'BAD_STATE');
    const tokens = await hubSpotTokens(
      ctx.config.HUBSPOT_BASE_URL,
      {
        grant_type: 'authorization_code',
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uri: `${baseUrl(request, ctx)}/oauth/hubspot/callback`,
        code: q.data.code,
      },
      ctx.now(),
    );
    const portal = await hubSpotPortalOf(ctx.config.HUBSPOT_BASE_URL, tokens.accessToken);
    const tenant = await ctx.store.saveTenant({
      crm: 'hubspot',
      externalId: portal.portalId,
      name: portal.domain ?? `HubSpot ${portal.portalId}`,
      lang,
      apiBaseUrl: ctx.config.HUBSPOT_BASE_URL,
      credentials: { kind: 'hubspot-oauth', ...tokens },
    });
    ctx.ports.forget(tenant.id);
    request.log.info({ tenant: tenant.id }, 'HubSpot portal installed');
    const title = t('service.oauth.installedTitle', lang);
    return reply
      .type('text/html; charset=utf-8')
      .send(page(title, t('service.oauth.installed', lang, { portal: portal.portalId })));
  });
}

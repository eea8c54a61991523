import { randomUUID } from 'node:crypto';
import { instrumentSide } from '../instrument.js';
import type { HubSpotOptions } from '../options.js';
import type { SandboxCredential, SandboxSide, SideFactory } from '../side.js';
import { errorBody } from './errors.js';
import { addAuthAndLimits, addChangeOrigin, addErrorHandling, addFormParser, bearerToken } from './hooks.js';
import { OAuthService } from './oauth.js';
import { RateLimiter, rateLimitBody } from './rate-limit.js';
import { Records } from './records.js';
import { registerSideAdmin } from './routes/admin.js';
import { registerRoutes } from './routes/index.js';
import { seedPortfolio } from './portal/seed-portfolio.js';
import { seedPortal } from './seed.js';
import { createState } from './state.js';
import type { HubSpotState } from './state.js';
import { clearTables, createTables } from './store/tables.js';
import { createWebhooks } from './webhooks/index.js';
import { createWorkflows } from './workflows/index.js';

/** The HubSpot stand-in: api.hubapi.com's paths at the root of the sandbox. */
export const createHubSpotSide: SideFactory = (ctx): SandboxSide => {
  const options = ctx.options.hubspot;
  createTables(ctx.db);
  const state = createState(ctx.db, options.portalId, ctx.now);
  const limiter = new RateLimiter(options.rateLimit);
  const records = new Records(state);
  const oauth = new OAuthService(state, options.accessTokenTtlSeconds);
  ensureCredentials(state, options);
  if (state.properties.list('0-2', false).length === 0) seedPortal(state);
  const webhooks = createWebhooks(state, options.webhooks);
  const workflows = createWorkflows(state);

  return {
    name: 'hubspot',
    pathPrefix: '',
    async register(app) {
      await app.register(async (hubspot) => {
        instrumentSide(hubspot, ctx, {
          side: 'hubspot',
          tokenOf: bearerToken,
          replyFault: (reply, kind) => {
            if (kind === 'tooManyRequests') {
              reply.code(429).send(rateLimitBody('TEN_SECONDLY_ROLLING', randomUUID()));
            } else if (kind === 'serverError') {
              reply.code(500).send(errorBody('INTERNAL_ERROR', 'internal error'));
            } else {
              reply.code(502).send(errorBody('BAD_GATEWAY', 'Bad Gateway'));
            }
          },
        });
        addErrorHandling(hubspot);
        addFormParser(hubspot);
        addAuthAndLimits(hubspot, state, limiter);
        addChangeOrigin(hubspot, state);
        registerRoutes(hubspot, state, records, oauth);
        webhooks.registerApi(hubspot);
        workflows.registerApi(hubspot);
        hubspot.addHook('onClose', () => webhooks.stop());
      });
      await app.register(
        async (admin) => {
          registerSideAdmin(admin, oauth);
          webhooks.registerAdmin(admin);
          workflows.registerAdmin(admin);
        },
        { prefix: '/__sandbox/hubspot' },
      );
    },
    reset() {
      clearTables(ctx.db);
      state.properties.clearCache();
      state.schemas.clearCache();
      seedPortal(state);
      webhooks.reset();
      workflows.reset();
      limiter.reset();
    },
    credentials() {
      const tokens: SandboxCredential[] = state.auth.privateAppTokens().map((value) => ({
        side: 'hubspot',
        kind: 'private-app-token',
        value,
        description: `Authorization: Bearer … for portal ${options.portalId}`,
      }));
      const clients: SandboxCredential[] = state.auth.clients().flatMap((c) => [
        { side: 'hubspot', kind: 'oauth-client-id', value: c.clientId, description: `OAuth app ${c.appId}` },
        {
          side: 'hubspot',
          kind: 'oauth-client-secret',
          value: c.clientSecret,
          description: `OAuth app ${c.appId}`,
        },
      ]);
      const developerKeys: SandboxCredential[] = state.auth.developerKeys().map((value) => ({
        side: 'hubspot',
        kind: 'developer-api-key',
        value,
        description: 'hapikey=… for the webhooks and workflow-action definition APIs of every app',
      }));
      return [...tokens, ...clients, ...developerKeys];
    },
    seed: (snapshots, seedOptions) => seedPortfolio(state, records, snapshots, seedOptions),
    notFound(request, reply) {
      reply
        .code(404)
        .send(
          errorBody('OBJECT_NOT_FOUND', `Unable to route ${request.method} ${request.url.split('?')[0]}`),
        );
    },
  };
};

/** Configured credentials are added; with none configured (and none stored) one of each is generated. */
function ensureCredentials(state: HubSpotState, options: HubSpotOptions): void {
  const now = state.now();
  const { privateAppTokens: tokens, oauthClients: clients, developerApiKeys } = options;
  for (const token of tokens) state.auth.addPrivateToken(token, now);
  for (const key of developerApiKeys) state.auth.addDeveloperKey(key, now);
  if (state.auth.privateAppTokens().length === 0) state.auth.addPrivateToken(`pat-na1-${randomUUID()}`, now);
  for (const client of clients) state.auth.addClient(client);
  if (state.auth.clients().length === 0) {
    state.auth.addClient({ clientId: randomUUID(), clientSecret: randomUUID(), appId: 1000001 });
  }
  if (state.auth.developerKeys().length === 0) state.auth.addDeveloperKey(`dev-${randomUUID()}`, now);
}

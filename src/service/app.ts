import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from './context.js';
import { installErrorHandler } from './http/errors.js';
import { installBodyParsers } from './http/raw-body.js';
import { registerCardActions } from './routes/card-actions.js';
import { registerCardApi } from './routes/card-api.js';
import { registerHealth } from './routes/health.js';
import { registerHome } from './routes/home.js';
import { registerHubSpotWebhooks } from './routes/webhooks-hubspot.js';
import { registerMetrics } from './routes/metrics.js';
import { registerHubSpotOAuth } from './routes/oauth-hubspot.js';
import { registerSalesforceWebhooks } from './routes/webhooks-salesforce.js';
import { registerWorkflowAction } from './routes/workflow-action.js';
import { registerWorkspaceApi } from './routes/workspace-api.js';
import { registerWorkspaceAssets } from './routes/workspace-assets.js';

/** The service's HTTP app (not listening yet). */
export function buildApp(ctx: ServiceContext): FastifyInstance {
  const app = Fastify({
    loggerInstance: ctx.log,
    bodyLimit: ctx.config.KAM_MAX_BODY_BYTES,
    // the public URL is rebuilt from these behind a proxy
    trustProxy: ctx.config.KAM_PUBLIC_URL !== undefined,
    return503OnClosing: true,
  }) as unknown as FastifyInstance;
  installBodyParsers(app);
  installErrorHandler(app, ctx.config.KAM_LANG, ctx.config.KAM_MAX_BODY_BYTES);
  registerHome(app, ctx);
  registerHealth(app, ctx);
  registerMetrics(app, ctx);
  registerHubSpotWebhooks(app, ctx);
  registerSalesforceWebhooks(app, ctx);
  registerWorkflowAction(app, ctx);
  registerCardApi(app, ctx);
  registerCardActions(app, ctx);
  registerHubSpotOAuth(app, ctx);
  registerWorkspaceApi(app, ctx);
  registerWorkspaceAssets(app);
  return app;
}

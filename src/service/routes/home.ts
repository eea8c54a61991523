import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceContext } from '../context.js';
import { requestLang } from '../http/lang.js';

const TEXT = {
  de: {
    title: 'KAM-Service',
    lead: 'Hält den Key-Account-Score in HubSpot und Salesforce aktuell, sobald sich Datensätze ändern.',
    health: 'Zustand',
    metrics: 'Kennzahlen (Prometheus)',
    install: 'In einem HubSpot-Portal installieren',
    tenants: 'Installationen',
    workspace: 'KAM-Arbeitsbereich (mit einem Link aus der KAM-Karte oder von kam tenant link)',
  },
  en: {
    title: 'KAM service',
    lead: 'Keeps the key-account score in HubSpot and Salesforce current whenever records change.',
    health: 'Health',
    metrics: 'Metrics (Prometheus)',
    install: 'Install in a HubSpot portal',
    tenants: 'Installations',
    workspace: 'KAM workspace (with a link from the KAM card or from kam tenant link)',
  },
} as const;

/**
 * `GET /service` (and `GET /` outside the demo): what this service is and where to go. The demo's
 * `/` opens straight into the workspace, which issues its own sessions there.
 */
export function registerHome(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/', async (request, reply) => {
    if (ctx.demo) return reply.redirect('/workspace/');
    return servicePage(request, reply);
  });
  app.get('/service', servicePage);

  async function servicePage(request: FastifyRequest, reply: FastifyReply) {
    const x = TEXT[requestLang(request, ctx.config.KAM_LANG)];
    const count = (await ctx.store.tenants()).length;
    const oauth = ctx.config.HUBSPOT_CLIENT_ID
      ? `<li><a href="/oauth/hubspot/install">${x.install}</a></li>`
      : '';
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html><head><meta charset="utf-8"><title>${x.title}</title></head>` +
          `<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto"><h1>${x.title}</h1><p>${x.lead}</p>` +
          `<p>${x.tenants}: ${count}</p><ul><li><a href="/workspace/">${x.workspace}</a></li>` +
          `<li><a href="/healthz">${x.health}</a></li>` +
          `<li><a href="/metrics">${x.metrics}</a></li>${oauth}</ul></body></html>`,
      );
  }
}

import type { FastifyInstance } from 'fastify';
import type { JobRequest } from '../../jobs/port.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { jsonBody } from '../http/raw-body.js';
import type { HubSpotEvent } from '../intake/index.js';
import { parseHubSpotEvents, planHubSpotEvents, verifyHubSpotRequest } from '../intake/index.js';
import { refuseUnsigned, signedRequestOf } from './hubspot-signature.js';
import { claimAndEnqueue, tenantRequest } from './intake-common.js';

/** HubSpot redelivers an event with the same id, subscription and time: that is its dedupe key. */
const eventKey = (e: HubSpotEvent) =>
  `hubspot:${e.portalId}:${e.eventId}:${e.subscriptionId}:${e.occurredAt}`;

/**
 * `POST /webhooks/hubspot`: a signed batch of ≤ 100 events. Checked (v3 signature over the raw body
 * and the URL HubSpot called, 5 minutes), de-duplicated, turned into jobs and queued durably before
 * the answer; nothing is scored here, so the answer is fast.
 */
export function registerHubSpotWebhooks(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/webhooks/hubspot', async (request, reply) => {
    refuseUnsigned(verifyHubSpotRequest(signedRequestOf(request, ctx)), ctx, 'hubspot');
    const parsed = parseHubSpotEvents(jsonBody(request));
    if (!parsed.ok) {
      ctx.metrics.eventsRejected.inc({ source: 'hubspot', reason: 'malformed' });
      throw new HttpError(400, 'service.error.badBody', { problem: parsed.problem.message }, 'BAD_BODY');
    }
    const events = parsed.value;
    // tenants of the portals in this batch; events of a portal without an installation are dropped
    const tenants = new Map<string, string>();
    for (const portalId of new Set(events.map((e) => String(e.portalId)))) {
      const tenant = await ctx.store.tenantByExternalId('hubspot', portalId);
      if (tenant) tenants.set(portalId, tenant.id);
    }
    const known = events.filter((e) => tenants.has(String(e.portalId)));
    if (known.length < events.length) {
      ctx.metrics.eventsRejected.inc(
        { source: 'hubspot', reason: 'unknown-portal' },
        events.length - known.length,
      );
      request.log.warn(
        { events: events.length - known.length },
        'events of portals without an installation dropped',
      );
    }
    let ignored = 0;
    const { fresh, duplicates } = await claimAndEnqueue(ctx, known, eventKey, (freshEvents) => {
      const plan = planHubSpotEvents(freshEvents, ctx.now());
      ignored = plan.ignored;
      const requests: JobRequest[] = [];
      for (const [portalId, portal] of plan.byPortal)
        for (const r of portal.requests) requests.push(tenantRequest(tenants.get(portalId)!, r));
      return requests;
    });
    ctx.metrics.eventsDuplicate.inc({ source: 'hubspot' }, duplicates);
    ctx.metrics.eventsIgnored.inc({ source: 'hubspot' }, ignored);
    ctx.metrics.eventsReceived.inc({ source: 'hubspot' }, fresh.length - ignored);
    return reply.code(204).send();
  });
}

import { z } from 'zod';
import { HubSpotEvent } from './hubspot-event-schema.js';
import { describeIssues, parsed, refused } from './problem.js';
import type { Parsed } from './problem.js';
import { subjectsOfEvent } from './hubspot-event-subjects.js';
import type { IgnoreReason } from './hubspot-event-subjects.js';
import { RequestCollector } from './requests.js';
import type { IntakeRequest } from './requests.js';

export { HubSpotEvent };

/** HubSpot sends at most 100 events in one webhook request. */
export const MAX_EVENTS_PER_REQUEST = 100;

export type HubSpotBatchProblem = 'invalid-batch';

/** Validates a webhook request body: a JSON array of at most 100 events. */
export function parseHubSpotEvents(body: unknown): Parsed<HubSpotEvent[], HubSpotBatchProblem> {
  if (!Array.isArray(body))
    return refused('invalid-batch', 'a HubSpot webhook body is a JSON array of events');
  if (body.length > MAX_EVENTS_PER_REQUEST)
    return refused(
      'invalid-batch',
      `${body.length} events in one request; HubSpot sends at most ${MAX_EVENTS_PER_REQUEST}`,
    );
  const result = z.array(HubSpotEvent).safeParse(body);
  if (!result.success) return refused('invalid-batch', describeIssues(result.error, { root: 'events' }));
  return parsed(result.data);
}

/** The work one portal's events ask for. */
export interface PortalPlan {
  /** One request per subject; the route adds the portal's tenant id. */
  readonly requests: IntakeRequest[];
  /**
   * Ids of the events behind `requests`, each once, for the route to claim: HubSpot delivers at
   * least once, so a batch whose ids were all claimed before is a redelivery.
   */
  readonly eventIds: string[];
}

export interface HubSpotEventsPlan {
  /**
   * By HubSpot portal id as decimal text (the tenant's external id); one batch may carry several
   * portals that installed the app.
   */
  readonly byPortal: Map<string, PortalPlan>;
  /** Events that ask for no work. */
  readonly ignored: number;
  readonly ignoredReasons: Partial<Record<IgnoreReason, number>>;
}

/**
 * Turns a batch into queue requests: companies become account subjects, contacts, deals and custom
 * object records become record subjects for the worker to trace. `requestedAt` is when the change
 * happened, never later than `now` (a sender's clock running ahead must not date work in the future).
 */
export function planHubSpotEvents(events: readonly HubSpotEvent[], now: number): HubSpotEventsPlan {
  const portals = new Map<string, { collector: RequestCollector; eventIds: Set<string> }>();
  const ignoredReasons: Partial<Record<IgnoreReason, number>> = {};
  let ignored = 0;
  for (const event of events) {
    const outcome = subjectsOfEvent(event);
    if (outcome.kind === 'ignored') {
      ignored++;
      ignoredReasons[outcome.reason] = (ignoredReasons[outcome.reason] ?? 0) + 1;
      continue;
    }
    const portalId = String(event.portalId);
    let portal = portals.get(portalId);
    if (portal === undefined) {
      portal = { collector: new RequestCollector(), eventIds: new Set() };
      portals.set(portalId, portal);
    }
    const requestedAt = Math.min(event.occurredAt, now);
    for (const subject of outcome.subjects) portal.collector.add(subject, requestedAt);
    portal.eventIds.add(event.eventId);
  }
  const byPortal = new Map<string, PortalPlan>();
  for (const [portalId, { collector, eventIds }] of portals)
    byPortal.set(portalId, { requests: collector.requests(), eventIds: [...eventIds] });
  return { byPortal, ignored, ignoredReasons };
}

/**
 * Helpers for the HubSpot-side end-to-end suites: requests signed the way HubSpot signs them (any
 * method, extra headers), webhook events in HubSpot's shape, and waiting until the demo is idle.
 */
import { signV3 } from '../../src/crm/hubspot/signature.js';
import { DEMO } from '../../src/service/demo/demo-credentials.js';
import type { ScoreHistoryEntry } from '../../src/store/port.js';
import type { TestDemo } from './harness.js';

/** The demo portal's id (the sandbox's default) and the app the demo installs. */
export const DEMO_PORTAL_ID = 12345678;

export interface SignedOptions {
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Defaults to the demo app's client secret. */
  readonly secret?: string;
  /** ms since epoch; defaults to now. */
  readonly timestamp?: number;
  /** Sign this URL instead of the one called (a URL altered after signing). */
  readonly signedUrl?: string;
  /** Sign this body instead of the one sent (a body altered after signing). */
  readonly signedBody?: string;
}

/** Calls the service as HubSpot does: v3 signature over method, full URL, body and timestamp. */
export function signedFetch(
  d: TestDemo,
  method: string,
  pathAndQuery: string,
  o: SignedOptions = {},
): Promise<Response> {
  const url = `${d.serviceUrl}${pathAndQuery}`;
  const body = o.body ?? '';
  const timestamp = String(o.timestamp ?? Date.now());
  const signature = signV3(
    o.secret ?? DEMO.hubspot.clientSecret,
    { method, uri: o.signedUrl ?? url, body: o.signedBody ?? body },
    timestamp,
  );
  return fetch(url, {
    method,
    headers: {
      ...(body === '' ? {} : { 'content-type': 'application/json' }),
      'x-hubspot-signature-v3': signature,
      'x-hubspot-request-timestamp': timestamp,
      ...o.headers,
    },
    ...(body === '' ? {} : { body }),
  });
}

let nextEventId = 9_000_000_000;

/** One webhook event as HubSpot sends it (`company.propertyChange` unless overridden). */
export function hubspotEvent(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventId: nextEventId++,
    subscriptionId: 4242,
    portalId: DEMO_PORTAL_ID,
    appId: DEMO.hubspot.appId,
    occurredAt: Date.now(),
    subscriptionType: 'company.propertyChange',
    attemptNumber: 0,
    propertyName: 'kam_rating_innovation',
    propertyValue: '3',
    changeSource: 'CRM_UI',
    ...fields,
  };
}

/** Webhook events the sandbox has not delivered yet (each leaves only after a 2xx answer). */
async function undeliveredEvents(d: TestDemo): Promise<number> {
  const answer = await fetch(`${d.sandboxUrl}/__sandbox/hubspot/webhooks/deliveries?limit=1`);
  return ((await answer.json()) as { pending: number }).pending;
}

/** Whether every change so far has been delivered, queued and handled. */
export async function isIdle(d: TestDemo): Promise<boolean> {
  // In this order: an event leaves the sandbox only once the service has queued its job.
  if ((await undeliveredEvents(d)) > 0) return false;
  const depth = await d.service.queue.depth();
  return depth.waiting === 0 && depth.active === 0;
}

/** Waits until nothing is pending in the sandbox's webhook queue nor in the service's job queue. */
export async function settle(d: TestDemo, timeoutMs = 30_000): Promise<void> {
  await d.until(async () => ((await isIdle(d)) ? true : undefined), timeoutMs, 'the demo to be idle');
}

/** The tenant's score history of an account, newest first. */
export function historyOf(d: TestDemo, accountId: string, tenantId = d.tenants.hubspot) {
  return d.service.store.scoreHistory(tenantId, accountId, 500);
}

/** Waits until the account's history has more than `count` entries; returns the newest. */
export async function nextHistoryEntry(
  d: TestDemo,
  accountId: string,
  count: number,
  timeoutMs = 15_000,
): Promise<ScoreHistoryEntry> {
  return d.until(
    async () => {
      const history = await historyOf(d, accountId);
      return history.length > count ? history[0] : undefined;
    },
    timeoutMs,
    `a new score of ${accountId}`,
  );
}

/** Every key account of the demo portal, as the service's own adapter lists them. */
export async function hubspotKeyAccounts(d: TestDemo): Promise<string[]> {
  const { port } = await d.service.ports.get(d.tenants.hubspot);
  const ids: string[] = [];
  for await (const page of port.listAccounts()) ids.push(...page);
  return ids;
}

/** The object type id (`2-…`) of one of the portal's KAM custom objects, e.g. `kam_action`. */
export async function customObjectTypeId(d: TestDemo, name: string): Promise<string> {
  const schemas = await d.hubspot.crm.schemas.coreApi.getAll();
  const id = schemas.results.find((s) => s.name === name)?.objectTypeId;
  if (id === undefined) throw new Error(`the portal has no custom object ${name}`);
  return id;
}

import { Client } from '@hubspot/api-client';
import type { SubscriptionCreateRequestEventTypeEnum } from '@hubspot/api-client/lib/codegen/webhooks/models/SubscriptionCreateRequest.js';
import { CUSTOM_OBJECTS, OUTPUT_PROPERTIES, READ_PROPERTIES } from './adapter/properties.js';

export interface WebhookSetup {
  readonly basePath: string;
  /** The app's id and a developer API key of its account (the webhooks API is per app). */
  readonly appId: number;
  readonly developerApiKey: string;
  /** A token of the portal, to read its custom object type ids. */
  readonly accessToken: string;
  /** Where HubSpot should POST events: the service's `/webhooks/hubspot`. */
  readonly targetUrl: string;
  readonly maxConcurrentRequests?: number;
}

export interface WantedSubscription {
  readonly eventType: string;
  readonly propertyName?: string;
  readonly objectTypeId?: string;
}

const inputs = (properties: readonly string[]) => properties.filter((p) => !OUTPUT_PROPERTIES.includes(p));
const standard = (prefix: string, properties: readonly string[]): WantedSubscription[] => [
  { eventType: `${prefix}.creation` },
  { eventType: `${prefix}.deletion` },
  { eventType: `${prefix}.associationChange` },
  ...inputs(properties).map((propertyName) => ({ eventType: `${prefix}.propertyChange`, propertyName })),
];

/**
 * Every subscription the service needs: creation, deletion, association changes and a change of
 * any property the score reads, on companies, contacts, deals and the portal's KAM objects. Output
 * properties are left out, so writing a score never comes back as an event.
 */
export function wantedSubscriptions(customTypeIds: Readonly<Record<string, string>>): WantedSubscription[] {
  const out: WantedSubscription[] = [
    ...standard('company', READ_PROPERTIES.company),
    ...standard('contact', READ_PROPERTIES.contacts),
    ...standard('deal', READ_PROPERTIES.deals),
  ];
  for (const [part, name] of Object.entries(CUSTOM_OBJECTS)) {
    const objectTypeId = customTypeIds[name];
    if (!objectTypeId) continue;
    out.push(
      { eventType: 'object.creation', objectTypeId },
      { eventType: 'object.deletion', objectTypeId },
      { eventType: 'object.associationChange', objectTypeId },
      ...READ_PROPERTIES[part as keyof typeof CUSTOM_OBJECTS].map((propertyName) => ({
        eventType: 'object.propertyChange',
        objectTypeId,
        propertyName,
      })),
    );
  }
  return out;
}

const keyOf = (s: WantedSubscription) => `${s.eventType}|${s.propertyName ?? ''}|${s.objectTypeId ?? ''}`;

/**
 * Points the app's webhooks at the service and subscribes what `wantedSubscriptions` lists
 * (idempotent: existing subscriptions are kept, missing ones created active). For apps on the
 * legacy webhooks API and the sandbox; a developer-platform project declares the same list in
 * its `webhooks-hsmeta.json`.
 */
export async function subscribeWebhooks(setup: WebhookSetup): Promise<{ created: number; kept: number }> {
  const dev = new Client({
    developerApiKey: setup.developerApiKey,
    basePath: setup.basePath,
    numberOfApiCallRetries: 2,
  });
  const portal = new Client({
    accessToken: setup.accessToken,
    basePath: setup.basePath,
    numberOfApiCallRetries: 2,
  });
  const schemas = await portal.crm.schemas.coreApi.getAll();
  const customTypeIds: Record<string, string> = {};
  for (const s of schemas.results) if (s.objectTypeId) customTypeIds[s.name] = s.objectTypeId;
  await dev.webhooks.settingsApi.configure(setup.appId, {
    targetUrl: setup.targetUrl,
    throttling: { maxConcurrentRequests: setup.maxConcurrentRequests ?? 10 },
  });
  const existing = await dev.webhooks.subscriptionsApi.getAll(setup.appId);
  const have = new Set(
    existing.results.map((s) =>
      keyOf({
        eventType: s.eventType,
        ...(s.propertyName ? { propertyName: s.propertyName } : {}),
        ...(s.objectTypeId ? { objectTypeId: s.objectTypeId } : {}),
      }),
    ),
  );
  let created = 0;
  let kept = 0;
  for (const wanted of wantedSubscriptions(customTypeIds)) {
    if (have.has(keyOf(wanted))) {
      kept++;
      continue;
    }
    await dev.webhooks.subscriptionsApi.create(setup.appId, {
      eventType: wanted.eventType as SubscriptionCreateRequestEventTypeEnum,
      ...(wanted.propertyName ? { propertyName: wanted.propertyName } : {}),
      ...(wanted.objectTypeId ? { objectTypeId: wanted.objectTypeId } : {}),
      active: true,
    });
    created++;
  }
  return { created, kept };
}

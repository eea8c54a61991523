import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { appOf } from '../apps.js';
import { batchAnswer } from '../batch.js';
import type { BatchError } from '../batch.js';
import { conflict, notFound, validationError } from '../errors.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';
import type { Subscription, WebhookConfigStore, WebhookSettings } from './config-store.js';
import { EVENT_TYPES, isGeneric, isPropertyChange } from './event-types.js';

const SubscriptionParams = z.object({
  subscriptionId: z.string().regex(/^\d{1,12}$/, 'must be a subscription id'),
});
const SettingsBody = z.object({
  targetUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  throttling: z.object({
    maxConcurrentRequests: z.number().int().min(1).max(1000),
    period: z.enum(['SECONDLY', 'ROLLING_MINUTE']).optional(),
  }),
});
const CreateBody = z.object({
  eventType: z.string().min(1),
  propertyName: z.string().min(1).optional(),
  objectTypeId: z.string().min(1).optional(),
  active: z.boolean().default(false),
});
const PatchBody = z.object({ active: z.boolean() });
const BatchBody = z.object({
  inputs: z.array(z.object({ id: z.number().int().positive(), active: z.boolean() })).max(100),
});

/** As the API shows them: ids as strings, optional fields left out. */
function subscriptionView(s: Subscription) {
  return {
    id: String(s.id),
    eventType: s.eventType,
    ...(s.propertyName === null ? {} : { propertyName: s.propertyName }),
    ...(s.objectTypeId === null ? {} : { objectTypeId: s.objectTypeId }),
    active: s.active,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

function settingsView(s: WebhookSettings) {
  return {
    targetUrl: s.targetUrl,
    throttling: {
      maxConcurrentRequests: s.maxConcurrentRequests,
      ...(s.period === null ? {} : { period: s.period }),
    },
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/**
 * Webhooks API of an app (`/webhooks/v3/{appId}/…`, also under the date-versioned `2026-03`):
 * settings and subscriptions. Authenticated with the developer API key (`?hapikey=`) or a bearer token.
 */
export function registerWebhookRoutes(app: FastifyInstance, state: HubSpotState, config: WebhookConfigStore) {
  const developer = { config: { hubspotDeveloper: true } };
  const appIdOf = (params: unknown) => appOf(state, params).appId;
  const subscriptionOf = (params: unknown) => {
    const appId = appIdOf(params);
    const id = Number(parseInput(SubscriptionParams, params, 'path').subscriptionId);
    const found = config.subscription(appId, id);
    if (!found) throw notFound(`Subscription ${id} not found for app ${appId}`);
    return found;
  };
  const now = () => state.now().toISOString();

  for (const version of ['v3', '2026-03']) {
    const base = `/webhooks/${version}/:appId`;

    app.get(`${base}/settings`, developer, async (request) => {
      const appId = appIdOf(request.params);
      const settings = config.settings(appId);
      if (!settings) throw notFound(`No webhook settings found for app ${appId}`);
      return settingsView(settings);
    });

    app.put(`${base}/settings`, developer, async (request) => {
      const appId = appIdOf(request.params);
      const body = parseInput(SettingsBody, request.body, 'body');
      const saved = config.saveSettings(
        appId,
        {
          targetUrl: body.targetUrl,
          maxConcurrentRequests: body.throttling.maxConcurrentRequests,
          period: body.throttling.period ?? null,
        },
        now(),
      );
      return settingsView(saved);
    });

    app.delete(`${base}/settings`, developer, async (request, reply) => {
      config.deleteSettings(appIdOf(request.params));
      return reply.code(204).send();
    });

    app.get(`${base}/subscriptions`, developer, async (request) => ({
      results: config.subscriptions(appIdOf(request.params)).map(subscriptionView),
    }));

    app.post(`${base}/subscriptions`, developer, async (request, reply) => {
      const appId = appIdOf(request.params);
      const body = parseInput(CreateBody, request.body, 'body');
      const wanted = checkedSubscription(state, body);
      const same = config
        .subscriptions(appId)
        .find(
          (s) =>
            s.eventType === wanted.eventType &&
            s.propertyName === wanted.propertyName &&
            s.objectTypeId === wanted.objectTypeId,
        );
      if (same) throw conflict(`A subscription for ${describe(wanted)} already exists: ${same.id}`);
      return reply.code(201).send(subscriptionView(config.addSubscription(appId, wanted, now())));
    });

    app.get(`${base}/subscriptions/:subscriptionId`, developer, async (request) =>
      subscriptionView(subscriptionOf(request.params)),
    );

    app.patch(`${base}/subscriptions/:subscriptionId`, developer, async (request) => {
      const found = subscriptionOf(request.params);
      const { active } = parseInput(PatchBody, request.body, 'body');
      return subscriptionView(config.setActive(found.appId, found.id, active, now())!);
    });

    app.delete(`${base}/subscriptions/:subscriptionId`, developer, async (request, reply) => {
      const found = subscriptionOf(request.params);
      config.deleteSubscription(found.appId, found.id);
      return reply.code(204).send();
    });

    app.post(`${base}/subscriptions/batch/update`, developer, async (request, reply) => {
      const startedAt = state.now();
      const appId = appIdOf(request.params);
      const { inputs } = parseInput(BatchBody, request.body, 'body');
      const errors: BatchError[] = [];
      const results = inputs.flatMap((input) => {
        const updated = config.setActive(appId, input.id, input.active, now());
        if (updated) return [subscriptionView(updated)];
        errors.push({
          status: 'error',
          category: 'OBJECT_NOT_FOUND',
          message: `Subscription ${input.id} not found for app ${appId}`,
          context: { ids: [String(input.id)] },
        });
        return [];
      });
      const answer = batchAnswer(startedAt, results, errors);
      return reply.code(answer.code).send(answer.body);
    });
  }
}

/** HubSpot's rules: a known event type; propertyName with (and only with) propertyChange; objectTypeId for `object.*`. */
function checkedSubscription(state: HubSpotState, body: z.infer<typeof CreateBody>) {
  if (!EVENT_TYPES.has(body.eventType)) throw validationError(`Invalid event type: ${body.eventType}`);
  if (isPropertyChange(body.eventType) && !body.propertyName)
    throw validationError(`propertyName is required for ${body.eventType} subscriptions`);
  if (!isPropertyChange(body.eventType) && body.propertyName)
    throw validationError(`propertyName is only allowed for propertyChange subscriptions`);
  let objectTypeId: string | null = null;
  if (isGeneric(body.eventType)) {
    if (!body.objectTypeId)
      throw validationError(`objectTypeId is required for ${body.eventType} subscriptions`);
    const type = state.types.find(body.objectTypeId);
    if (!type) throw validationError(`Unknown objectTypeId: ${body.objectTypeId}`);
    objectTypeId = type.objectTypeId;
  }
  return {
    eventType: body.eventType,
    propertyName: body.propertyName ?? null,
    objectTypeId,
    active: body.active,
  };
}

function describe(s: { eventType: string; propertyName: string | null; objectTypeId: string | null }) {
  return [s.eventType, s.objectTypeId, s.propertyName].filter((x) => x !== null).join(' ');
}

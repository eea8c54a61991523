import type { FastifyInstance } from 'fastify';
import type { HubSpotState } from '../state.js';
import { registerWebhookAdmin } from './admin-routes.js';
import { WebhookConfigStore } from './config-store.js';
import { DeliveryLog } from './delivery-log.js';
import { Dispatcher } from './dispatcher.js';
import { EventProducer } from './producer.js';
import { EventQueue } from './queue.js';
import { registerWebhookRoutes } from './routes.js';
import { clearWebhookData, createWebhookTables } from './tables.js';
import type { DeliveryTimings } from './timings.js';

/** HubSpot's webhooks for the sandbox: the API, event production from CRM writes, delivery. */
export interface Webhooks {
  /** the webhooks API at api.hubapi.com's paths */
  registerApi(app: FastifyInstance): void;
  /** admin routes, on a plugin prefixed `/__sandbox/hubspot` */
  registerAdmin(app: FastifyInstance): void;
  /** forgets pending events and the delivery log (settings and subscriptions stay) */
  reset(): void;
  /** stops delivering (in-flight requests are aborted; their events stay queued) */
  stop(): Promise<void>;
}

export function createWebhooks(state: HubSpotState, initial: DeliveryTimings): Webhooks {
  createWebhookTables(state.db);
  const config = new WebhookConfigStore(state.db);
  const queue = new EventQueue(state.db);
  const log = new DeliveryLog(state.db);
  let timings = initial;
  const dispatcher = new Dispatcher({ state, config, queue, log, timings: () => timings });
  new EventProducer(state, config, queue, () => dispatcher.wake());

  return {
    registerApi: (app) => registerWebhookRoutes(app, state, config),
    registerAdmin: (app) =>
      registerWebhookAdmin(app, {
        log,
        queue,
        dispatcher,
        timings: () => timings,
        setTimings: (t) => {
          timings = t;
        },
      }),
    reset: () => clearWebhookData(state.db),
    stop: () => dispatcher.stop(),
  };
}

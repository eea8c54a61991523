import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { adminInput } from '../admin-body.js';
import type { DeliveryLog } from './delivery-log.js';
import type { Dispatcher } from './dispatcher.js';
import type { EventQueue } from './queue.js';
import { DeliveryTimings } from './timings.js';

const DeliveriesQuery = z.object({
  appId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
});

export interface WebhookAdminDeps {
  readonly log: DeliveryLog;
  readonly queue: EventQueue;
  readonly dispatcher: Dispatcher;
  readonly timings: () => DeliveryTimings;
  readonly setTimings: (t: DeliveryTimings) => void;
}

/**
 * Admin under `/__sandbox/hubspot/webhooks/`: the delivery log, "deliver now", and the delivery
 * timings (batch window, timeout, retry delays) so tests and benchmarks run in milliseconds.
 */
export function registerWebhookAdmin(app: FastifyInstance, d: WebhookAdminDeps): void {
  app.get('/webhooks/deliveries', async (request, reply) => {
    const q = adminInput(DeliveriesQuery, request.query, reply);
    if (!q) return reply;
    return { pending: d.queue.count(), results: d.log.list(q.appId, q.limit) };
  });

  app.post('/webhooks/flush', async () => d.dispatcher.flush());

  app.get('/webhooks/config', async () => d.timings());

  app.put('/webhooks/config', async (request, reply) => {
    const patch = adminInput(DeliveryTimings.partial(), request.body, reply);
    if (!patch) return reply;
    d.setTimings(DeliveryTimings.parse({ ...d.timings(), ...patch }));
    return d.timings();
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { adminInput } from '../admin-body.js';
import { HubSpotError } from '../errors.js';
import type { ExecutionsStore } from './executions.js';
import { RunRequest } from './runner.js';
import type { ActionRunner } from './runner.js';

const ExecutionsQuery = z.object({
  appId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
});

/**
 * Admin under `/__sandbox/hubspot/workflows/`: run a custom action for a record (what an
 * enrolled workflow does; answers with the execution once the app has answered) and list executions.
 */
export function registerWorkflowAdmin(
  app: FastifyInstance,
  runner: ActionRunner,
  executions: ExecutionsStore,
) {
  app.post('/workflows/run', async (request, reply) => {
    const body = adminInput(RunRequest, request.body, reply);
    if (!body) return reply;
    try {
      return await runner.run(body);
    } catch (e) {
      if (!(e instanceof HubSpotError)) throw e;
      return reply.code(e.statusCode).send(e.body());
    }
  });

  app.get('/workflows/executions', async (request, reply) => {
    const q = adminInput(ExecutionsQuery, request.query, reply);
    if (!q) return reply;
    return { results: executions.list(q.appId, q.limit) };
  });
}

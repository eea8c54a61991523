import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SalesforceRuntime } from '../runtime.js';

const Endpoints = z
  .object({ endpoint: z.url().nullable().optional(), endpoints: z.record(z.string(), z.url()).default({}) })
  .strict();

/**
 * `GET /__sandbox/salesforce/outbound`: outbound actions, queued notifications and delivery attempts.
 * `PUT` sets the endpoints (all messages, or per object), e.g. once the KAM service's port is known.
 */
export function registerOutboundAdmin(app: FastifyInstance, rt: SalesforceRuntime): void {
  app.get('/outbound', async () => rt.outbound.snapshot());
  app.put('/outbound', async (request, reply) => {
    const parsed = Endpoints.safeParse(request.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return reply
        .code(400)
        .send({ status: 'error', message: `${issue.path.join('.') || 'body'}: ${issue.message}` });
    }
    rt.outbound.setEndpoints(parsed.data.endpoint ?? undefined, parsed.data.endpoints);
    return rt.outbound.snapshot();
  });
}

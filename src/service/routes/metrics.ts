import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.js';

/** `GET /metrics`: Prometheus text format. */
export function registerMetrics(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/metrics', async (_request, reply) => {
    const text = await ctx.metrics.registry.metrics();
    return reply.type(ctx.metrics.registry.contentType).send(text);
  });
}

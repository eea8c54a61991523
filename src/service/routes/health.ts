import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.js';

/** `GET /healthz`: 200 when the store and queue answer, 503 otherwise or while shutting down. */
export function registerHealth(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/healthz', async (_request, reply) => {
    if (!ctx.accepting()) return reply.code(503).send({ status: 'stopping' });
    try {
      const [depth] = await Promise.all([ctx.queue.depth(), ctx.store.tenants()]);
      return { status: 'ok', queue: depth };
    } catch (e) {
      ctx.log.warn({ err: e }, 'health check failed');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}

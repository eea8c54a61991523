import type { FastifyInstance } from 'fastify';
import { invalidSession, notFound } from '../errors.js';
import { baseUrlOf } from '../runtime.js';
import type { SalesforceRuntime } from '../runtime.js';
import { bearerOf } from './data.js';

/** The identity URL a token answer names as `id`: `GET /id/{orgId}/{userId}` with the user's bearer token. */
export function registerIdentity(app: FastifyInstance, rt: SalesforceRuntime): void {
  app.get('/id/:orgId/:userId', async (request, reply) => {
    const { orgId, userId } = request.params as { orgId: string; userId: string };
    const token = bearerOf(request);
    const session = token ? rt.sessions.access(token) : undefined;
    if (!session) {
      const e = invalidSession();
      return reply.code(e.statusCode).send(e.body());
    }
    const user = rt.store.get(rt.schema.object('User')!, userId);
    if (orgId !== rt.orgId || !user || session.userId !== userId) {
      const e = notFound();
      return reply.code(e.statusCode).send(e.body());
    }
    const base = baseUrlOf(request);
    return {
      id: `${base}/id/${orgId}/${userId}`,
      asserted_user: true,
      user_id: userId,
      organization_id: orgId,
      username: user.Username,
      nick_name: String(user.Username).split('@')[0],
      display_name: user.Name,
      email: user.Email,
      first_name: user.FirstName,
      last_name: user.LastName,
      active: user.IsActive === 1,
      user_type: 'STANDARD',
      language: 'en_US',
      locale: 'en_US',
      utcOffset: 0,
      urls: {
        rest: `${base}/services/data/v{version}/`,
        sobjects: `${base}/services/data/v{version}/sobjects/`,
        query: `${base}/services/data/v{version}/query/`,
      },
    };
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OAuthError } from '../oauth.js';
import type { OAuthService } from '../oauth.js';

const CodeBody = z.object({
  clientId: z.string().min(1),
  redirectUri: z.url(),
  scopes: z.array(z.string()).default([]),
});

/**
 * HubSpot-side admin under `/__sandbox/hubspot/`: mint an authorization code without a browser,
 * and a callback that shows what `/oauth/authorize` redirected with (for tries without an app).
 */
export function registerSideAdmin(app: FastifyInstance, oauth: OAuthService): void {
  app.get('/oauth/callback', async (request) => {
    const q = request.query as Record<string, unknown>;
    return {
      code: typeof q.code === 'string' ? q.code : null,
      state: typeof q.state === 'string' ? q.state : null,
    };
  });

  app.post('/oauth/codes', async (request, reply) => {
    const parsed = CodeBody.safeParse(request.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return reply.code(400).send({
        status: 'error',
        message: `${issue.path.join('.') || 'body'}: ${issue.message}`,
        category: 'VALIDATION_ERROR',
      });
    }
    try {
      return { code: oauth.issueCode(parsed.data.clientId, parsed.data.redirectUri, parsed.data.scopes) };
    } catch (e) {
      if (!(e instanceof OAuthError)) throw e;
      return reply.code(400).send({ status: e.status, message: e.message, category: 'VALIDATION_ERROR' });
    }
  });
}

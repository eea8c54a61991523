import { createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { verifyAssertion } from '../auth/jwt.js';
import { OAuthError } from '../auth/oauth-error.js';
import type { ConnectedApp } from '../options.js';
import { baseUrlOf } from '../runtime.js';
import type { SalesforceRuntime } from '../runtime.js';

const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const SCOPE = 'api refresh_token web id';
const str = z.string().min(1);

const TokenRequest = z.discriminatedUnion('grant_type', [
  z.object({
    grant_type: z.literal('authorization_code'),
    code: str,
    client_id: str,
    client_secret: str.optional(),
    redirect_uri: str,
  }),
  z.object({
    grant_type: z.literal('refresh_token'),
    refresh_token: str,
    client_id: str,
    client_secret: str.optional(),
  }),
  z.object({ grant_type: z.literal(JWT_GRANT), assertion: str }),
]);
const AuthorizeQuery = z.object({
  response_type: z.literal('code'),
  client_id: str,
  redirect_uri: z.url(),
  state: z.string().optional(),
  scope: z.string().optional(),
  login_hint: z.string().optional(),
});

/** Token endpoint (web-server code, refresh token, JWT bearer), authorize (auto-approved), revoke, identity. */
export function registerOAuth(
  app: FastifyInstance,
  rt: SalesforceRuntime,
  apps: readonly ConnectedApp[],
): void {
  const appOf = (clientId: string, secret: string | undefined, needSecret: boolean) => {
    const found = apps.find((a) => a.clientId === clientId);
    if (!found) throw new OAuthError('invalid_client_id', 'client identifier invalid');
    if ((needSecret || secret !== undefined) && secret !== found.clientSecret)
      throw new OAuthError('invalid_client', 'invalid client credentials');
    return found;
  };
  const userIdOf = (username: string) => {
    const id = rt.users.get(username.toLowerCase());
    if (!id) throw new OAuthError('invalid_grant', "user hasn't approved this consumer");
    return id;
  };
  const tokenAnswer = (
    request: FastifyRequest,
    client: ConnectedApp,
    userId: string,
    scope: string,
    refresh?: string,
  ) => {
    const issuedAt = String(rt.ctx.now().getTime());
    const id = `${baseUrlOf(request)}/id/${rt.orgId}/${userId}`;
    const signature = createHmac('sha256', client.clientSecret)
      .update(id + issuedAt)
      .digest('base64');
    return {
      access_token: rt.sessions.issueAccess(userId, client.clientId, scope),
      ...(refresh ? { refresh_token: refresh } : {}),
      signature,
      scope,
      instance_url: baseUrlOf(request),
      id,
      token_type: 'Bearer',
      issued_at: issuedAt,
    };
  };
  const oauthFailure = (reply: FastifyReply, error: unknown) => {
    if (error instanceof OAuthError) return reply.code(error.statusCode).send(error.body());
    throw error;
  };

  app.post('/oauth2/token', async (request, reply) => {
    try {
      const params = {
        ...(request.query as object),
        ...((request.body as object | undefined) ?? {}),
      } as Record<string, unknown>;
      if (typeof params.grant_type !== 'string')
        throw new OAuthError('unsupported_grant_type', 'grant type not supported');
      const parsed = TokenRequest.safeParse(params);
      if (!parsed.success) {
        const known = ['authorization_code', 'refresh_token', JWT_GRANT].includes(params.grant_type);
        throw known
          ? new OAuthError('invalid_request', `missing or invalid ${parsed.error.issues[0]!.path.join('.')}`)
          : new OAuthError('unsupported_grant_type', 'grant type not supported');
      }
      const p = parsed.data;
      if (p.grant_type === 'authorization_code') {
        const client = appOf(p.client_id, p.client_secret, true);
        const code = rt.sessions.takeCode(p.code);
        if (!code || code.clientId !== client.clientId)
          throw new OAuthError('invalid_grant', 'invalid authorization code');
        if (code.expired) throw new OAuthError('invalid_grant', 'expired authorization code');
        if (code.redirectUri !== p.redirect_uri)
          throw new OAuthError('redirect_uri_mismatch', 'redirect_uri must match configuration');
        const refresh = rt.sessions.issueRefresh(code.userId, client.clientId, code.scope);
        return tokenAnswer(request, client, code.userId, code.scope, refresh);
      }
      if (p.grant_type === 'refresh_token') {
        const client = appOf(p.client_id, p.client_secret, false);
        const grant = rt.sessions.refresh(p.refresh_token);
        if (!grant || grant.clientId !== client.clientId)
          throw new OAuthError('invalid_grant', 'expired access/refresh token');
        return tokenAnswer(request, client, grant.userId, grant.scope);
      }
      const audiences = [
        'https://login.salesforce.com',
        'https://test.salesforce.com',
        baseUrlOf(request),
        ...rt.options.jwtAudiences,
      ];
      const { app: client, username } = verifyAssertion(
        p.assertion,
        apps,
        audiences,
        Math.floor(rt.ctx.now().getTime() / 1000),
      );
      return tokenAnswer(request, client, userIdOf(username), SCOPE);
    } catch (error) {
      return oauthFailure(reply, error);
    }
  });

  app.get('/oauth2/authorize', async (request, reply) => {
    try {
      const parsed = AuthorizeQuery.safeParse(request.query);
      if (!parsed.success)
        throw new OAuthError(
          'invalid_request',
          `missing or invalid ${parsed.error.issues[0]!.path.join('.')}`,
        );
      const q = parsed.data;
      const client = appOf(q.client_id, undefined, false);
      if (client.redirectUris.length > 0 && !client.redirectUris.includes(q.redirect_uri))
        throw new OAuthError('redirect_uri_mismatch', 'redirect_uri must match configuration');
      const userId = q.login_hint ? userIdOf(q.login_hint) : [...rt.users.values()][0]!;
      const code = rt.sessions.issueCode(client.clientId, q.redirect_uri, userId, q.scope ?? SCOPE);
      const target = new URL(q.redirect_uri);
      target.searchParams.set('code', code);
      if (q.state !== undefined) target.searchParams.set('state', q.state);
      return reply.redirect(target.toString(), 302);
    } catch (error) {
      return oauthFailure(reply, error);
    }
  });

  app.post('/oauth2/revoke', async (request, reply) => {
    const params = { ...(request.query as object), ...((request.body as object | undefined) ?? {}) } as {
      token?: unknown;
    };
    if (typeof params.token !== 'string' || !rt.sessions.revoke(params.token))
      return reply
        .code(400)
        .send({ error: 'unsupported_token_type', error_description: 'this token type is not supported' });
    return reply.code(200).send();
  });
}

import type { FastifyInstance, FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { OAuthError } from '../oauth.js';
import type { OAuthService } from '../oauth.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';

const TokenBody = z.object({
  grant_type: z.string().optional(),
  code: z.string().optional(),
  redirect_uri: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  refresh_token: z.string().optional(),
});
const AuthorizeQuery = z.object({
  client_id: z.string().min(1),
  redirect_uri: z.url(),
  scope: z.string().default(''),
  optional_scope: z.string().optional(),
  state: z.string().optional(),
});
const TokenParams = z.object({ token: z.string().min(1) });

function oauthFailure(reply: FastifyReply, e: unknown) {
  if (!(e instanceof OAuthError)) throw e;
  return reply.code(400).send({
    status: e.status,
    message: e.message,
    correlationId: randomUUID(),
    category: 'VALIDATION_ERROR',
  });
}

/** OAuth: the consent step (auto-granted), the token endpoint, token introspection and revocation. */
export function registerOAuthRoutes(app: FastifyInstance, state: HubSpotState, oauth: OAuthService): void {
  const open = { config: { hubspotPublic: true } };

  app.get('/oauth/authorize', open, async (request, reply) => {
    const q = parseInput(AuthorizeQuery, request.query, 'query');
    try {
      const code = oauth.issueCode(q.client_id, q.redirect_uri, q.scope.split(/[ +]/).filter(Boolean));
      const target = new URL(q.redirect_uri);
      target.searchParams.set('code', code);
      if (q.state !== undefined) target.searchParams.set('state', q.state);
      return reply.redirect(target.href, 302);
    } catch (e) {
      return oauthFailure(reply, e);
    }
  });

  app.post('/oauth/v1/token', open, async (request, reply) => {
    const body = parseInput(TokenBody, request.body ?? {}, 'body');
    try {
      if (body.grant_type === 'authorization_code') {
        return oauth.exchangeCode({
          code: body.code,
          redirectUri: body.redirect_uri,
          clientId: body.client_id,
          clientSecret: body.client_secret,
        });
      }
      if (body.grant_type === 'refresh_token') {
        return oauth.refresh({
          refreshToken: body.refresh_token,
          clientId: body.client_id,
          clientSecret: body.client_secret,
        });
      }
      throw new OAuthError('BAD_GRANT_TYPE', `unsupported grant_type: ${body.grant_type ?? 'missing'}`);
    } catch (e) {
      return oauthFailure(reply, e);
    }
  });

  app.get('/oauth/v1/access-tokens/:token', open, async (request) => {
    const { token } = parseInput(TokenParams, request.params, 'path');
    const issued = state.auth.token(token, 'access');
    if (!issued) throw notFound('access token not found');
    const client = state.auth.client(issued.clientId);
    return {
      token,
      user: 'sandbox-user@example.com',
      hub_domain: `sandbox-${state.portalId}.hubspot.com`,
      scopes: issued.scopes,
      hub_id: state.portalId,
      app_id: client?.appId ?? 0,
      expires_in: Math.max(0, Math.round(((issued.expiresAt ?? 0) - state.now().getTime()) / 1000)),
      user_id: 1,
      token_type: 'access',
    };
  });

  app.get('/oauth/v1/refresh-tokens/:token', open, async (request) => {
    const { token } = parseInput(TokenParams, request.params, 'path');
    const issued = state.auth.token(token, 'refresh');
    if (!issued) throw notFound('refresh token not found');
    return {
      token,
      user: 'sandbox-user@example.com',
      hub_domain: `sandbox-${state.portalId}.hubspot.com`,
      scopes: issued.scopes,
      hub_id: state.portalId,
      client_id: issued.clientId,
      user_id: 1,
      token_type: 'refresh',
    };
  });

  app.delete('/oauth/v1/refresh-tokens/:token', open, async (request, reply) => {
    const { token } = parseInput(TokenParams, request.params, 'path');
    state.auth.revoke(token);
    return reply.code(204).send();
  });
}

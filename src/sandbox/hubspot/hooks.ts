import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { errorBody, HubSpotError } from './errors.js';
import { rateLimitBody } from './rate-limit.js';
import type { RateLimiter } from './rate-limit.js';
import type { HubSpotState } from './state.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** route needs no bearer token (OAuth endpoints) */
    hubspotPublic?: boolean;
    /** route counts against search's per-second limit */
    hubspotSearch?: boolean;
    /** route takes the developer API key (`?hapikey=`) instead of a bearer token */
    hubspotDeveloper?: boolean;
  }
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

const BAD_DEVELOPER_KEY =
  'The API key provided is invalid. View or manage your API key here: https://app.hubspot.com/l/api-key/';

/** The developer API key of a request (`?hapikey=`). */
export function developerKey(request: FastifyRequest): string | undefined {
  const key = (request.query as Record<string, unknown> | undefined)?.hapikey;
  return typeof key === 'string' && key.length > 0 ? key : undefined;
}

const NO_CREDENTIALS =
  'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';

/** Bearer-token check and rate limits, for every HubSpot route not marked public. */
export function addAuthAndLimits(app: FastifyInstance, state: HubSpotState, limiter: RateLimiter): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.hubspotPublic) return;
    // developer routes take `?hapikey=`; without one they fall through to the bearer-token check
    const key = request.routeOptions.config.hubspotDeveloper ? developerKey(request) : undefined;
    if (key !== undefined) {
      if (state.auth.isDeveloperKey(key)) return;
      return reply.code(401).send(errorBody('INVALID_AUTHENTICATION', BAD_DEVELOPER_KEY));
    }
    const token = bearerToken(request);
    if (!token) return reply.code(401).send(errorBody('INVALID_AUTHENTICATION', NO_CREDENTIALS));
    if (!state.auth.isPrivateToken(token)) {
      const issued = state.auth.token(token, 'access');
      if (!issued) return reply.code(401).send(errorBody('INVALID_AUTHENTICATION', NO_CREDENTIALS));
      const expiredMs = state.now().getTime() - (issued.expiresAt ?? Infinity);
      if (expiredMs >= 0) {
        return reply
          .code(401)
          .send(
            errorBody(
              'EXPIRED_AUTHENTICATION',
              `The OAuth token used to make this call expired ${Math.ceil(expiredMs / 1000)} second(s) ago.`,
            ),
          );
      }
    }
    const decision = limiter.take(token, state.now(), request.routeOptions.config.hubspotSearch === true);
    reply.headers({
      'X-HubSpot-RateLimit-Daily': limiter.limits.daily,
      'X-HubSpot-RateLimit-Daily-Remaining': decision.dailyRemaining,
      'X-HubSpot-RateLimit-Interval-Milliseconds': limiter.limits.intervalMs,
      'X-HubSpot-RateLimit-Max': limiter.limits.max,
      'X-HubSpot-RateLimit-Remaining': decision.remaining,
    });
    if (!decision.ok) return reply.code(429).send(rateLimitBody(decision.policy, randomUUID()));
  });
}

const CHANGE_SOURCE = /^[A-Z][A-Z_]{1,39}$/;

/**
 * Records who a request writes as (its token; `X-Sandbox-Change-Source` / `X-Sandbox-Source-Id`
 * pose as e.g. a CRM_UI user), for the change events webhooks report.
 */
export function addChangeOrigin(app: FastifyInstance, state: HubSpotState): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const header = (name: string) => {
      const value = request.headers[name];
      return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
    };
    const source = header('x-sandbox-change-source');
    const sourceId = header('x-sandbox-source-id');
    const token = bearerToken(request);
    state.changes.runAs(
      {
        ...(token === undefined ? {} : { token }),
        ...(source !== undefined && CHANGE_SOURCE.test(source) ? { source } : {}),
        ...(sourceId === undefined ? {} : { sourceId }),
      },
      done,
    );
  });
}

/** Every error leaves in HubSpot's shape; bad input is a 400, never a crash. */
export function addErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HubSpotError, request, reply) => {
    if (error instanceof HubSpotError) return reply.code(error.statusCode).send(error.body());
    return replyFrameworkError(error, request, reply);
  });
}

function replyFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'sandbox error');
    return reply.code(500).send(errorBody('INTERNAL_ERROR', 'internal error'));
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return reply
      .code(400)
      .send(errorBody('VALIDATION_ERROR', 'Invalid input JSON: the request body is empty'));
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return reply
      .code(415)
      .send(
        errorBody(
          'VALIDATION_ERROR',
          `Unsupported content type: ${request.headers['content-type'] ?? 'none'}`,
        ),
      );
  }
  if (status === 400) {
    return reply.code(400).send(errorBody('VALIDATION_ERROR', `Invalid input JSON: ${error.message}`));
  }
  return reply.code(status).send(errorBody('VALIDATION_ERROR', error.message));
}

/** `application/x-www-form-urlencoded` bodies (the OAuth token endpoint) as plain objects. */
export function addFormParser(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
}

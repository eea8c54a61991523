import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { jsonParserError, SalesforceError } from '../errors.js';

/** Versions the sandbox answers for (`/services/data/vXX.X`). */
export const VERSION = /^v(\d{2})\.0$/;
export const isVersion = (v: string) => {
  const m = VERSION.exec(v);
  return m !== null && Number(m[1]) >= 20 && Number(m[1]) <= 66;
};

/**
 * Body parsers and the error handler of the Salesforce routes: JSON (an empty body is allowed, as
 * jsforce sends DELETEs with a JSON content type), form posts for OAuth, errors in Salesforce's shape.
 */
export function installHttp(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(jsonParserError(`Unexpected character: ${(error as Error).message}`), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (error instanceof SalesforceError) return reply.code(error.statusCode).send(error.body());
    const status = error.statusCode ?? 500;
    if (status === 415)
      return reply.code(415).send([{ errorCode: 'UNSUPPORTED_MEDIA_TYPE', message: error.message }]);
    if (status === 413)
      return reply.code(413).send([{ errorCode: 'REQUEST_TOO_LARGE', message: error.message }]);
    if (status < 500) return reply.code(400).send(jsonParserError(error.message).body());
    request.log.error({ err: error }, 'salesforce sandbox failure');
    return reply.code(500).send([
      {
        errorCode: 'UNKNOWN_EXCEPTION',
        message: `An unexpected error occurred. Please include this ErrorId if you contact support: ${request.id}`,
      },
    ]);
  });
}

/** Validates a body, query or params with zod; a mismatch is Salesforce's JSON_PARSER_ERROR (or `error`). */
export function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  error?: (message: string) => Error,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const message = `${issue.path.join('.') || 'body'}: ${issue.message}`;
  throw error ? error(message) : jsonParserError(message);
}

export type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received: signatures are computed over these bytes. */
    rawBody?: Buffer;
    /**
     * The body was not valid JSON. Kept, not thrown, so a signed route checks the signature first
     * and an unsigned caller learns nothing about the body; `jsonBody` then answers 400.
     */
    invalidJson?: boolean;
  }
}

/**
 * Keeps every body's raw bytes (HubSpot signs the bytes, not the parsed JSON) and parses JSON and
 * SOAP/XML bodies; XML stays text for the outbound message parser.
 */
export function installBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(
    ['application/json', 'application/*+json'],
    { parseAs: 'buffer' },
    (request, body, done) => {
      const raw = body as Buffer;
      request.rawBody = raw;
      if (raw.length === 0) return done(null, undefined);
      try {
        done(null, JSON.parse(raw.toString('utf8')));
      } catch {
        request.invalidJson = true;
        done(null, undefined);
      }
    },
  );
  app.addContentTypeParser(
    ['text/xml', 'application/soap+xml', 'application/xml', 'text/plain'],
    { parseAs: 'buffer' },
    (request, body, done) => {
      const raw = body as Buffer;
      request.rawBody = raw;
      done(null, raw.toString('utf8'));
    },
  );
}

/** The parsed JSON body, or a 400 when it was not JSON. */
export function jsonBody(request: FastifyRequest): unknown {
  if (request.invalidJson)
    throw new HttpError(400, 'service.error.badBody', { problem: 'body is not valid JSON' }, 'BAD_JSON');
  return request.body;
}

import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received: signatures are computed over these bytes. */
    rawBody?: Buffer;
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
        const error = new Error('body is not valid JSON') as Error & { statusCode: number; code: string };
        error.statusCode = 400;
        error.code = 'BAD_JSON';
        done(error, undefined);
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

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalidSession, notFound } from '../errors.js';
import { baseUrlOf } from '../runtime.js';
import type { SalesforceRuntime } from '../runtime.js';
import { isVersion } from './http.js';

/** `Authorization: Bearer <token>` (or the older `OAuth <token>`). */
export function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const m = header ? /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header) : null;
  return m?.[1];
}

const RESOURCES = ['sobjects', 'query', 'queryAll', 'limits', 'composite'];

/**
 * `/services/data/vXX.X/…`: bearer sessions (401 INVALID_SESSION_ID), the daily API allocation
 * (403 REQUEST_LIMIT_EXCEEDED) and `Sforce-Limit-Info` on every answer; the versions list and `limits`.
 */
export function registerData(app: FastifyInstance, rt: SalesforceRuntime): void {
  const isData = (request: FastifyRequest) => request.url.startsWith('/services/data/');

  app.addHook('onRequest', async (request) => {
    if (!isData(request)) return;
    const version = (request.params as { version?: string } | undefined)?.version;
    if (version !== undefined && !isVersion(version)) throw notFound();
    const token = bearerOf(request);
    const session = token ? rt.sessions.access(token) : undefined;
    if (!session) throw invalidSession();
    rt.sessionOf.set(request, session);
    rt.usage.consume();
    rt.outbound.setBaseUrl(baseUrlOf(request));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (isData(request)) reply.header('Sforce-Limit-Info', rt.usage.header());
    return payload;
  });

  app.get('/data', async () =>
    Array.from({ length: 66 - 55 + 1 }, (_v, i) => 55 + i).map((v) => ({
      label: `API ${v}.0`,
      url: `/services/data/v${v}.0`,
      version: `${v}.0`,
    })),
  );

  app.get('/data/:version', async (request) => {
    const { version } = request.params as { version: string };
    if (!isVersion(version)) throw notFound();
    return Object.fromEntries(RESOURCES.map((r) => [r, `/services/data/${version}/${r}`]));
  });

  app.get('/data/:version/limits', async () => {
    const max = rt.usage.max;
    return {
      DailyApiRequests: { Max: max, Remaining: Math.max(0, max - rt.usage.used()) },
      DailyBulkApiBatches: { Max: 15000, Remaining: 15000 },
      DataStorageMB: { Max: 1024, Remaining: 1024 },
      FileStorageMB: { Max: 1024, Remaining: 1024 },
      SingleEmail: { Max: 5000, Remaining: 5000 },
    };
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { malformedQuery } from '../errors.js';
import type { SalesforceRuntime } from '../runtime.js';
import { batchSizeOf } from '../soql/engine.js';
import { parse } from './http.js';

const QueryString = z.object({ q: z.string({ error: "Missing query parameter 'q'" }).min(1) });
const Locator = z.object({ version: z.string(), locator: z.string().min(1) });

/** `query?q=` and `queryAll?q=` (no deleted records are kept, so both answer alike) and queryMore. */
export function registerQuery(app: FastifyInstance, rt: SalesforceRuntime): void {
  for (const path of ['query', 'queryAll']) {
    app.get(`/data/:version/${path}`, async (request) => {
      const { version } = request.params as { version: string };
      const { q } = parse(QueryString, request.query, () => malformedQuery("Missing query parameter 'q'"));
      const batch = batchSizeOf(request.headers['sforce-query-options'] as string | undefined);
      return rt.engine.query(q, version, batch);
    });
    app.get(`/data/:version/${path}/:locator`, async (request) => {
      const { version, locator } = parse(Locator, request.params);
      return rt.engine.more(locator, version);
    });
  }
}

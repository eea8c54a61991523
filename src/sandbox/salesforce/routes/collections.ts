import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SalesforceError } from '../errors.js';
import { toId18 } from '../ids.js';
import { objectOf, sessionOf } from '../runtime.js';
import type { SalesforceRuntime } from '../runtime.js';
import { parse } from './http.js';
import { readRecords } from './sobjects.js';

export const MAX_COLLECTION = 200;

const Records = z.object({
  allOrNone: z.boolean().default(false),
  records: z.array(z.record(z.string(), z.unknown())),
});
const DeleteQuery = z.object({ ids: z.string().min(1), allOrNone: z.enum(['true', 'false']).optional() });
const Retrieve = z.object({ ids: z.array(z.string()).min(1), fields: z.array(z.string()).min(1) });
const RetrieveQuery = z.object({ ids: z.string().min(1), fields: z.string().min(1) });
const TypeParams = z.object({ version: z.string(), type: z.string().min(1) });

const tooMany = () =>
  new SalesforceError(
    400,
    'EXCEEDED_ID_LIMIT',
    `record limit reached. cannot submit more than ${MAX_COLLECTION} records into this call`,
  );

const limited = <T>(list: readonly T[]) => {
  if (list.length > MAX_COLLECTION) throw tooMany();
  return list;
};

/** sObject Collections: create, update, delete up to 200 records; retrieve by ids. */
export function registerCollections(app: FastifyInstance, rt: SalesforceRuntime): void {
  app.post('/data/:version/composite/sobjects', async (request) => {
    const { allOrNone, records } = parse(Records, request.body);
    return rt.dml.createMany(limited(records), allOrNone, sessionOf(rt, request).userId);
  });

  app.patch('/data/:version/composite/sobjects', async (request) => {
    const { allOrNone, records } = parse(Records, request.body);
    return rt.dml.updateMany(limited(records), allOrNone, sessionOf(rt, request).userId);
  });

  app.delete('/data/:version/composite/sobjects', async (request) => {
    const query = parse(DeleteQuery, request.query);
    const ids = query.ids.split(',').map((id) => id.trim());
    return rt.dml.deleteMany(limited(ids), query.allOrNone === 'true');
  });

  const retrieve = (type: string, version: string, ids: readonly string[], fields: readonly string[]) => {
    const object = objectOf(rt, type);
    const canonical = limited(ids).map((raw) => {
      const id = toId18(raw);
      if (!id) throw new SalesforceError(400, 'MALFORMED_ID', `malformed id ${raw}`);
      return id;
    });
    const found = readRecords(rt, object, canonical, fields, version);
    return canonical.map((id) => found.get(id) ?? null);
  };

  app.post('/data/:version/composite/sobjects/:type', async (request) => {
    const { version, type } = parse(TypeParams, request.params);
    const { ids, fields } = parse(Retrieve, request.body);
    return retrieve(type, version, ids, fields);
  });

  app.get('/data/:version/composite/sobjects/:type', async (request) => {
    const { version, type } = parse(TypeParams, request.params);
    const { ids, fields } = parse(RetrieveQuery, request.query);
    return retrieve(type, version, ids.split(','), fields.split(','));
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound, SalesforceError } from '../errors.js';
import { toId18 } from '../ids.js';
import { objectOf, sessionOf } from '../runtime.js';
import type { SalesforceRuntime } from '../runtime.js';
import { describeObject, describeSummary } from '../schema/describe.js';
import type { SfObject } from '../schema/types.js';
import type { ApiRecord } from '../soql/build.js';
import { compileQuery } from '../soql/compile.js';
import { parse } from './http.js';

const TypeParams = z.object({ version: z.string(), type: z.string().min(1) });
const RecordParams = TypeParams.extend({ id: z.string().min(1) });
const Body = z.record(z.string(), z.unknown());
const FieldsQuery = z.object({ fields: z.string().optional() });

/** The record id in a `sobjects/{Type}/{id}` path; anything else is NOT_FOUND as in Salesforce. */
function recordId(rt: SalesforceRuntime, object: SfObject, raw: string): string {
  const id = toId18(raw);
  if (!id)
    throw new SalesforceError(
      404,
      'NOT_FOUND',
      `Provided external ID field does not exist or is not accessible: ${raw}`,
    );
  if (rt.schema.objectOfId(id) !== object) throw notFound();
  return id;
}

/** Reads records by id through the SOQL engine, so `fields` behaves like a SELECT list. */
export function readRecords(
  rt: SalesforceRuntime,
  object: SfObject,
  ids: readonly string[],
  fields: readonly string[] | undefined,
  version: string,
): Map<string, ApiRecord> {
  const names = fields && fields.length > 0 ? fields : object.fields.map((f) => f.name);
  const plan = compileQuery(
    rt.schema,
    {
      sObject: object.name,
      fields: names.map((field) => ({ type: 'Field', field })),
      where: {
        left: { field: 'Id', operator: 'IN', value: ids.map((id) => `'${id}'`), literalType: 'STRING' },
      },
    },
    rt.ctx.now(),
  );
  const result = rt.engine.run(plan, version, Math.max(ids.length, 1));
  return new Map(result.records.map((r) => [String(r.attributes.url).split('/').pop()!, r]));
}

/** `sobjects`: describeGlobal, describe, create, get, update, delete. */
export function registerSObjects(app: FastifyInstance, rt: SalesforceRuntime): void {
  app.get('/data/:version/sobjects', async (request) => {
    const { version } = request.params as { version: string };
    return {
      encoding: 'UTF-8',
      maxBatchSize: 200,
      sobjects: rt.schema.objects.map((o) => describeSummary(o, version)),
    };
  });

  app.get('/data/:version/sobjects/:type', async (request) => {
    const { version, type } = parse(TypeParams, request.params);
    const object = objectOf(rt, type);
    return { objectDescribe: describeSummary(object, version), recentItems: [] };
  });

  app.get('/data/:version/sobjects/:type/describe', async (request) => {
    const { version, type } = parse(TypeParams, request.params);
    return describeObject(objectOf(rt, type), version);
  });

  app.post('/data/:version/sobjects/:type', async (request, reply) => {
    const { type } = parse(TypeParams, request.params);
    const object = objectOf(rt, type);
    const id = rt.dml.createOne(object, parse(Body, request.body ?? {}), sessionOf(rt, request).userId);
    return reply.code(201).send({ id, success: true, errors: [] });
  });

  app.get('/data/:version/sobjects/:type/:id', async (request) => {
    const { version, type, id: raw } = parse(RecordParams, request.params);
    const object = objectOf(rt, type);
    const id = recordId(rt, object, raw);
    const { fields } = parse(FieldsQuery, request.query);
    const names = fields
      ?.split(',')
      .map((f) => f.trim())
      .filter((f) => f !== '');
    const record = readRecords(rt, object, [id], names, version).get(id);
    if (!record) throw notFound();
    return record;
  });

  app.patch('/data/:version/sobjects/:type/:id', async (request, reply) => {
    const { type, id: raw } = parse(RecordParams, request.params);
    const object = objectOf(rt, type);
    const id = recordId(rt, object, raw);
    if (!rt.store.get(object, id)) throw notFound();
    rt.dml.updateOne(object, id, parse(Body, request.body ?? {}), sessionOf(rt, request).userId);
    return reply.code(204).send();
  });

  app.delete('/data/:version/sobjects/:type/:id', async (request, reply) => {
    const { type, id: raw } = parse(RecordParams, request.params);
    const object = objectOf(rt, type);
    rt.dml.deleteOne(object, recordId(rt, object, raw));
    return reply.code(204).send();
  });
}

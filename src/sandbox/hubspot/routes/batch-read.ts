import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { transaction } from '../../db.js';
import { assertBatchSize, batchAnswer, notFoundError } from '../batch.js';
import { boolParam, idValue } from '../query.js';
import type { Records } from '../records.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';
import { toPublicObject } from '../wire.js';

const TypeParams = z.object({ objectType: z.string().min(1) });
const ReadBody = z.object({
  inputs: z.array(z.object({ id: idValue })),
  properties: z.array(z.string()).optional(),
  propertiesWithHistory: z.array(z.string()).optional(),
  idProperty: z.string().optional(),
});
const ArchiveBody = z.object({ inputs: z.array(z.object({ id: idValue })) });
const ArchivedQuery = z.object({ archived: boolParam });

/** Batch read (207 for unknown ids) and batch archive (204, unknown ids ignored). */
export function registerBatchReadRoutes(app: FastifyInstance, state: HubSpotState, records: Records): void {
  app.post('/crm/v3/objects/:objectType/batch/read', async (request, reply) => {
    const startedAt = state.now();
    const { objectType } = parseInput(TypeParams, request.params, 'path');
    const { archived } = parseInput(ArchivedQuery, request.query, 'query');
    const body = parseInput(ReadBody, request.body, 'body');
    assertBatchSize(body.inputs);
    const type = state.types.resolve(objectType);
    const ids = [...new Set(body.inputs.map((i) => i.id))];
    const isDefined = (name: string) => state.properties.definitions(type.objectTypeId).has(name);
    const requested = body.properties && body.properties.length > 0 ? body.properties : undefined;

    let found: Map<string, ReturnType<Records['find']>>;
    if (body.idProperty && body.idProperty !== 'hs_object_id') {
      records.assertIdProperty(type, body.idProperty);
      found = new Map(ids.map((id) => [id, records.find(type, id, body.idProperty, archived)]));
    } else {
      found = state.objects.getMany(type.objectTypeId, ids, archived);
    }
    const results = ids.flatMap((id) => {
      const obj = found.get(id);
      return obj ? [toPublicObject(obj, type, requested, isDefined)] : [];
    });
    const missing = ids.filter((id) => !found.get(id));
    const errors = missing.length > 0 ? [notFoundError('get', type.errorName, missing)] : [];
    const answer = batchAnswer(startedAt, results, errors);
    return reply.code(answer.code).send(answer.body);
  });

  app.post('/crm/v3/objects/:objectType/batch/archive', async (request, reply) => {
    const { objectType } = parseInput(TypeParams, request.params, 'path');
    const body = parseInput(ArchiveBody, request.body, 'body');
    assertBatchSize(body.inputs);
    const type = state.types.resolve(objectType);
    transaction(state.db, () => {
      for (const { id } of body.inputs) records.archive(type, id);
    });
    return reply.code(204).send();
  });
}

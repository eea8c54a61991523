import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { transaction } from '../../db.js';
import { asBatchError, assertBatchSize, batchAnswer } from '../batch.js';
import type { BatchError } from '../batch.js';
import { HubSpotError, notFound } from '../errors.js';
import type { PropertiesService } from '../properties-service.js';
import { PropertyCreate, PropertyUpdate } from '../property-input.js';
import { boolParam } from '../query.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';

const TypeParams = z.object({ objectType: z.string().min(1) });
const PropertyParams = TypeParams.extend({ propertyName: z.string().min(1) });
const ArchivedQuery = z.object({ archived: boolParam, properties: z.unknown().optional() });
const NamesBody = z.object({
  inputs: z.array(z.object({ name: z.string().min(1) })),
  archived: z.boolean().optional(),
});

/** Properties v3: list, get, create, update, archive, and the batch forms. */
export function registerPropertyRoutes(
  app: FastifyInstance,
  state: HubSpotState,
  service: PropertiesService,
): void {
  const typeOf = (params: unknown) => state.types.resolve(parseInput(TypeParams, params, 'path').objectType);

  app.get('/crm/v3/properties/:objectType', async (request) => {
    const type = typeOf(request.params);
    const { archived } = parseInput(ArchivedQuery, request.query, 'query');
    return { results: state.properties.list(type.objectTypeId, archived) };
  });

  app.get('/crm/v3/properties/:objectType/:propertyName', async (request) => {
    const { propertyName } = parseInput(PropertyParams, request.params, 'path');
    const { archived } = parseInput(ArchivedQuery, request.query, 'query');
    const def = state.properties.get(typeOf(request.params).objectTypeId, propertyName);
    if (!def || def.archived !== archived) throw notFound(`Property ${propertyName} does not exist`);
    return def;
  });

  app.post('/crm/v3/properties/:objectType', async (request, reply) => {
    const type = typeOf(request.params);
    const body = parseInput(PropertyCreate, request.body, 'body');
    return reply.code(201).send(service.create(type.objectTypeId, body));
  });

  app.patch('/crm/v3/properties/:objectType/:propertyName', async (request) => {
    const { propertyName } = parseInput(PropertyParams, request.params, 'path');
    const body = parseInput(PropertyUpdate, request.body, 'body');
    return service.update(typeOf(request.params).objectTypeId, propertyName, body);
  });

  app.delete('/crm/v3/properties/:objectType/:propertyName', async (request, reply) => {
    const { propertyName } = parseInput(PropertyParams, request.params, 'path');
    service.archive(typeOf(request.params).objectTypeId, propertyName);
    return reply.code(204).send();
  });

  app.post('/crm/v3/properties/:objectType/batch/create', async (request, reply) => {
    const startedAt = state.now();
    const type = typeOf(request.params);
    const { inputs } = parseInput(z.object({ inputs: z.array(PropertyCreate) }), request.body, 'body');
    assertBatchSize(inputs);
    const errors: BatchError[] = [];
    const results = transaction(state.db, () =>
      inputs.flatMap((input) => {
        try {
          return [service.create(type.objectTypeId, input)];
        } catch (e) {
          if (!(e instanceof HubSpotError) || e.statusCode !== 409) throw e;
          errors.push(asBatchError(e, { name: [input.name] }));
          return [];
        }
      }),
    );
    const answer = batchAnswer(startedAt, results, errors, 201);
    return reply.code(answer.code).send(answer.body);
  });

  app.post('/crm/v3/properties/:objectType/batch/read', async (request, reply) => {
    const startedAt = state.now();
    const type = typeOf(request.params);
    const body = parseInput(NamesBody, request.body, 'body');
    const archived = body.archived ?? false;
    const found = body.inputs.map((i) => state.properties.get(type.objectTypeId, i.name));
    const results = found.filter((d) => d !== undefined && d.archived === archived);
    const missing = body.inputs.filter((_, i) => !results.includes(found[i]!)).map((i) => i.name);
    const errors: BatchError[] =
      missing.length === 0
        ? []
        : [
            {
              status: 'error',
              category: 'OBJECT_NOT_FOUND',
              message: 'Some properties do not exist',
              context: { names: missing },
            },
          ];
    const answer = batchAnswer(startedAt, results as NonNullable<(typeof found)[number]>[], errors);
    return reply.code(answer.code).send(answer.body);
  });

  app.post('/crm/v3/properties/:objectType/batch/archive', async (request, reply) => {
    const type = typeOf(request.params);
    const body = parseInput(NamesBody, request.body, 'body');
    transaction(state.db, () => {
      for (const { name } of body.inputs) service.archive(type.objectTypeId, name);
    });
    return reply.code(204).send();
  });
}

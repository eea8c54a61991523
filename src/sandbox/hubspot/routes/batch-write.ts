import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { transaction } from '../../db.js';
import { asBatchError, assertBatchSize, assertNoDuplicates, batchAnswer, notFoundError } from '../batch.js';
import type { BatchError } from '../batch.js';
import { HubSpotError } from '../errors.js';
import type { ObjectType } from '../object-types.js';
import { idValue, propertyValues } from '../query.js';
import type { Records } from '../records.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';
import { toWrittenObject } from '../wire.js';
import { CreateBody } from './objects.js';

const TypeParams = z.object({ objectType: z.string().min(1) });
const CreateBatch = z.object({ inputs: z.array(CreateBody) });
const UpdateBatch = z.object({
  inputs: z.array(
    z.object({
      id: idValue,
      idProperty: z.string().optional(),
      properties: propertyValues,
      objectWriteTraceId: z.string().optional(),
    }),
  ),
});
const UpsertBatch = z.object({
  inputs: z.array(
    z.object({
      id: idValue,
      idProperty: z.string().min(1),
      properties: propertyValues,
      objectWriteTraceId: z.string().optional(),
    }),
  ),
});

/**
 * Runs one input; with an `objectWriteTraceId` a failure becomes one entry of a 207 answer
 * (HubSpot's multi-status mode), without one it fails the whole batch.
 */
function attempt<T>(traceId: string | undefined, errors: BatchError[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof HubSpotError) || traceId === undefined) throw e;
    errors.push(asBatchError(e, { objectWriteTraceId: [traceId] }));
    return undefined;
  }
}

/** Batch create, update and upsert: all-or-nothing in one transaction, 207 for the partial cases. */
export function registerBatchWriteRoutes(app: FastifyInstance, state: HubSpotState, records: Records): void {
  const start = (params: unknown, inputs: readonly unknown[]): ObjectType => {
    assertBatchSize(inputs);
    return state.types.resolve(parseInput(TypeParams, params, 'path').objectType);
  };

  app.post('/crm/v3/objects/:objectType/batch/create', async (request, reply) => {
    const startedAt = state.now();
    const { inputs } = parseInput(CreateBatch, request.body, 'body');
    const type = start(request.params, inputs);
    const errors: BatchError[] = [];
    const results = transaction(state.db, () =>
      inputs.flatMap((input) => {
        const created = attempt(input.objectWriteTraceId, errors, () => {
          const values = records.checked(type, input.properties);
          records.assertUnique(type, values);
          records.assertAssociations(type, input.associations ?? []);
          return records.create(type, values, input.associations ?? []);
        });
        return created ? [toWrittenObject(created)] : [];
      }),
    );
    const answer = batchAnswer(startedAt, results, errors, 201);
    return reply.code(answer.code).send(answer.body);
  });

  app.post('/crm/v3/objects/:objectType/batch/update', async (request, reply) => {
    const startedAt = state.now();
    const { inputs } = parseInput(UpdateBatch, request.body, 'body');
    const type = start(request.params, inputs);
    assertNoDuplicates(inputs.map((i) => i.id));
    const checked = inputs.map((input) => ({ input, values: records.checked(type, input.properties) }));
    const missing: string[] = [];
    const errors: BatchError[] = [];
    const results = transaction(state.db, () =>
      checked.flatMap(({ input, values }) => {
        const current = records.find(type, input.id, input.idProperty);
        if (!current) {
          missing.push(input.id);
          return [];
        }
        const updated = attempt(input.objectWriteTraceId, errors, () => {
          records.assertUnique(type, values, current.id);
          return records.update(type, current, values);
        });
        return updated ? [toWrittenObject(updated)] : [];
      }),
    );
    if (missing.length > 0) errors.unshift(notFoundError('update', type.errorName, missing));
    const answer = batchAnswer(startedAt, results, errors);
    return reply.code(answer.code).send(answer.body);
  });

  app.post('/crm/v3/objects/:objectType/batch/upsert', async (request, reply) => {
    const startedAt = state.now();
    const { inputs } = parseInput(UpsertBatch, request.body, 'body');
    const type = start(request.params, inputs);
    assertNoDuplicates(inputs.map((i) => i.id));
    for (const input of inputs) records.assertIdProperty(type, input.idProperty);
    const errors: BatchError[] = [];
    const results = transaction(state.db, () =>
      inputs.flatMap((input) => {
        const written = attempt(input.objectWriteTraceId, errors, () => {
          const current = records.find(type, input.id, input.idProperty);
          if (current) {
            const values = records.checked(type, input.properties);
            return { ...toWrittenObject(records.update(type, current, values)), new: false };
          }
          const values = records.checked(type, { ...input.properties, [input.idProperty]: input.id });
          return { ...toWrittenObject(records.create(type, values)), new: true };
        });
        return written ? [written] : [];
      }),
    );
    const answer = batchAnswer(startedAt, results, errors);
    return reply.code(answer.code).send(answer.body);
  });
}

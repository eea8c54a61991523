import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { transaction } from '../../db.js';
import { groupLinks, pairView, specType, defaultType } from '../associations-v4.js';
import { assertBatchSize, batchAnswer } from '../batch.js';
import type { BatchError } from '../batch.js';
import { idValue } from '../query.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';

const PairParams = z.object({ fromObjectType: z.string().min(1), toObjectType: z.string().min(1) });
const Spec = z.object({
  associationCategory: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED']),
  associationTypeId: z.number().int(),
});
const ReadBody = z.object({ inputs: z.array(z.object({ id: idValue, after: z.string().optional() })) });
const CreateBody = z.object({
  inputs: z.array(
    z.object({ from: z.object({ id: idValue }), to: z.object({ id: idValue }), types: z.array(Spec).min(1) }),
  ),
});
const DefaultBody = z.object({
  inputs: z.array(z.object({ from: z.object({ id: idValue }), to: z.object({ id: idValue }) })),
});
const ArchiveBody = z.object({
  inputs: z.array(z.object({ from: z.object({ id: idValue }), to: z.array(z.object({ id: idValue })) })),
});

export const READ_LIMIT = 1000;
export const WRITE_LIMIT = 2000;
const PAGE = 500;

/** Associations v4 batch endpoints: read (≤ 1,000 inputs), create, default, archive, label archive. */
export function registerAssociationBatchRoutes(app: FastifyInstance, state: HubSpotState): void {
  const pair = (params: unknown) => {
    const p = parseInput(PairParams, params, 'path');
    return { from: state.types.resolve(p.fromObjectType), to: state.types.resolve(p.toObjectType) };
  };
  const base = '/crm/v4/associations/:fromObjectType/:toObjectType/batch';

  app.post(`${base}/read`, async (request, reply) => {
    const startedAt = state.now();
    const { inputs } = parseInput(ReadBody, request.body, 'body');
    assertBatchSize(inputs, READ_LIMIT);
    const { from, to } = pair(request.params);
    const errors: BatchError[] = [];
    const results = inputs.flatMap(({ id, after }) => {
      const grouped = groupLinks(state, state.associations.links(id, to.objectTypeId));
      if (grouped.length === 0) {
        errors.push({
          status: 'error',
          category: 'VALIDATION_ERROR',
          subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
          message: `No ${to.errorName} is associated with ${from.errorName} ${id}.`,
          context: { fromObjectId: [id] },
        });
        return [];
      }
      const offset = Number(after ?? 0) || 0;
      const page = grouped.slice(offset, offset + PAGE);
      const more = offset + PAGE < grouped.length;
      return [
        { from: { id }, to: page, ...(more ? { paging: { next: { after: String(offset + PAGE) } } } : {}) },
      ];
    });
    const answer = batchAnswer(startedAt, results, errors);
    return reply.code(answer.code).send(answer.body);
  });

  app.post(`${base}/create`, async (request, reply) => {
    const startedAt = state.now();
    const { inputs } = parseInput(CreateBody, request.body, 'body');
    assertBatchSize(inputs, WRITE_LIMIT);
    const { from, to } = pair(request.params);
    const errors: BatchError[] = [];
    const results = transaction(state.db, () =>
      inputs.flatMap((input) => {
        const types = input.types.map((spec) => specType(state, from, to, spec));
        const missing = [
          state.objects.get(from.objectTypeId, input.from.id) ? [] : [input.from.id],
          state.objects.get(to.objectTypeId, input.to.id) ? [] : [input.to.id],
        ].flat();
        if (missing.length > 0) {
          errors.push({
            status: 'error',
            category: 'OBJECT_NOT_FOUND',
            message: `Objects not found: ${missing.join(', ')}`,
            context: { ids: missing },
          });
          return [];
        }
        for (const t of types) {
          state.associations.link(
            { type: from.objectTypeId, id: input.from.id },
            { type: to.objectTypeId, id: input.to.id },
            t,
          );
        }
        return [pairView(state, from, input.from.id, to, input.to.id)];
      }),
    );
    const answer = batchAnswer(startedAt, results, errors, 201);
    return reply.code(answer.code).send(answer.body);
  });

  app.post(`${base}/associate/default`, async (request, reply) => {
    const startedAt = state.now();
    const { inputs } = parseInput(DefaultBody, request.body, 'body');
    assertBatchSize(inputs, WRITE_LIMIT);
    const { from, to } = pair(request.params);
    const t = defaultType(state, from, to);
    const errors: BatchError[] = [];
    const results = transaction(state.db, () =>
      inputs.flatMap((input) => {
        if (
          !state.objects.get(from.objectTypeId, input.from.id) ||
          !state.objects.get(to.objectTypeId, input.to.id)
        ) {
          errors.push({
            status: 'error',
            category: 'OBJECT_NOT_FOUND',
            message: 'Objects not found',
            context: { ids: [input.from.id, input.to.id] },
          });
          return [];
        }
        state.associations.link(
          { type: from.objectTypeId, id: input.from.id },
          { type: to.objectTypeId, id: input.to.id },
          t,
        );
        const spec = { associationCategory: t.category, associationTypeId: t.typeId };
        return [{ from: { id: input.from.id }, to: { id: input.to.id }, associationSpec: spec }];
      }),
    );
    // HubSpot answers the default association with 200 (the SDK accepts nothing else), unlike create's 201.
    const answer = batchAnswer(startedAt, results, errors);
    return reply.code(answer.code).send(answer.body);
  });

  app.post(`${base}/archive`, async (request, reply) => {
    const { inputs } = parseInput(ArchiveBody, request.body, 'body');
    assertBatchSize(inputs, WRITE_LIMIT);
    const { from, to } = pair(request.params);
    transaction(state.db, () => {
      for (const input of inputs) {
        for (const target of input.to) {
          state.associations.unlinkAll(
            { type: from.objectTypeId, id: input.from.id },
            { type: to.objectTypeId, id: target.id },
          );
        }
      }
    });
    return reply.code(204).send();
  });

  app.post(`${base}/labels/archive`, async (request, reply) => {
    const { inputs } = parseInput(CreateBody, request.body, 'body');
    assertBatchSize(inputs, WRITE_LIMIT);
    const { from, to } = pair(request.params);
    transaction(state.db, () => {
      for (const input of inputs) {
        for (const spec of input.types) {
          const t = specType(state, from, to, spec);
          state.associations.unlinkType(
            { type: from.objectTypeId, id: input.from.id },
            { type: to.objectTypeId, id: input.to.id },
            t,
          );
        }
      }
    });
    return reply.code(204).send();
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { transaction } from '../../db.js';
import { defaultType, groupLinks, pairView, specType } from '../associations-v4.js';
import { notFound } from '../errors.js';
import { intParam } from '../query.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';

const ListParams = z.object({
  objectType: z.string().min(1),
  objectId: z.string().min(1),
  toObjectType: z.string().min(1),
});
const PairParams = ListParams.extend({ toObjectId: z.string().min(1) });
const DefaultParams = z.object({
  fromObjectType: z.string().min(1),
  fromObjectId: z.string().min(1),
  toObjectType: z.string().min(1),
  toObjectId: z.string().min(1),
});
const ListQuery = z.object({ limit: intParam(1, 500, 500), after: z.string().optional() });
const Specs = z
  .array(
    z.object({
      associationCategory: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED']),
      associationTypeId: z.number().int(),
    }),
  )
  .min(1);

/** Associations v4 between two records: list, create with labels, create default, remove. */
export function registerAssociationRecordRoutes(app: FastifyInstance, state: HubSpotState): void {
  const records = (fromParam: string, fromId: string, toParam: string, toId?: string) => {
    const from = state.types.resolve(fromParam);
    const to = state.types.resolve(toParam);
    if (!state.objects.get(from.objectTypeId, fromId))
      throw notFound(`${from.errorName} ${fromId} not found`);
    if (toId !== undefined && !state.objects.get(to.objectTypeId, toId))
      throw notFound(`${to.errorName} ${toId} not found`);
    return { from, to };
  };
  const path = '/crm/v4/objects/:objectType/:objectId/associations/:toObjectType';

  app.get(path, async (request) => {
    const p = parseInput(ListParams, request.params, 'path');
    const q = parseInput(ListQuery, request.query, 'query');
    const { to } = records(p.objectType, p.objectId, p.toObjectType);
    const grouped = groupLinks(state, state.associations.links(p.objectId, to.objectTypeId));
    const offset = Number(q.after ?? 0) || 0;
    const results = grouped.slice(offset, offset + q.limit);
    if (offset + q.limit >= grouped.length) return { results };
    return { results, paging: { next: { after: String(offset + q.limit) } } };
  });

  app.put(`${path}/:toObjectId`, async (request, reply) => {
    const p = parseInput(PairParams, request.params, 'path');
    const specs = parseInput(Specs, request.body, 'body');
    const { from, to } = records(p.objectType, p.objectId, p.toObjectType, p.toObjectId);
    const types = specs.map((spec) => specType(state, from, to, spec));
    transaction(state.db, () => {
      for (const t of types) {
        state.associations.link(
          { type: from.objectTypeId, id: p.objectId },
          { type: to.objectTypeId, id: p.toObjectId },
          t,
        );
      }
    });
    return reply.code(201).send(pairView(state, from, p.objectId, to, p.toObjectId));
  });

  app.delete(`${path}/:toObjectId`, async (request, reply) => {
    const p = parseInput(PairParams, request.params, 'path');
    const from = state.types.resolve(p.objectType);
    const to = state.types.resolve(p.toObjectType);
    state.associations.unlinkAll(
      { type: from.objectTypeId, id: p.objectId },
      { type: to.objectTypeId, id: p.toObjectId },
    );
    return reply.code(204).send();
  });

  app.put(
    '/crm/v4/objects/:fromObjectType/:fromObjectId/associations/default/:toObjectType/:toObjectId',
    async (request) => {
      const startedAt = state.now().toISOString();
      const p = parseInput(DefaultParams, request.params, 'path');
      const { from, to } = records(p.fromObjectType, p.fromObjectId, p.toObjectType, p.toObjectId);
      const t = defaultType(state, from, to);
      state.associations.link(
        { type: from.objectTypeId, id: p.fromObjectId },
        { type: to.objectTypeId, id: p.toObjectId },
        t,
      );
      return {
        status: 'COMPLETE',
        results: [
          {
            from: { id: p.fromObjectId },
            to: { id: p.toObjectId },
            associationSpec: { associationCategory: t.category, associationTypeId: t.typeId },
          },
        ],
        startedAt,
        completedAt: state.now().toISOString(),
      };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { transaction } from '../../db.js';
import { typeView } from '../associations-v4.js';
import { notFound, validationError } from '../errors.js';
import type { HubSpotState } from '../state.js';
import type { AssociationType } from '../store/associations-store.js';
import { parseInput } from '../validate.js';

const PairParams = z.object({ fromObjectType: z.string().min(1), toObjectType: z.string().min(1) });
const LabelParams = PairParams.extend({ associationTypeId: z.string().regex(/^\d+$/) });
const LabelCreate = z.object({
  label: z.string().min(1),
  name: z.string().min(1),
  inverseLabel: z.string().min(1).optional(),
});
const LabelUpdate = z.object({
  associationTypeId: z.number().int(),
  label: z.string().min(1),
  inverseLabel: z.string().optional(),
});

/** Association labels (v4 definitions): list, create (with an inverse), rename, delete. */
export function registerAssociationLabelRoutes(app: FastifyInstance, state: HubSpotState): void {
  const pair = (params: unknown) => {
    const p = parseInput(PairParams, params, 'path');
    return { from: state.types.resolve(p.fromObjectType), to: state.types.resolve(p.toObjectType) };
  };
  const list = (fromId: string, toId: string) => ({
    results: state.associations.types(fromId, toId).map(typeView),
  });

  for (const base of [
    '/crm/v4/associations/:fromObjectType/:toObjectType/labels',
    '/crm/associations/v4/:fromObjectType/:toObjectType/labels',
  ]) {
    app.get(base, async (request) => {
      const { from, to } = pair(request.params);
      return list(from.objectTypeId, to.objectTypeId);
    });

    app.post(base, async (request) => {
      const { from, to } = pair(request.params);
      const body = parseInput(LabelCreate, request.body, 'body');
      const id = state.associations.nextUserTypeId();
      const forward: AssociationType = {
        typeId: id,
        category: 'USER_DEFINED',
        fromType: from.objectTypeId,
        toType: to.objectTypeId,
        name: body.name,
        label: body.label,
        inverseId: id + 1,
        isDefault: false,
      };
      const inverse: AssociationType = {
        ...forward,
        typeId: id + 1,
        fromType: to.objectTypeId,
        toType: from.objectTypeId,
        name: `${body.name}_inverse`,
        label: body.inverseLabel ?? body.label,
        inverseId: id,
      };
      transaction(state.db, () => {
        state.associations.saveType(forward);
        state.associations.saveType(inverse);
      });
      return {
        results: [typeView(forward), ...(from.objectTypeId === to.objectTypeId ? [] : [typeView(inverse)])],
      };
    });

    app.put(base, async (request, reply) => {
      const { from, to } = pair(request.params);
      const body = parseInput(LabelUpdate, request.body, 'body');
      const t = userType(state, from.objectTypeId, to.objectTypeId, body.associationTypeId);
      state.associations.saveType({ ...t, label: body.label });
      const inverse = state.associations.type(t.inverseId);
      if (inverse && body.inverseLabel) state.associations.saveType({ ...inverse, label: body.inverseLabel });
      return reply.code(204).send();
    });

    app.delete(`${base}/:associationTypeId`, async (request, reply) => {
      const p = parseInput(LabelParams, request.params, 'path');
      const { from, to } = pair(request.params);
      const t = userType(state, from.objectTypeId, to.objectTypeId, Number(p.associationTypeId));
      transaction(state.db, () => {
        state.associations.deleteType(t.typeId);
        state.associations.deleteType(t.inverseId);
      });
      return reply.code(204).send();
    });
  }
}

function userType(state: HubSpotState, fromId: string, toId: string, typeId: number): AssociationType {
  const t = state.associations.type(typeId);
  if (!t || t.fromType !== fromId || t.toType !== toId)
    throw notFound(`Association type ${typeId} not found`);
  if (t.category === 'HUBSPOT_DEFINED')
    throw validationError(`Association type ${typeId} is defined by HubSpot and cannot be changed.`);
  return t;
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addAssociations } from '../associations-v3.js';
import { notFound, validationError } from '../errors.js';
import { boolParam, idValue, intParam, listParam, propertyValues } from '../query.js';
import type { Records } from '../records.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';
import { propertyList, toPublicObject, toWrittenObject } from '../wire.js';

const TypeParams = z.object({ objectType: z.string().min(1) });
const ObjectParams = TypeParams.extend({ objectId: z.string().min(1) });
const ReadQuery = z.object({
  properties: listParam,
  propertiesWithHistory: listParam,
  associations: listParam,
  archived: boolParam,
  idProperty: z.string().optional(),
});
const ListQuery = ReadQuery.extend({ limit: intParam(1, 100, 10), after: z.string().optional() });
const AssociationInput = z.object({
  to: z.object({ id: idValue }),
  types: z
    .array(
      z.object({
        associationCategory: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED']),
        associationTypeId: z.number().int(),
      }),
    )
    .min(1),
});
export const CreateBody = z.object({
  properties: propertyValues,
  associations: z.array(AssociationInput).optional(),
  objectWriteTraceId: z.string().optional(),
});
const UpdateBody = z.object({ properties: propertyValues });
const UpdateQuery = z.object({ idProperty: z.string().optional() });

/** CRM objects v3: list, get, create, update, archive. */
export function registerObjectRoutes(app: FastifyInstance, state: HubSpotState, records: Records): void {
  const isDefined = (typeId: string) => (name: string) => state.properties.definitions(typeId).has(name);

  app.get('/crm/v3/objects/:objectType', async (request) => {
    const { objectType } = parseInput(TypeParams, request.params, 'path');
    const q = parseInput(ListQuery, request.query, 'query');
    const type = state.types.resolve(objectType);
    if (q.after !== undefined && !/^\d+$/.test(q.after))
      throw validationError(`Invalid after cursor: ${q.after}`);
    const page = state.objects.page(type.objectTypeId, Number(q.after ?? 0), q.limit + 1, q.archived);
    const results = page
      .slice(0, q.limit)
      .map((o) => toPublicObject(o, type, propertyList(q.properties), isDefined(type.objectTypeId)));
    addAssociations(state, type, results, propertyList(q.associations));
    if (page.length <= q.limit) return { results };
    const after = results[results.length - 1]!.id;
    return { results, paging: { next: { after, link: `?after=${after}` } } };
  });

  app.get('/crm/v3/objects/:objectType/:objectId', async (request) => {
    const { objectType, objectId } = parseInput(ObjectParams, request.params, 'path');
    const q = parseInput(ReadQuery, request.query, 'query');
    const type = state.types.resolve(objectType);
    const found = records.find(type, objectId, q.idProperty, q.archived);
    if (!found) throw notFound();
    const result = toPublicObject(found, type, propertyList(q.properties), isDefined(type.objectTypeId));
    addAssociations(state, type, [result], propertyList(q.associations));
    return result;
  });

  app.post('/crm/v3/objects/:objectType', async (request, reply) => {
    const { objectType } = parseInput(TypeParams, request.params, 'path');
    const body = parseInput(CreateBody, request.body, 'body');
    const type = state.types.resolve(objectType);
    const values = records.checked(type, body.properties);
    records.assertUnique(type, values);
    records.assertAssociations(type, body.associations ?? []);
    const created = records.create(type, values, body.associations ?? []);
    return reply.code(201).send(toWrittenObject(created));
  });

  app.patch('/crm/v3/objects/:objectType/:objectId', async (request) => {
    const { objectType, objectId } = parseInput(ObjectParams, request.params, 'path');
    const { idProperty } = parseInput(UpdateQuery, request.query, 'query');
    const body = parseInput(UpdateBody, request.body, 'body');
    const type = state.types.resolve(objectType);
    const current = records.find(type, objectId, idProperty);
    if (!current) throw notFound();
    const values = records.checked(type, body.properties);
    records.assertUnique(type, values, current.id);
    return toWrittenObject(records.update(type, current, values));
  });

  app.delete('/crm/v3/objects/:objectType/:objectId', async (request, reply) => {
    const { objectType, objectId } = parseInput(ObjectParams, request.params, 'path');
    const type = state.types.resolve(objectType);
    records.archive(type, objectId);
    return reply.code(204).send();
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { boolParam } from '../query.js';
import { SchemaCreate, SchemaPatch } from '../schemas-service.js';
import type { SchemasService } from '../schemas-service.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';

const TypeParams = z.object({ objectType: z.string().min(1) });
const ArchivedQuery = z.object({ archived: boolParam });
const AssociationCreate = z.object({
  fromObjectTypeId: z.string().min(1),
  toObjectTypeId: z.string().min(1),
  name: z.string().optional(),
});

/** Schemas v3 under both of HubSpot's prefixes (`/crm/v3/schemas`, `/crm-object-schemas/v3/schemas`). */
export function registerSchemaRoutes(
  app: FastifyInstance,
  state: HubSpotState,
  service: SchemasService,
): void {
  for (const base of ['/crm/v3/schemas', '/crm-object-schemas/v3/schemas']) {
    app.get(base, async (request) => {
      const { archived } = parseInput(ArchivedQuery, request.query, 'query');
      return {
        results: state.schemas
          .all()
          .filter((s) => s.archived === archived)
          .map((s) => service.render(s)),
      };
    });

    app.post(base, async (request, reply) => {
      const body = parseInput(SchemaCreate, request.body, 'body');
      return reply.code(201).send(service.render(service.create(body)));
    });

    app.get(`${base}/:objectType`, async (request) => {
      const { objectType } = parseInput(TypeParams, request.params, 'path');
      return service.render(service.find(objectType));
    });

    app.patch(`${base}/:objectType`, async (request) => {
      const { objectType } = parseInput(TypeParams, request.params, 'path');
      const body = parseInput(SchemaPatch, request.body, 'body');
      return service.render(service.update(objectType, body));
    });

    app.delete(`${base}/:objectType`, async (request, reply) => {
      const { objectType } = parseInput(TypeParams, request.params, 'path');
      const { archived } = parseInput(ArchivedQuery, request.query, 'query');
      service.archive(objectType, archived);
      return reply.code(204).send();
    });

    app.post(`${base}/:objectType/associations`, async (request, reply) => {
      const { objectType } = parseInput(TypeParams, request.params, 'path');
      const body = parseInput(AssociationCreate, request.body, 'body');
      const schema = service.find(objectType);
      const from = state.types.resolve(body.fromObjectTypeId);
      const to = state.types.resolve(body.toObjectTypeId);
      const t = service.addAssociation(from, to, body.name);
      return reply.code(201).send({
        id: String(t.typeId),
        fromObjectTypeId: t.fromType,
        toObjectTypeId: t.toType,
        name: t.name,
        createdAt: schema.createdAt,
        updatedAt: state.now().toISOString(),
      });
    });
  }
}

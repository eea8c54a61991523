import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HubSpotError, notFound, validationError } from '../errors.js';
import { NAME_PATTERN } from '../property-model.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';

const TypeParams = z.object({ objectType: z.string().min(1) });
const GroupParams = TypeParams.extend({ groupName: z.string().min(1) });
const GroupCreate = z.object({
  name: z.string().min(1).max(100),
  label: z.string().min(1),
  displayOrder: z.number().int().optional(),
});
const GroupUpdate = z.object({
  label: z.string().min(1).optional(),
  displayOrder: z.number().int().optional(),
});

/** Property groups v3: list, get, create, update, archive. */
export function registerPropertyGroupRoutes(app: FastifyInstance, state: HubSpotState): void {
  const typeOf = (params: unknown) => state.types.resolve(parseInput(TypeParams, params, 'path').objectType);

  app.get('/crm/v3/properties/:objectType/groups', async (request) => ({
    results: state.properties.groups(typeOf(request.params).objectTypeId),
  }));

  app.get('/crm/v3/properties/:objectType/groups/:groupName', async (request) => {
    const { groupName } = parseInput(GroupParams, request.params, 'path');
    const group = state.properties.group(typeOf(request.params).objectTypeId, groupName);
    if (!group) throw notFound(`Property group ${groupName} does not exist`);
    return group;
  });

  app.post('/crm/v3/properties/:objectType/groups', async (request, reply) => {
    const typeId = typeOf(request.params).objectTypeId;
    const body = parseInput(GroupCreate, request.body, 'body');
    if (!NAME_PATTERN.test(body.name)) {
      throw validationError(
        `Group name "${body.name}" is invalid: use lowercase letters, digits and underscores.`,
      );
    }
    if (state.properties.group(typeId, body.name)) {
      throw new HubSpotError(
        409,
        'OBJECT_ALREADY_EXISTS',
        `Property group named '${body.name}' already exists.`,
      );
    }
    const group = {
      name: body.name,
      label: body.label,
      displayOrder: body.displayOrder ?? -1,
      archived: false,
    };
    state.properties.saveGroup(typeId, group);
    return reply.code(201).send(group);
  });

  app.patch('/crm/v3/properties/:objectType/groups/:groupName', async (request) => {
    const { groupName } = parseInput(GroupParams, request.params, 'path');
    const typeId = typeOf(request.params).objectTypeId;
    const body = parseInput(GroupUpdate, request.body, 'body');
    const group = state.properties.group(typeId, groupName);
    if (!group) throw notFound(`Property group ${groupName} does not exist`);
    const next = { ...group, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) };
    state.properties.saveGroup(typeId, next);
    return next;
  });

  app.delete('/crm/v3/properties/:objectType/groups/:groupName', async (request, reply) => {
    const { groupName } = parseInput(GroupParams, request.params, 'path');
    const typeId = typeOf(request.params).objectTypeId;
    if (state.properties.list(typeId, false).some((p) => p.groupName === groupName)) {
      throw validationError(`Property group ${groupName} still has properties.`);
    }
    state.properties.deleteGroup(typeId, groupName);
    return reply.code(204).send();
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { appOf } from '../apps.js';
import { notFound } from '../errors.js';
import { boolParam, intParam } from '../query.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';
import { DefinitionEgg, DefinitionPatch, definitionView } from './definitions.js';
import type { DefinitionsStore } from './definitions.js';

const DefinitionParams = z.object({ definitionId: z.string().min(1) });
const PageQuery = z.object({
  limit: intParam(1, 100, 100),
  after: z.string().regex(/^\d+$/).optional(),
  archived: boolParam,
});
const GetQuery = z.object({ archived: boolParam });

/**
 * Custom workflow action definitions (`/automation/v4/actions/{appId}`): list, create, read,
 * update (a new revision), archive. Developer API key (`?hapikey=`) or bearer token.
 */
export function registerDefinitionRoutes(app: FastifyInstance, state: HubSpotState, store: DefinitionsStore) {
  const developer = { config: { hubspotDeveloper: true } };
  const base = '/automation/v4/actions/:appId';
  const definitionOf = (params: unknown, archived = false) => {
    const { appId } = appOf(state, params);
    const { definitionId } = parseInput(DefinitionParams, params, 'path');
    const found = store.get(appId, definitionId, archived);
    if (!found) throw notFound(`Action definition ${definitionId} not found for app ${appId}`);
    return found;
  };

  app.get(base, developer, async (request) => {
    const { appId } = appOf(state, request.params);
    const q = parseInput(PageQuery, request.query, 'query');
    const page = store.page(appId, Number(q.after ?? 0), q.limit + 1, q.archived);
    const results = page.slice(0, q.limit).map(definitionView);
    if (page.length <= q.limit) return { results };
    const after = results[results.length - 1]!.id;
    return { results, paging: { next: { after, link: `?after=${after}` } } };
  });

  app.post(base, developer, async (request, reply) => {
    const { appId } = appOf(state, request.params);
    const body = parseInput(DefinitionEgg, request.body, 'body');
    return reply.code(201).send(definitionView(store.create(appId, body)));
  });

  app.get(`${base}/:definitionId`, developer, async (request) => {
    const { archived } = parseInput(GetQuery, request.query, 'query');
    return definitionView(definitionOf(request.params, archived));
  });

  app.patch(`${base}/:definitionId`, developer, async (request) => {
    const current = definitionOf(request.params);
    const patch = parseInput(DefinitionPatch, request.body, 'body');
    return definitionView(store.update(current, patch));
  });

  app.delete(`${base}/:definitionId`, developer, async (request, reply) => {
    const current = definitionOf(request.params);
    store.archive(current.id, state.now().getTime());
    return reply.code(204).send();
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound, validationError } from '../errors.js';
import { boolParam, intParam } from '../query.js';
import type { HubSpotState } from '../state.js';
import type { Owner } from '../store/owners-store.js';
import { parseInput } from '../validate.js';

const PageQuery = z.object({
  email: z.string().min(1).optional(),
  after: z.string().optional(),
  limit: intParam(1, 500, 100),
  archived: boolParam,
});
const OwnerParams = z.object({ ownerId: z.string().regex(/^\d{1,12}$/, 'must be a number') });
const OwnerQuery = z.object({ idProperty: z.enum(['id', 'userId']).default('id'), archived: boolParam });

const toPublic = (o: Owner) => ({ ...o, userIdIncludingInactive: o.userId, type: 'PERSON', teams: [] });

/** Owners v3: the portal's users who can own records (list with e-mail filter and paging, get). */
export function registerOwnerRoutes(app: FastifyInstance, state: HubSpotState): void {
  app.get('/crm/v3/owners', async (request) => {
    const q = parseInput(PageQuery, request.query, 'query');
    if (q.after !== undefined && !/^\d+$/.test(q.after))
      throw validationError(`Invalid after cursor: ${q.after}`);
    const page = state.owners.page(Number(q.after ?? 0), q.limit + 1, q.archived, q.email);
    const results = page.slice(0, q.limit).map(toPublic);
    if (page.length <= q.limit) return { results };
    const after = results[results.length - 1]!.id;
    return { results, paging: { next: { after, link: `?after=${after}` } } };
  });

  app.get('/crm/v3/owners/:ownerId', async (request) => {
    const { ownerId } = parseInput(OwnerParams, request.params, 'path');
    const q = parseInput(OwnerQuery, request.query, 'query');
    const id = Number(ownerId);
    const owner =
      q.idProperty === 'id' ? state.owners.byId(id, q.archived) : state.owners.byUserId(id, q.archived);
    if (!owner) throw notFound(`No owner found with ${q.idProperty} ${ownerId}`);
    return toPublic(owner);
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { compare, matchesGroups, matchesQuery } from '../search/match.js';
import { assertSearchLimits, RESULT_CAP, SearchBody } from '../search/request.js';
import type { HubSpotState } from '../state.js';
import type { StoredObject } from '../store/objects-store.js';
import { parseInput } from '../validate.js';
import { toPublicObject } from '../wire.js';

const TypeParams = z.object({ objectType: z.string().min(1) });

/** CRM search: filter groups, a free-text query, one sort, `after` offsets, the 10,000 cap. */
export function registerSearchRoute(app: FastifyInstance, state: HubSpotState): void {
  app.post('/crm/v3/objects/:objectType/search', { config: { hubspotSearch: true } }, async (request) => {
    const { objectType } = parseInput(TypeParams, request.params, 'path');
    const body = parseInput(SearchBody, request.body ?? {}, 'body');
    assertSearchLimits(body);
    const type = state.types.resolve(objectType);
    const defs = state.properties.definitions(type.objectTypeId);

    let hits = state.objects
      .all(type.objectTypeId)
      .filter((o) => matchesGroups(o, body.filterGroups, defs))
      .filter((o) => body.query === undefined || matchesQuery(o, body.query, type.searchableProperties));
    const sort = body.sorts[0];
    if (sort) {
      const propType = defs.get(sort.propertyName)?.type ?? 'string';
      const sign = sort.direction === 'DESCENDING' ? -1 : 1;
      hits = [...hits].sort((a, b) => bySort(a, b, sort.propertyName, propType, sign));
    }
    const total = hits.length;
    const page = hits.slice(body.after, body.after + body.limit);
    const requested = body.properties && body.properties.length > 0 ? body.properties : undefined;
    const results = page.map((o) => toPublicObject(o, type, requested, (name) => defs.has(name)));
    const next = body.after + body.limit;
    if (next >= total || next >= RESULT_CAP || body.limit === 0) return { total, results };
    return { total, results, paging: { next: { after: String(next) } } };
  });
}

/** Records without a value sort last, whatever the direction; ties keep id order. */
function bySort(a: StoredObject, b: StoredObject, name: string, type: string, sign: number): number {
  const x = a.properties[name];
  const y = b.properties[name];
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  return sign * compare(x, y, type) || Number(a.id) - Number(b.id);
}

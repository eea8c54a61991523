import { z } from 'zod';
import { validationError } from '../errors.js';

export const OPERATORS = [
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
] as const;
export type Operator = (typeof OPERATORS)[number];

export const MAX_FILTER_GROUPS = 5;
export const MAX_FILTERS_PER_GROUP = 6;
export const MAX_FILTERS = 18;
export const MAX_LIMIT = 200;
export const RESULT_CAP = 10_000;

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const Filter = z.object({
  propertyName: z.string().min(1),
  operator: z.enum(OPERATORS),
  value: scalar.optional(),
  highValue: scalar.optional(),
  values: z.array(scalar).optional(),
});
export type Filter = z.infer<typeof Filter>;

const Sort = z.union([
  z
    .string()
    .min(1)
    .transform((s) =>
      s.startsWith('-')
        ? { propertyName: s.slice(1), direction: 'DESCENDING' as const }
        : { propertyName: s, direction: 'ASCENDING' as const },
    ),
  z.object({
    propertyName: z.string().min(1),
    direction: z.enum(['ASCENDING', 'DESCENDING']).default('ASCENDING'),
  }),
]);

export const SearchBody = z.object({
  filterGroups: z.array(z.object({ filters: z.array(Filter) })).default([]),
  sorts: z.array(Sort).default([]),
  query: z.string().optional(),
  properties: z.array(z.string()).optional(),
  limit: z.number().int().min(0).default(10),
  after: z
    .union([z.string(), z.number()])
    .optional()
    .transform((a) => (a === undefined || a === '' ? 0 : Number(a))),
});
export type SearchBody = z.infer<typeof SearchBody>;

/** HubSpot's limits on a search request; each broken one is a 400. */
export function assertSearchLimits(body: SearchBody): void {
  const groups = body.filterGroups;
  if (groups.length > MAX_FILTER_GROUPS) {
    throw validationError(`Too many filter groups: ${groups.length}. The maximum is ${MAX_FILTER_GROUPS}.`);
  }
  const big = groups.find((g) => g.filters.length > MAX_FILTERS_PER_GROUP);
  if (big) {
    throw validationError(
      `Too many filters in a filter group: ${big.filters.length}. The maximum is ${MAX_FILTERS_PER_GROUP}.`,
    );
  }
  const total = groups.reduce((n, g) => n + g.filters.length, 0);
  if (total > MAX_FILTERS)
    throw validationError(`Too many filters: ${total}. The maximum is ${MAX_FILTERS} in all groups.`);
  if (body.limit > MAX_LIMIT) throw validationError(`limit must be at most ${MAX_LIMIT}, got ${body.limit}`);
  if (!Number.isInteger(body.after) || body.after < 0)
    throw validationError(`Invalid after: ${String(body.after)}`);
  if (body.after >= RESULT_CAP) {
    throw validationError(`Search results are capped at ${RESULT_CAP}: after must be below ${RESULT_CAP}.`);
  }
  if (body.sorts.length > 1) throw validationError('Only one sort is supported.');
  for (const f of groups.flatMap((g) => g.filters)) {
    if (f.operator === 'BETWEEN' && (f.value === undefined || f.highValue === undefined)) {
      throw validationError(`BETWEEN on ${f.propertyName} needs value and highValue`);
    }
    if ((f.operator === 'IN' || f.operator === 'NOT_IN') && !f.values) {
      throw validationError(`${f.operator} on ${f.propertyName} needs values`);
    }
    const needsValue = !['BETWEEN', 'IN', 'NOT_IN', 'HAS_PROPERTY', 'NOT_HAS_PROPERTY'].includes(f.operator);
    if (needsValue && f.value === undefined)
      throw validationError(`${f.operator} on ${f.propertyName} needs a value`);
  }
}

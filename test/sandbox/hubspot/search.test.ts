import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PublicObjectSearchRequest } from '@hubspot/api-client/lib/codegen/crm/companies/index.js';
import type { Running } from '../helpers.js';
import { failure, startSandbox } from '../helpers.js';

let env: Running;
const CITIES = ['Ulm', 'Köln', 'Bonn', 'Essen'];

beforeAll(async () => {
  env = await startSandbox({ hubspot: { rateLimit: { searchPerSecond: 1000 } } });
  const hs = env.client();
  const inputs = Array.from({ length: 40 }, (_, i) => ({
    properties: {
      name: `${i % 5 === 0 ? 'Muster' : 'Beispiel'} Werke ${i}`,
      city: CITIES[i % 4]!,
      annualrevenue: String((i + 1) * 100_000),
      ...(i % 10 === 0 ? {} : { domain: `werke${i}.de` }),
      industry: i % 2 ? 'MACHINERY' : 'CHEMICALS',
    },
    associations: [],
  }));
  await hs.crm.companies.batchApi.create({ inputs });
});
afterAll(async () => {
  await env.sandbox.stop();
});

const search = (body: Partial<PublicObjectSearchRequest>) =>
  env.client().crm.companies.searchApi.doSearch({
    filterGroups: [],
    sorts: [],
    properties: ['name', 'city', 'annualrevenue'],
    limit: 100,
    after: '0',
    ...body,
  } as PublicObjectSearchRequest);

const filter = (propertyName: string, operator: string, extra: Record<string, unknown>) =>
  ({ propertyName, operator, ...extra }) as never;

describe('CRM search through @hubspot/api-client', () => {
  it('filters with EQ (ignoring case), NEQ, IN and NOT_IN', async () => {
    expect(
      (await search({ filterGroups: [{ filters: [filter('city', 'EQ', { value: 'köln' })] }] })).total,
    ).toBe(10);
    expect(
      (await search({ filterGroups: [{ filters: [filter('city', 'NEQ', { value: 'Köln' })] }] })).total,
    ).toBe(30);
    expect(
      (await search({ filterGroups: [{ filters: [filter('city', 'IN', { values: ['ulm', 'bonn'] })] }] }))
        .total,
    ).toBe(20);
    expect(
      (await search({ filterGroups: [{ filters: [filter('city', 'NOT_IN', { values: ['ulm'] })] }] })).total,
    ).toBe(30);
  });

  it('compares numbers by value: LT, LTE, GT, GTE, BETWEEN', async () => {
    const count = async (f: never) => (await search({ filterGroups: [{ filters: [f] }] })).total;
    expect(await count(filter('annualrevenue', 'LT', { value: '500000' }))).toBe(4);
    expect(await count(filter('annualrevenue', 'LTE', { value: '500000' }))).toBe(5);
    expect(await count(filter('annualrevenue', 'GT', { value: 3_900_000 }))).toBe(1);
    expect(await count(filter('annualrevenue', 'GTE', { value: '3900000' }))).toBe(2);
    expect(await count(filter('annualrevenue', 'BETWEEN', { value: '1000000', highValue: '2000000' }))).toBe(
      11,
    );
  });

  it('knows HAS_PROPERTY, NOT_HAS_PROPERTY and CONTAINS_TOKEN', async () => {
    expect(
      (await search({ filterGroups: [{ filters: [filter('domain', 'NOT_HAS_PROPERTY', {})] }] })).total,
    ).toBe(4);
    expect(
      (await search({ filterGroups: [{ filters: [filter('domain', 'HAS_PROPERTY', {})] }] })).total,
    ).toBe(36);
    expect(
      (await search({ filterGroups: [{ filters: [filter('name', 'CONTAINS_TOKEN', { value: 'muster' })] }] }))
        .total,
    ).toBe(8);
    expect(
      (
        await search({
          filterGroups: [{ filters: [filter('domain', 'CONTAINS_TOKEN', { value: '*1.de' })] }],
        })
      ).total,
    ).toBe(4);
  });

  it('ANDs filters within a group and ORs the groups', async () => {
    const and = await search({
      filterGroups: [
        {
          filters: [filter('city', 'EQ', { value: 'Ulm' }), filter('industry', 'EQ', { value: 'CHEMICALS' })],
        },
      ],
    });
    expect(and.total).toBe(10);
    const or = await search({
      filterGroups: [
        { filters: [filter('city', 'EQ', { value: 'Ulm' })] },
        { filters: [filter('city', 'EQ', { value: 'Bonn' })] },
      ],
    });
    expect(or.total).toBe(20);
  });

  it('sorts, pages with after and matches a free-text query', async () => {
    const sorted = await search({ sorts: ['-annualrevenue'] as never, limit: 3 });
    expect(sorted.results.map((r) => r.properties.annualrevenue)).toEqual(['4000000', '3900000', '3800000']);
    expect(sorted.paging?.next?.after).toBe('3');
    const next = await search({
      sorts: [{ propertyName: 'annualrevenue', direction: 'DESCENDING' }] as never,
      limit: 3,
      after: '3',
    });
    expect(next.results[0]!.properties.annualrevenue).toBe('3700000');
    const last = await search({ limit: 10, after: '30' });
    expect(last.results).toHaveLength(10);
    expect(last.paging).toBeUndefined();
    const query = await search({ query: 'muster' });
    expect(query.total).toBe(8);
  });

  it("enforces HubSpot's limits with 400s", async () => {
    const group = { filters: [filter('city', 'EQ', { value: 'Ulm' })] };
    const tooManyGroups = await failure(search({ filterGroups: Array.from({ length: 6 }, () => group) }));
    expect(tooManyGroups.code).toBe(400);
    const tooManyFilters = await failure(
      search({
        filterGroups: [{ filters: Array.from({ length: 7 }, () => filter('city', 'EQ', { value: 'Ulm' })) }],
      }),
    );
    expect(tooManyFilters.code).toBe(400);
    expect((await failure(search({ limit: 201 }))).code).toBe(400);
    expect((await failure(search({ after: '10000' }))).code).toBe(400);
    const badOperator = await failure(
      search({ filterGroups: [{ filters: [filter('city', 'LIKE', { value: 'x' })] }] }),
    );
    expect(badOperator).toMatchObject({ code: 400, body: { status: 'error', category: 'VALIDATION_ERROR' } });
  });
});

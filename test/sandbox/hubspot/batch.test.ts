import { describe, expect, it } from '@jest/globals';
import { failure, sandboxPerFile } from '../helpers.js';

const sandbox = sandboxPerFile();

const companies = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    properties: { name: `Firma ${from + i}`, city: 'Ulm' },
    associations: [],
  }));

describe('batch endpoints through @hubspot/api-client', () => {
  it('creates, reads, updates and archives 100 companies', async () => {
    const hs = sandbox().client();
    const created = await hs.crm.companies.batchApi.create({ inputs: companies(100) });
    expect(created.status).toBe('COMPLETE');
    expect(created.results).toHaveLength(100);
    const ids = created.results.map((r) => r.id);

    const read = await hs.crm.companies.batchApi.read({
      inputs: ids.map((id) => ({ id })),
      properties: ['name'],
      propertiesWithHistory: [],
    });
    expect(read.results).toHaveLength(100);
    expect('errors' in read).toBe(false);

    const updated = await hs.crm.companies.batchApi.update({
      inputs: ids.map((id, i) => ({ id, properties: { city: i % 2 ? 'Köln' : 'Bonn' } })),
    });
    expect(updated.results.every((r) => ['Köln', 'Bonn'].includes(r.properties.city ?? ''))).toBe(true);

    await hs.crm.companies.batchApi.archive({ inputs: ids.slice(0, 10).map((id) => ({ id })) });
    const page = await hs.crm.companies.basicApi.getPage(100);
    expect(page.results).toHaveLength(90);
  });

  it("refuses more than 100 inputs with a 400 in HubSpot's shape", async () => {
    const hs = sandbox().client();
    const tooMany = await failure(hs.crm.companies.batchApi.create({ inputs: companies(101) }));
    expect(tooMany.code).toBe(400);
    expect(tooMany.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
    expect(tooMany.body.message).toContain('at most 100');
    const readMany = await failure(
      hs.crm.companies.batchApi.read({
        inputs: Array.from({ length: 101 }, (_, i) => ({ id: String(i + 1) })),
        properties: [],
        propertiesWithHistory: [],
      }),
    );
    expect(readMany.code).toBe(400);
  });

  it('answers 207 with errors and numErrors for unknown ids', async () => {
    const hs = sandbox().client();
    const created = await hs.crm.companies.batchApi.create({ inputs: companies(2) });
    const ids = created.results.map((r) => r.id);
    const read = await hs.crm.companies.batchApi.read({
      inputs: [...ids, '999999999999'].map((id) => ({ id })),
      properties: ['name'],
      propertiesWithHistory: [],
    });
    expect(read.results).toHaveLength(2);
    expect(read).toMatchObject({
      numErrors: 1,
      errors: [
        {
          status: 'error',
          category: 'OBJECT_NOT_FOUND',
          context: { ids: ['999999999999'] },
        },
      ],
    });
    const update = await hs.crm.companies.batchApi.update({
      inputs: [
        { id: ids[0]!, properties: { city: 'Essen' } },
        { id: '123', properties: { city: 'Essen' } },
      ],
    });
    expect(update.results).toHaveLength(1);
    expect(update).toMatchObject({
      numErrors: 1,
      errors: [{ category: 'OBJECT_NOT_FOUND', context: { ids: ['123'] } }],
    });
  });

  it('fails a whole batch on a bad property, or reports it per input with objectWriteTraceId', async () => {
    const hs = sandbox().client();
    const bad = await failure(
      hs.crm.companies.batchApi.create({
        inputs: [...companies(1), { properties: { nonsense: 'x' }, associations: [] }],
      }),
    );
    expect(bad.code).toBe(400);
    expect((await hs.crm.companies.basicApi.getPage()).results).toHaveLength(0);

    const traced = await hs.crm.companies.batchApi.create({
      inputs: [
        { ...companies(1)[0]!, objectWriteTraceId: 't1' },
        { properties: { nonsense: 'x' }, associations: [], objectWriteTraceId: 't2' },
      ],
    });
    expect(traced.results).toHaveLength(1);
    expect(traced).toMatchObject({
      numErrors: 1,
      errors: [{ category: 'VALIDATION_ERROR', context: { objectWriteTraceId: ['t2'] } }],
    });
  });

  it('upserts by a unique property', async () => {
    const hs = sandbox().client();
    await hs.crm.contacts.basicApi.create({
      properties: { email: 'alt@firma.de', firstname: 'Alt' },
      associations: [],
    });
    const result = await hs.crm.contacts.batchApi.upsert({
      inputs: [
        { id: 'alt@firma.de', idProperty: 'email', properties: { firstname: 'Geändert' } },
        { id: 'neu@firma.de', idProperty: 'email', properties: { firstname: 'Neu' } },
      ],
    });
    const byEmail = Object.fromEntries(result.results.map((r) => [r.properties.email, r]));
    expect(byEmail['alt@firma.de']).toMatchObject({ _new: false, properties: { firstname: 'Geändert' } });
    expect(byEmail['neu@firma.de']).toMatchObject({ _new: true, properties: { firstname: 'Neu' } });
    const badKey = await failure(
      hs.crm.contacts.batchApi.upsert({ inputs: [{ id: 'x', idProperty: 'firstname', properties: {} }] }),
    );
    expect(badKey.code).toBe(400);
  });

  it('rejects duplicate ids and malformed bodies without a 500', async () => {
    const hs = sandbox().client();
    const dup = await failure(
      hs.crm.companies.batchApi.update({
        inputs: [
          { id: '1', properties: {} },
          { id: '1', properties: {} },
        ],
      }),
    );
    expect(dup.code).toBe(400);
    expect(dup.body.message).toContain('Duplicate IDs');
    const res = await hs.apiRequest({
      method: 'POST',
      path: '/crm/v3/objects/companies/batch/read',
      defaultJson: false,
      headers: { 'Content-Type': 'application/json' },
      body: '{"inputs": [',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
  });
});

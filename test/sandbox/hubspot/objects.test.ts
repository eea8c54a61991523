import { describe, expect, it } from '@jest/globals';
import { failure, sandboxPerFile } from '../helpers.js';

const sandbox = sandboxPerFile();

describe('objects v3 through @hubspot/api-client', () => {
  it('creates, reads, updates and archives a company', async () => {
    const hs = sandbox().client();
    const created = await hs.crm.companies.basicApi.create({
      properties: { name: 'Muster Maschinenbau GmbH', domain: 'muster.de', annualrevenue: '12500000' },
      associations: [],
    });
    expect(created.id).toMatch(/^\d+$/);
    expect(created.properties).toMatchObject({ name: 'Muster Maschinenbau GmbH', hs_object_id: created.id });
    expect(created.createdAt).toBeInstanceOf(Date);

    const read = await hs.crm.companies.basicApi.getById(created.id, ['name', 'annualrevenue', 'city']);
    expect(read.properties).toEqual({
      name: 'Muster Maschinenbau GmbH',
      annualrevenue: '12500000',
      city: null,
      hs_object_id: created.id,
      createdate: expect.any(String),
      hs_lastmodifieddate: expect.any(String),
    });

    const updated = await hs.crm.companies.basicApi.update(created.id, {
      properties: { city: 'Stuttgart', domain: '' },
    });
    expect(updated.properties.city).toBe('Stuttgart');
    expect(updated.properties.domain).toBeUndefined();

    await hs.crm.companies.basicApi.archive(created.id);
    const gone = await failure(hs.crm.companies.basicApi.getById(created.id));
    expect(gone.code).toBe(404);
    expect(gone.body).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND' });
    const archived = await hs.crm.companies.basicApi.getById(
      created.id,
      undefined,
      undefined,
      undefined,
      true,
    );
    expect(archived.archived).toBe(true);
  });

  it('returns the default properties when none are named', async () => {
    const hs = sandbox().client();
    const { id } = await hs.crm.contacts.basicApi.create({
      properties: { firstname: 'Erika', lastname: 'Muster', email: 'erika@muster.de', jobtitle: 'Einkauf' },
      associations: [],
    });
    const read = await hs.crm.contacts.basicApi.getById(id);
    expect(Object.keys(read.properties).sort()).toEqual(
      ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'].sort(),
    );
  });

  it('reads by a unique idProperty and refuses a duplicate unique value', async () => {
    const hs = sandbox().client();
    const { id } = await hs.crm.contacts.basicApi.create({
      properties: { email: 'a@b.de' },
      associations: [],
    });
    const byEmail = await hs.crm.contacts.basicApi.getById(
      'a@b.de',
      undefined,
      undefined,
      undefined,
      false,
      'email',
    );
    expect(byEmail.id).toBe(id);
    const dup = await failure(
      hs.crm.contacts.basicApi.create({ properties: { email: 'a@b.de' }, associations: [] }),
    );
    expect(dup.code).toBe(409);
    expect(dup.body.message).toBe(`Contact already exists. Existing ID: ${id}`);
    const notUnique = await failure(
      hs.crm.contacts.basicApi.getById('x', undefined, undefined, undefined, false, 'city'),
    );
    expect(notUnique.code).toBe(400);
  });

  it('lists with after paging', async () => {
    const hs = sandbox().client();
    for (let i = 0; i < 7; i++) {
      await hs.crm.deals.basicApi.create({
        properties: { dealname: `Deal ${i}`, amount: String(i * 1000) },
        associations: [],
      });
    }
    const first = await hs.crm.deals.basicApi.getPage(5, undefined, ['dealname']);
    expect(first.results).toHaveLength(5);
    expect(first.paging?.next?.after).toBe(first.results[4]!.id);
    const second = await hs.crm.deals.basicApi.getPage(5, first.paging!.next!.after, ['dealname']);
    expect(second.results.map((d) => d.properties.dealname)).toEqual(['Deal 5', 'Deal 6']);
    expect(second.paging).toBeUndefined();
  });

  it("answers unknown properties with HubSpot's PROPERTY_DOESNT_EXIST body", async () => {
    const hs = sandbox().client();
    const bad = await failure(
      hs.crm.companies.basicApi.create({ properties: { name: 'X', kam_nonsense: '1' }, associations: [] }),
    );
    expect(bad.code).toBe(400);
    expect(bad.body).toMatchObject({
      status: 'error',
      category: 'VALIDATION_ERROR',
      correlationId: expect.any(String),
    });
    expect(bad.body.message).toMatch(/^Property values were not valid: \[/);
    const details = JSON.parse(
      String(bad.body.message).replace('Property values were not valid: ', ''),
    ) as unknown[];
    expect(details[0]).toMatchObject({
      isValid: false,
      error: 'PROPERTY_DOESNT_EXIST',
      name: 'kam_nonsense',
    });
  });

  it('validates values: numbers, options, read-only properties', async () => {
    const hs = sandbox().client();
    const bad = await failure(
      hs.crm.deals.basicApi.create({
        properties: { amount: 'viel', dealstage: 'somewhere', hs_object_id: '1' },
        associations: [],
      }),
    );
    expect(bad.code).toBe(400);
    expect(bad.body.message).toContain('INVALID_LONG');
    expect(bad.body.message).toContain('INVALID_OPTION');
    expect(bad.body.message).toContain('READ_ONLY_VALUE');
    const deal = await hs.crm.deals.basicApi.create({
      properties: {
        dealname: 'Linie 4',
        amount: '250000',
        dealstage: 'contractsent',
        closedate: '2026-12-31',
      },
      associations: [],
    });
    expect(deal.properties.hs_deal_stage_probability).toBe('0.9');
    expect(deal.properties.closedate).toBe('2026-12-31T00:00:00.000Z');
  });

  it('addresses objects by objectTypeId and rejects unknown types', async () => {
    const hs = sandbox().client();
    const { id } = await hs.crm.objects.basicApi.create('0-2', {
      properties: { name: 'By id' },
      associations: [],
    });
    const read = await hs.crm.objects.basicApi.getById('companies', id, ['name']);
    expect(read.properties.name).toBe('By id');
    const unknown = await failure(hs.crm.objects.basicApi.getById('spaceships', id));
    expect(unknown.code).toBe(400);
    expect(unknown.body.message).toBe('Unable to infer object type from: spaceships');
  });
});

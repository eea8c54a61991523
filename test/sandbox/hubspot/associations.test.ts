import { describe, expect, it } from '@jest/globals';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/associations/v4/index.js';
import type { ObjectSchemaEgg } from '@hubspot/api-client/lib/codegen/crm/schemas/index.js';
import { failure, sandboxPerFile } from '../helpers.js';

const sandbox = sandboxPerFile();

const HUBSPOT = AssociationSpecAssociationCategoryEnum.HubspotDefined;

async function companyWithContacts(n: number) {
  const hs = sandbox().client();
  const company = await hs.crm.companies.basicApi.create({
    properties: { name: 'Muster AG' },
    associations: [],
  });
  const contacts = await hs.crm.contacts.batchApi.create({
    inputs: Array.from({ length: n }, (_, i) => ({
      properties: { lastname: `Person ${i}` },
      associations: [],
    })),
  });
  return { company: company.id, contacts: contacts.results.map((c) => c.id) };
}

describe('associations v4 through @hubspot/api-client', () => {
  it('lists HubSpot-defined labels between standard objects', async () => {
    const hs = sandbox().client();
    const labels = await hs.crm.associations.v4.schema.definitionsApi.getAll('companies', 'contacts');
    expect(labels.results.map((l) => l.typeId)).toEqual(expect.arrayContaining([280, 2]));
    const deals = await hs.crm.associations.v4.schema.definitionsApi.getAll('companies', 'deals');
    expect(deals.results.map((l) => l.typeId)).toEqual(expect.arrayContaining([342, 6]));
    const back = await hs.crm.associations.v4.schema.definitionsApi.getAll('deals', 'companies');
    expect(back.results.map((l) => l.typeId)).toEqual(expect.arrayContaining([341, 5]));
  });

  it('creates in batch, reads in batch from both sides, archives', async () => {
    const hs = sandbox().client();
    const { company, contacts } = await companyWithContacts(3);
    const created = await hs.crm.associations.v4.batchApi.create('companies', 'contacts', {
      inputs: contacts.map((id) => ({
        _from: { id: company },
        to: { id },
        types: [{ associationCategory: HUBSPOT, associationTypeId: 280 }],
      })),
    });
    expect(created.results).toHaveLength(3);
    const read = await hs.crm.associations.v4.batchApi.getPage('companies', 'contacts', {
      inputs: [{ id: company }],
    });
    expect(read.results[0]!.to.map((t) => String(t.toObjectId)).sort()).toEqual([...contacts].sort());
    expect(read.results[0]!.to[0]!.associationTypes[0]).toMatchObject({
      category: 'HUBSPOT_DEFINED',
      typeId: 280,
    });
    const inverse = await hs.crm.associations.v4.batchApi.getPage('contacts', 'companies', {
      inputs: [{ id: contacts[0]! }],
    });
    expect(inverse.results[0]!.to[0]).toMatchObject({
      toObjectId: Number(company),
      associationTypes: [{ typeId: 279 }],
    });

    await hs.crm.associations.v4.batchApi.archive('companies', 'contacts', {
      inputs: [{ _from: { id: company }, to: [{ id: contacts[0]! }] }],
    });
    const after = await hs.crm.associations.v4.basicApi.getPage('companies', company, 'contacts');
    expect(after.results).toHaveLength(2);
  });

  it('answers 207 for records without associations and 400 above 1,000 inputs', async () => {
    const hs = sandbox().client();
    const { company } = await companyWithContacts(0);
    const read = await hs.crm.associations.v4.batchApi.getPage('companies', 'contacts', {
      inputs: [{ id: company }],
    });
    expect(read).toMatchObject({
      numErrors: 1,
      errors: [{ subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND' }],
    });
    const tooMany = await failure(
      hs.crm.associations.v4.batchApi.getPage('companies', 'contacts', {
        inputs: Array.from({ length: 1001 }, (_, i) => ({ id: String(i + 1) })),
      }),
    );
    expect(tooMany.code).toBe(400);
  });

  it('associates single records with labels, by default, and removes them', async () => {
    const hs = sandbox().client();
    const { company, contacts } = await companyWithContacts(2);
    const primary = await hs.crm.associations.v4.basicApi.create(
      'contacts',
      contacts[0]!,
      'companies',
      company,
      [{ associationCategory: HUBSPOT, associationTypeId: 1 }],
    );
    expect(primary.labels).toEqual(['Primary']);
    await hs.crm.associations.v4.basicApi.createDefault('contacts', contacts[1]!, 'companies', company);
    const list = await hs.crm.associations.v4.basicApi.getPage('companies', company, 'contacts');
    expect(list.results).toHaveLength(2);
    await hs.crm.associations.v4.basicApi.archive('companies', company, 'contacts', contacts[0]!);
    expect(
      (await hs.crm.associations.v4.basicApi.getPage('companies', company, 'contacts')).results,
    ).toHaveLength(1);
    const badType = await failure(
      hs.crm.associations.v4.basicApi.create('contacts', contacts[0]!, 'companies', company, [
        { associationCategory: HUBSPOT, associationTypeId: 342 },
      ]),
    );
    expect(badType.code).toBe(400);
  });

  it('creates user-defined labels and uses the custom object association from its schema', async () => {
    const hs = sandbox().client();
    const { company, contacts } = await companyWithContacts(1);
    const label = await hs.crm.associations.v4.schema.definitionsApi.create('contacts', 'companies', {
      label: 'Entscheider',
      name: 'decider',
      inverseLabel: 'hat Entscheider',
    });
    const typeId = label.results[0]!.typeId;
    await hs.crm.associations.v4.basicApi.create('contacts', contacts[0]!, 'companies', company, [
      { associationCategory: AssociationSpecAssociationCategoryEnum.UserDefined, associationTypeId: typeId },
    ]);
    const read = await hs.crm.associations.v4.basicApi.getPage('companies', company, 'contacts');
    expect(read.results[0]!.associationTypes).toEqual([
      expect.objectContaining({ label: 'hat Entscheider' }),
    ]);

    const schema = await hs.crm.schemas.coreApi.create({
      name: 'kam_action',
      labels: { singular: 'Action', plural: 'Actions' },
      primaryDisplayProperty: 'kam_title',
      requiredProperties: [],
      properties: [{ name: 'kam_title', label: 'Title', type: 'string', fieldType: 'text' }],
      associatedObjects: ['COMPANY'],
    } as unknown as ObjectSchemaEgg);
    const action = await hs.crm.objects.basicApi.create(schema.objectTypeId!, {
      properties: { kam_title: 'Workshop' },
      associations: [],
    });
    await hs.crm.associations.v4.basicApi.createDefault(
      schema.objectTypeId!,
      action.id,
      'companies',
      company,
    );
    const fromCompany = await hs.crm.associations.v4.basicApi.getPage(
      'companies',
      company,
      schema.objectTypeId!,
    );
    expect(fromCompany.results[0]!.associationTypes[0]).toMatchObject({ category: 'USER_DEFINED' });
    const v3 = await hs.crm.companies.basicApi.getById(company, undefined, undefined, ['contacts']);
    expect(v3.associations?.contacts?.results).toHaveLength(1);
  });
});

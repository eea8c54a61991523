import { describe, expect, it } from '@jest/globals';
import type { PropertyCreate } from '@hubspot/api-client/lib/codegen/crm/properties/index.js';
import { failure, sandboxPerFile } from '../helpers.js';

const sandbox = sandboxPerFile();

const kamScore = {
  name: 'kam_score',
  label: 'KAM score',
  type: 'number',
  fieldType: 'number',
  groupName: 'kam',
} as PropertyCreate;

describe('properties v3 and property groups through @hubspot/api-client', () => {
  it('starts with the standard properties of companies, contacts and deals', async () => {
    const hs = sandbox().client();
    const names = async (type: string) =>
      (await hs.crm.properties.coreApi.getAll(type)).results.map((p) => p.name);
    expect(await names('companies')).toEqual(
      expect.arrayContaining([
        'name',
        'domain',
        'industry',
        'annualrevenue',
        'numberofemployees',
        'country',
        'city',
        'hubspot_owner_id',
      ]),
    );
    expect(await names('contacts')).toEqual(
      expect.arrayContaining(['firstname', 'lastname', 'email', 'jobtitle']),
    );
    expect(await names('deals')).toEqual(
      expect.arrayContaining([
        'dealname',
        'amount',
        'dealstage',
        'closedate',
        'pipeline',
        'hs_deal_stage_probability',
      ]),
    );
    const industry = await hs.crm.properties.coreApi.getByName('companies', 'industry');
    expect(industry).toMatchObject({ type: 'enumeration', fieldType: 'select' });
  });

  it('creates a group and properties, then writes them on records', async () => {
    const hs = sandbox().client();
    const group = await hs.crm.properties.groupsApi.create('companies', {
      name: 'kam',
      label: 'Key Account Management',
      displayOrder: 1,
    });
    expect(group.name).toBe('kam');
    const created = await hs.crm.properties.coreApi.create('companies', kamScore);
    expect(created).toMatchObject({ name: 'kam_score', type: 'number', groupName: 'kam', archived: false });
    const batch = await hs.crm.properties.batchApi.create('companies', {
      inputs: [
        {
          name: 'kam_tier',
          label: 'KAM tier',
          type: 'enumeration',
          fieldType: 'select',
          groupName: 'kam',
          options: [
            { label: 'A', value: 'A', displayOrder: 0, hidden: false },
            { label: 'B', value: 'B', displayOrder: 1, hidden: false },
          ],
        } as PropertyCreate,
      ],
    });
    expect(batch.results.map((p) => p.name)).toEqual(['kam_tier']);
    const company = await hs.crm.companies.basicApi.create({
      properties: { name: 'X', kam_score: '81.5', kam_tier: 'A' },
      associations: [],
    });
    expect(company.properties).toMatchObject({ kam_score: '81.5', kam_tier: 'A' });
    const badTier = await failure(
      hs.crm.companies.basicApi.update(company.id, { properties: { kam_tier: 'Z' } }),
    );
    expect(badTier.body.message).toContain('INVALID_OPTION');

    const updated = await hs.crm.properties.coreApi.update('companies', 'kam_score', {
      label: 'Key-Account-Score',
    });
    expect(updated.label).toBe('Key-Account-Score');
    await hs.crm.properties.coreApi.archive('companies', 'kam_score');
    expect((await failure(hs.crm.properties.coreApi.getByName('companies', 'kam_score'))).code).toBe(404);
  });

  it('validates definitions like HubSpot: type/fieldType pairs, names, groups, duplicates', async () => {
    const hs = sandbox().client();
    await hs.crm.properties.groupsApi.create('companies', { name: 'kam', label: 'KAM' });
    const pair = await failure(
      hs.crm.properties.coreApi.create('companies', { ...kamScore, fieldType: 'select' } as PropertyCreate),
    );
    expect(pair.code).toBe(400);
    expect(pair.body).toMatchObject({ category: 'VALIDATION_ERROR', errors: [{ in: 'fieldType' }] });
    const name = await failure(
      hs.crm.properties.coreApi.create('companies', { ...kamScore, name: 'KAM Score' }),
    );
    expect(name.body).toMatchObject({ errors: [{ in: 'name' }] });
    const noGroup = await failure(
      hs.crm.properties.coreApi.create('companies', { ...kamScore, groupName: 'nope' }),
    );
    expect(noGroup.code).toBe(400);
    const noOptions = await failure(
      hs.crm.properties.coreApi.create('companies', {
        ...kamScore,
        type: 'enumeration',
        fieldType: 'radio',
      } as PropertyCreate),
    );
    expect(noOptions.code).toBe(400);
    await hs.crm.properties.coreApi.create('companies', kamScore);
    const again = await failure(hs.crm.properties.coreApi.create('companies', kamScore));
    expect(again.code).toBe(409);
    const standard = await failure(hs.crm.properties.coreApi.archive('companies', 'name'));
    expect(standard.code).toBe(400);
  });
});

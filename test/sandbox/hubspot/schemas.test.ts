import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ObjectSchemaEgg } from '@hubspot/api-client/lib/codegen/crm/schemas/index.js';
import type { Running } from '../helpers.js';
import { failure, startSandbox } from '../helpers.js';

let env: Running;
beforeAll(async () => {
  env = await startSandbox({ hubspot: { portalId: 777 } });
});
afterAll(async () => {
  await env.sandbox.stop();
});
beforeEach(() => env.sandbox.reset());

const relationshipSchema = {
  name: 'kam_relationship',
  labels: { singular: 'KAM relationship', plural: 'KAM relationships' },
  primaryDisplayProperty: 'kam_name',
  requiredProperties: ['kam_name'],
  searchableProperties: ['kam_name'],
  secondaryDisplayProperties: [],
  properties: [
    { name: 'kam_name', label: 'Name', type: 'string', fieldType: 'text' },
    {
      name: 'kam_kind',
      label: 'Kind',
      type: 'enumeration',
      fieldType: 'select',
      options: [
        { label: 'reports to', value: 'reports_to', displayOrder: 0, hidden: false },
        { label: 'trusts', value: 'trusts', displayOrder: 1, hidden: false },
      ],
    },
    { name: 'kam_strength', label: 'Strength', type: 'number', fieldType: 'number' },
  ],
  associatedObjects: ['CONTACT', 'COMPANY'],
} as unknown as ObjectSchemaEgg;

describe('schemas v3 and custom objects through @hubspot/api-client', () => {
  it('creates a schema and addresses its records by every name HubSpot accepts', async () => {
    const hs = env.client();
    const schema = await hs.crm.schemas.coreApi.create(relationshipSchema);
    expect(schema.objectTypeId).toMatch(/^2-\d+$/);
    expect(schema.fullyQualifiedName).toBe('p777_kam_relationship');
    expect(schema.properties.map((p) => p.name)).toEqual(
      expect.arrayContaining(['kam_name', 'kam_kind', 'hs_object_id']),
    );
    expect(schema.associations.map((a) => a.toObjectTypeId).sort()).toEqual(['0-1', '0-2']);

    const record = await hs.crm.objects.basicApi.create('kam_relationship', {
      properties: { kam_name: 'Müller → Schmidt', kam_kind: 'trusts', kam_strength: '4' },
      associations: [],
    });
    for (const name of [
      schema.objectTypeId!,
      'p777_kam_relationship',
      'p_kam_relationship',
      'p_777_kam_relationship',
    ]) {
      const read = await hs.crm.objects.basicApi.getById(name, record.id, ['kam_kind']);
      expect(read.properties.kam_kind).toBe('trusts');
    }
    const all = await hs.crm.schemas.coreApi.getAll();
    expect(all.results.map((s) => s.name)).toEqual(['kam_relationship']);
    const props = await hs.crm.properties.coreApi.getAll(schema.objectTypeId!);
    expect(props.results.some((p) => p.name === 'kam_strength')).toBe(true);
  });

  it('updates and archives a schema', async () => {
    const hs = env.client();
    const schema = await hs.crm.schemas.coreApi.create(relationshipSchema);
    const patched = await hs.crm.schemas.coreApi.update(schema.objectTypeId!, {
      labels: { singular: 'Beziehung', plural: 'Beziehungen' },
      primaryDisplayProperty: 'kam_kind',
    });
    expect(patched.labels.singular).toBe('Beziehung');
    await hs.crm.schemas.coreApi.archive('kam_relationship');
    expect((await failure(hs.crm.schemas.coreApi.getById('kam_relationship'))).code).toBe(404);
  });

  it('validates schema bodies', async () => {
    const hs = env.client();
    const badPrimary = await failure(
      hs.crm.schemas.coreApi.create({ ...relationshipSchema, primaryDisplayProperty: 'missing' }),
    );
    expect(badPrimary).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR' } });
    const badPair = await failure(
      hs.crm.schemas.coreApi.create({
        ...relationshipSchema,
        properties: [{ name: 'kam_name', label: 'Name', type: 'string', fieldType: 'number' }],
      } as unknown as ObjectSchemaEgg),
    );
    expect(badPair.code).toBe(400);
    const badAssoc = await failure(
      hs.crm.schemas.coreApi.create({ ...relationshipSchema, associatedObjects: ['SPACESHIP'] }),
    );
    expect(badAssoc.code).toBe(400);
    await hs.crm.schemas.coreApi.create(relationshipSchema);
    expect((await failure(hs.crm.schemas.coreApi.create(relationshipSchema))).code).toBe(409);
  });
});

import { describe, expect, it } from '@jest/globals';
import { Client } from '@hubspot/api-client';
import { APP_ID, eventsOf } from './webhook-receiver.js';
import { useWebhookEnv } from './webhook-env.js';

const w = useWebhookEnv();

describe('webhook events from CRM writes', () => {
  it('filters by event type and property name, and reports nothing for unchanged values', async () => {
    await w.subscribe([
      { eventType: 'company.propertyChange', propertyName: 'kam_tier' },
      { eventType: 'contact.propertyChange', propertyName: 'lastname' },
    ]);
    const hs = w.env.client();
    await hs.crm.properties.coreApi.create('companies', {
      name: 'kam_tier',
      label: 'KAM tier',
      type: 'string' as never,
      fieldType: 'text' as never,
      groupName: 'companyinformation',
    });
    const company = await hs.crm.companies.basicApi.create({
      properties: { name: 'Alpha' },
      associations: [],
    });
    await hs.crm.companies.basicApi.update(company.id, { properties: { domain: 'alpha.de' } });
    await hs.crm.companies.basicApi.update(company.id, { properties: { kam_tier: 'A' } });
    await hs.crm.companies.basicApi.update(company.id, { properties: { kam_tier: 'A' } });
    await hs.crm.companies.basicApi.update(company.id, { properties: { kam_tier: '' } });
    await hs.crm.deals.basicApi.create({ properties: { dealname: 'ignored' }, associations: [] });
    const result = await w.flush();
    expect(result.pending).toBe(0);
    const events = eventsOf(w.receiver.received);
    expect(events.map((e) => [e.subscriptionType, e.propertyName, e.propertyValue])).toEqual([
      ['company.propertyChange', 'kam_tier', 'A'],
      ['company.propertyChange', 'kam_tier', ''],
    ]);
  });

  it('reports association changes in both directions, additions and removals', async () => {
    await w.subscribe([
      { eventType: 'contact.associationChange' },
      { eventType: 'company.associationChange' },
    ]);
    const hs = w.env.client();
    const company = await hs.crm.companies.basicApi.create({
      properties: { name: 'Beta' },
      associations: [],
    });
    const contact = await hs.crm.contacts.basicApi.create({
      properties: { lastname: 'Kunz' },
      associations: [],
    });
    await hs.crm.associations.v4.basicApi.createDefault('contacts', contact.id, 'companies', company.id);
    await hs.crm.associations.v4.basicApi.archive('contacts', contact.id, 'companies', company.id);
    await w.flush();
    const events = eventsOf(w.receiver.received).map((e) => ({
      subscriptionType: e.subscriptionType,
      associationType: e.associationType,
      fromObjectId: e.fromObjectId,
      toObjectId: e.toObjectId,
      associationRemoved: e.associationRemoved,
    }));
    const [c, k] = [Number(company.id), Number(contact.id)];
    expect(events).toEqual([
      {
        subscriptionType: 'contact.associationChange',
        associationType: 'CONTACT_TO_COMPANY',
        fromObjectId: k,
        toObjectId: c,
        associationRemoved: false,
      },
      {
        subscriptionType: 'company.associationChange',
        associationType: 'COMPANY_TO_CONTACT',
        fromObjectId: c,
        toObjectId: k,
        associationRemoved: false,
      },
      {
        subscriptionType: 'contact.associationChange',
        associationType: 'CONTACT_TO_COMPANY',
        fromObjectId: k,
        toObjectId: c,
        associationRemoved: true,
      },
      {
        subscriptionType: 'company.associationChange',
        associationType: 'COMPANY_TO_CONTACT',
        fromObjectId: c,
        toObjectId: k,
        associationRemoved: true,
      },
    ]);
  });

  it('delivers generic object.* events for custom objects with their objectTypeId', async () => {
    const hs = w.env.client();
    const schema = await hs.crm.schemas.coreApi.create({
      name: 'kam_action',
      labels: { singular: 'Action', plural: 'Actions' },
      primaryDisplayProperty: 'kam_title',
      requiredProperties: [],
      properties: [{ name: 'kam_title', label: 'Title', type: 'string', fieldType: 'text' }],
      associatedObjects: ['COMPANY'],
    } as never);
    await w.subscribe([
      { eventType: 'object.creation', objectTypeId: schema.objectTypeId },
      { eventType: 'object.propertyChange', objectTypeId: schema.objectTypeId, propertyName: 'kam_title' },
    ]);
    const action = await hs.crm.objects.basicApi.create(schema.objectTypeId!, {
      properties: { kam_title: 'Workshop' },
      associations: [],
    });
    await w.flush();
    expect(eventsOf(w.receiver.received)).toEqual([
      expect.objectContaining({
        subscriptionType: 'object.creation',
        objectTypeId: schema.objectTypeId,
        objectId: Number(action.id),
      }),
      expect.objectContaining({
        subscriptionType: 'object.propertyChange',
        objectTypeId: schema.objectTypeId,
        propertyName: 'kam_title',
        propertyValue: 'Workshop',
      }),
    ]);
  });

  it('names the change source: INTEGRATION for an OAuth app, a posed CRM_UI user, API otherwise', async () => {
    await w.subscribe([{ eventType: 'company.creation' }]);
    const res = await w.env.client().apiRequest({
      method: 'POST',
      path: '/__sandbox/hubspot/oauth/codes',
      body: { clientId: 'client-id-0001', redirectUri: 'https://kam.example.com/cb' },
    });
    const { code } = (await res.json()) as { code: string };
    const tokens = await w.env
      .client()
      .oauth.tokensApi.create(
        'authorization_code',
        code,
        'https://kam.example.com/cb',
        'client-id-0001',
        'client-secret-0001',
      );
    await w.env
      .client(tokens.accessToken)
      .crm.companies.basicApi.create({ properties: { name: 'by app' }, associations: [] });
    const ui = new Client({
      accessToken: 'pat-na1-test-0000-0000-000000000001',
      basePath: w.env.baseUrl,
      numberOfApiCallRetries: 0,
      defaultHeaders: { 'X-Sandbox-Change-Source': 'CRM_UI', 'X-Sandbox-Source-Id': 'userId:77' },
    });
    await ui.crm.companies.basicApi.create({ properties: { name: 'by user' }, associations: [] });
    await w.env
      .client()
      .crm.companies.basicApi.create({ properties: { name: 'by private app' }, associations: [] });
    await w.flush();
    expect(eventsOf(w.receiver.received).map((e) => [e.changeSource, e.sourceId])).toEqual([
      ['INTEGRATION', String(APP_ID)],
      ['CRM_UI', 'userId:77'],
      ['API', undefined],
    ]);
  });

  it('produces no event for a write that rolls back', async () => {
    await w.subscribe([{ eventType: 'contact.creation' }]);
    const hs = w.env.client();
    await expect(
      hs.crm.contacts.batchApi.create({
        inputs: [
          { properties: { email: 'a@muster.de' }, associations: [] },
          { properties: { email: 'a@muster.de' }, associations: [] },
        ],
      }),
    ).rejects.toMatchObject({ code: 409 });
    const result = await w.flush();
    expect(result).toMatchObject({ requests: 0, pending: 0 });
    expect(w.receiver.received).toHaveLength(0);
  });
});

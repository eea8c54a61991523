import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Client } from '@hubspot/api-client';
import type { SubscriptionCreateRequest } from '@hubspot/api-client/lib/codegen/webhooks/index.js';
import type { Running } from '../helpers.js';
import { failure, startSandbox } from '../helpers.js';
import { APP_ID, developerClient } from './webhook-receiver.js';

let env: Running;
let dev: Client;
beforeAll(async () => {
  env = await startSandbox();
  dev = developerClient(env);
});
afterAll(async () => {
  await env.sandbox.stop();
});
beforeEach(async () => {
  for (const s of (await dev.webhooks.subscriptionsApi.getAll(APP_ID)).results) {
    await dev.webhooks.subscriptionsApi.archive(Number(s.id), APP_ID);
  }
});

const sub = (s: Record<string, unknown>) => s as unknown as SubscriptionCreateRequest;

describe('webhooks API (settings, subscriptions) through @hubspot/api-client', () => {
  it('configures, reads and clears the settings of an app', async () => {
    await dev.webhooks.settingsApi.clear(APP_ID);
    expect((await failure(dev.webhooks.settingsApi.getAll(APP_ID))).code).toBe(404);
    const saved = await dev.webhooks.settingsApi.configure(APP_ID, {
      targetUrl: 'https://kam.example.com/webhooks/hubspot',
      throttling: { maxConcurrentRequests: 10 },
    });
    expect(saved).toMatchObject({
      targetUrl: 'https://kam.example.com/webhooks/hubspot',
      throttling: { maxConcurrentRequests: 10 },
    });
    expect(saved.createdAt).toBeInstanceOf(Date);
    const read = await dev.webhooks.settingsApi.getAll(APP_ID);
    expect(read.targetUrl).toBe('https://kam.example.com/webhooks/hubspot');
    const bad = await failure(
      dev.webhooks.settingsApi.configure(APP_ID, {
        targetUrl: 'not a url',
        throttling: { maxConcurrentRequests: 10 },
      }),
    );
    expect(bad).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR' } });
    await dev.webhooks.settingsApi.clear(APP_ID);
    expect((await failure(dev.webhooks.settingsApi.getAll(APP_ID))).code).toBe(404);
  });

  it('refuses a wrong developer key, and apps of another developer', async () => {
    const wrong = new Client({
      developerApiKey: 'dev-wrong',
      basePath: env.baseUrl,
      numberOfApiCallRetries: 0,
    });
    const denied = await failure(wrong.webhooks.subscriptionsApi.getAll(APP_ID));
    expect(denied).toMatchObject({ code: 401, body: { category: 'INVALID_AUTHENTICATION' } });
    const none = await failure(env.client('').webhooks.subscriptionsApi.getAll(APP_ID));
    expect(none.code).toBe(401);
    expect((await failure(dev.webhooks.subscriptionsApi.getAll(999))).code).toBe(404);
  });

  it('creates, lists, reads, updates and deletes subscriptions', async () => {
    const created = await dev.webhooks.subscriptionsApi.create(APP_ID, {
      eventType: sub({ eventType: 'company.propertyChange' }).eventType,
      propertyName: 'kam_rating_strategic_fit',
    });
    expect(created).toMatchObject({
      eventType: 'company.propertyChange',
      propertyName: 'kam_rating_strategic_fit',
      active: false,
    });
    expect(created.id).toMatch(/^\d+$/);
    const assoc = await dev.webhooks.subscriptionsApi.create(
      APP_ID,
      sub({ eventType: 'contact.associationChange', active: true }),
    );
    expect(assoc.active).toBe(true);
    const list = await dev.webhooks.subscriptionsApi.getAll(APP_ID);
    expect(list.results.map((s) => s.id)).toEqual([created.id, assoc.id]);

    const one = await dev.webhooks.subscriptionsApi.getById(Number(created.id), APP_ID);
    expect(one.propertyName).toBe('kam_rating_strategic_fit');
    const on = await dev.webhooks.subscriptionsApi.update(Number(created.id), APP_ID, { active: true });
    expect(on.active).toBe(true);

    const batch = await dev.webhooks.subscriptionsApi.updateBatch(APP_ID, {
      inputs: [
        { id: Number(created.id), active: false },
        { id: 1, active: true },
      ],
    });
    expect(batch).toMatchObject({ numErrors: 1, errors: [{ category: 'OBJECT_NOT_FOUND' }] });
    expect(batch.results).toEqual([expect.objectContaining({ id: created.id, active: false })]);

    await dev.webhooks.subscriptionsApi.archive(Number(created.id), APP_ID);
    expect((await failure(dev.webhooks.subscriptionsApi.getById(Number(created.id), APP_ID))).code).toBe(404);
  });

  it('validates event types, property names, object types and duplicates', async () => {
    const cases: [Record<string, unknown>, number][] = [
      [{ eventType: 'company.exploded' }, 400],
      [{ eventType: 'company.propertyChange' }, 400],
      [{ eventType: 'company.creation', propertyName: 'name' }, 400],
      [{ eventType: 'object.creation' }, 400],
      [{ eventType: 'object.creation', objectTypeId: '2-999999' }, 400],
    ];
    for (const [body, code] of cases) {
      const answer = await failure(dev.webhooks.subscriptionsApi.create(APP_ID, sub(body)));
      expect({ body, code: answer.code, category: answer.body.category }).toEqual({
        body,
        code,
        category: 'VALIDATION_ERROR',
      });
    }
    const generic = await dev.webhooks.subscriptionsApi.create(
      APP_ID,
      sub({ eventType: 'object.propertyChange', objectTypeId: '0-2', propertyName: 'name' }),
    );
    expect(generic).toMatchObject({ objectTypeId: '0-2', propertyName: 'name' });
    await dev.webhooks.subscriptionsApi.create(APP_ID, sub({ eventType: 'deal.creation' }));
    const twice = await failure(
      dev.webhooks.subscriptionsApi.create(APP_ID, sub({ eventType: 'deal.creation' })),
    );
    expect(twice).toMatchObject({ code: 409, body: { category: 'CONFLICT' } });
  });
});

import { describe, expect, it } from '@jest/globals';
import { admin, APP_ID, eventsOf, FAST, verifies } from './webhook-receiver.js';
import { useWebhookEnv } from './webhook-env.js';

const w = useWebhookEnv();

describe('webhook delivery', () => {
  it('delivers creation, property change and deletion events with the real fields, signed v3', async () => {
    const [creation, nameChange, deletion] = await w.subscribe([
      { eventType: 'company.creation' },
      { eventType: 'company.propertyChange', propertyName: 'name' },
      { eventType: 'company.deletion' },
    ]);
    const hs = w.env.client();
    const company = await hs.crm.companies.basicApi.create({
      properties: { name: 'Muster AG' },
      associations: [],
    });
    await hs.crm.companies.basicApi.update(company.id, {
      properties: { name: 'Muster GmbH', domain: 'muster.de' },
    });
    await hs.crm.companies.basicApi.update(company.id, { properties: { name: 'Muster GmbH' } });
    await hs.crm.companies.basicApi.archive(company.id);
    await w.receiver.until(() => eventsOf(w.receiver.received).length >= 4);
    await w.flush();

    const events = eventsOf(w.receiver.received);
    expect(events).toHaveLength(4);
    const base = { portalId: 12345678, appId: APP_ID, attemptNumber: 0, changeSource: 'API' };
    const objectId = Number(company.id);
    expect(events).toEqual(
      [
        {
          ...base,
          eventId: expect.any(Number),
          subscriptionId: Number(creation),
          subscriptionType: 'company.creation',
          objectId,
          changeFlag: 'CREATED',
          occurredAt: expect.any(Number),
        },
        {
          ...base,
          eventId: expect.any(Number),
          subscriptionId: Number(nameChange),
          subscriptionType: 'company.propertyChange',
          objectId,
          propertyName: 'name',
          propertyValue: 'Muster AG',
          occurredAt: expect.any(Number),
        },
        {
          ...base,
          eventId: expect.any(Number),
          subscriptionId: Number(nameChange),
          subscriptionType: 'company.propertyChange',
          objectId,
          propertyName: 'name',
          propertyValue: 'Muster GmbH',
          occurredAt: expect.any(Number),
        },
        {
          ...base,
          eventId: expect.any(Number),
          subscriptionId: Number(deletion),
          subscriptionType: 'company.deletion',
          objectId,
          changeFlag: 'DELETED',
          occurredAt: expect.any(Number),
        },
      ].map((e) => expect.objectContaining(e)),
    );
    const ids = events.map((e) => e.eventId as number);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
    for (const r of w.receiver.received) {
      expect(r.method).toBe('POST');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-hubspot-signature-version']).toBe('v3');
      expect(verifies(r)).toBe(true);
      expect(verifies(r, 'another-secret')).toBe(false);
    }
  });

  it('batches at most 100 events per request and keeps to maxConcurrentRequests', async () => {
    await w.subscribe([{ eventType: 'contact.creation' }], 2);
    w.receiver.delayMs = 30;
    const hs = w.env.client();
    for (let i = 0; i < 3; i++) {
      await hs.crm.contacts.batchApi.create({
        inputs: Array.from({ length: 100 }, (_, j) => ({
          properties: { lastname: `P${i}-${j}` },
          associations: [],
        })),
      });
    }
    await hs.crm.contacts.batchApi.create({
      inputs: Array.from({ length: 50 }, (_, j) => ({ properties: { lastname: `Q${j}` }, associations: [] })),
    });
    await w.receiver.until(() => eventsOf(w.receiver.received).length >= 350);
    const sizes = w.receiver.received.map((r) => (r.json as unknown[]).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
    expect(w.receiver.received.length).toBeGreaterThanOrEqual(4);
    expect(w.receiver.concurrency.peak).toBeLessThanOrEqual(2);
    const ids = eventsOf(w.receiver.received).map((e) => e.eventId);
    expect(new Set(ids).size).toBe(350);
    expect(w.receiver.received.every((r) => verifies(r))).toBe(true);
  });

  it('retries failed deliveries with a growing attemptNumber until a 2xx, then never again', async () => {
    await w.subscribe([{ eventType: 'deal.creation' }]);
    w.receiver.answer = (_r, n) => (n === 0 ? 500 : n === 1 ? 'hang' : n === 2 ? 429 : 200);
    await admin(w.env, 'PUT', '/webhooks/config', { ...FAST, timeoutMs: 100 });
    try {
      const deal = await w.env
        .client()
        .crm.deals.basicApi.create({ properties: { dealname: 'Rahmenvertrag' }, associations: [] });
      await w.receiver.until(() => w.receiver.received.length >= 4, 5_000);
      await w.flush();
      const attempts = w.receiver.received.map((r) => eventsOf([r]));
      expect(attempts.map((events) => events.map((e) => e.attemptNumber))).toEqual([[0], [1], [2], [3]]);
      expect(new Set(attempts.map((events) => events[0]!.eventId)).size).toBe(1);
      expect(attempts[3]![0]).toMatchObject({ objectId: Number(deal.id), subscriptionType: 'deal.creation' });
      expect(w.receiver.received.every((r) => verifies(r))).toBe(true);

      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(w.receiver.received).toHaveLength(4);
      const log = (await admin(w.env, 'GET', '/webhooks/deliveries')) as {
        pending: number;
        results: {
          outcome: string;
          statusCode: number | null;
          error: string | null;
          attemptNumbers: number[];
        }[];
      };
      expect(log.pending).toBe(0);
      expect(log.results.map((d) => [d.outcome, d.statusCode])).toEqual([
        ['DELIVERED', 200],
        ['FAILED', 429],
        ['FAILED', null],
        ['FAILED', 500],
      ]);
      expect(log.results[2]!.error).toMatch(/timeout/);
    } finally {
      await admin(w.env, 'PUT', '/webhooks/config', FAST);
    }
  });

  it('drops an event once its retries are used up', async () => {
    await w.subscribe([{ eventType: 'deal.creation' }]);
    w.receiver.answer = () => 503;
    await w.env
      .client()
      .crm.deals.basicApi.create({ properties: { dealname: 'Verloren' }, associations: [] });
    await w.receiver.until(() => w.receiver.received.length >= 4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(w.receiver.received).toHaveLength(4);
    const log = (await admin(w.env, 'GET', '/webhooks/deliveries')) as {
      pending: number;
      results: { droppedEventIds: number[]; eventIds: number[] }[];
    };
    expect(log.pending).toBe(0);
    expect(log.results[0]!.droppedEventIds).toEqual(log.results[0]!.eventIds);
  });
});

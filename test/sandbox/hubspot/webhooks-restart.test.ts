import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../helpers.js';
import { admin, APP_ID, developerClient, eventsOf, FAST, startReceiver } from './webhook-receiver.js';

const dir = mkdtempSync(join(tmpdir(), 'kam-webhooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('webhook delivery across a restart', () => {
  it('keeps undelivered events in the database file and delivers them after a restart', async () => {
    const db = join(dir, 'sandbox.db');
    const receiver = await startReceiver();
    receiver.answer = () => 503;
    try {
      const first = await startSandbox({ db });
      await admin(first, 'PUT', '/webhooks/config', { ...FAST, retryDelaysMs: [60_000] });
      const dev = developerClient(first);
      await dev.webhooks.settingsApi.configure(APP_ID, {
        targetUrl: receiver.url,
        throttling: { maxConcurrentRequests: 5 },
      });
      await dev.webhooks.subscriptionsApi.create(APP_ID, {
        eventType: 'company.creation' as never,
        active: true,
      });
      const company = await first
        .client()
        .crm.companies.basicApi.create({ properties: { name: 'Persistent AG' }, associations: [] });
      await receiver.until(() => receiver.received.length === 1);
      // the failure is recorded (attempt 0 failed, retry due in a minute) before the shutdown
      for (let i = 0; i < 100; i++) {
        const log = (await admin(first, 'GET', '/webhooks/deliveries')) as { results: unknown[] };
        if (log.results.length === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await first.sandbox.stop();

      receiver.answer = () => 204;
      const second = await startSandbox({ db });
      try {
        const result = (await admin(second, 'POST', '/webhooks/flush')) as Record<string, number>;
        expect(result).toMatchObject({ delivered: 1, pending: 0 });
        const [failed, delivered] = eventsOf(receiver.received);
        expect(delivered).toMatchObject({
          eventId: failed!.eventId,
          objectId: Number(company.id),
          attemptNumber: 1,
        });
      } finally {
        await second.sandbox.stop();
      }
    } finally {
      await receiver.close();
    }
  });
});

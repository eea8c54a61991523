import { describe, expect, it } from '@jest/globals';
import { eventsOf } from './webhook-receiver.js';
import { useWebhookEnv } from './webhook-env.js';

const w = useWebhookEnv();
const NOW = '2026-11-27T09:00:00Z';

describe('seeding and webhooks', () => {
  it('is silent by default: a seed fires no webhook', async () => {
    await w.subscribe([{ eventType: 'company.creation' }, { eventType: 'contact.creation' }]);
    await w.env.sandbox.seed({ portfolio: 'demo', sides: ['hubspot'], accounts: ['acc-classic'], now: NOW });
    const result = await w.flush();
    expect(result.pending).toBe(0);
    expect(w.receiver.received).toEqual([]);
  });

  it('with deliver, the writes reach subscriptions as an import', async () => {
    await w.subscribe([{ eventType: 'company.creation' }]);
    const report = await w.env.sandbox.seed({
      portfolio: 'demo',
      sides: ['hubspot'],
      accounts: ['acc-classic', 'acc-event'],
      now: NOW,
      deliver: true,
    });
    await w.flush();
    const events = eventsOf(w.receiver.received);
    expect(events.map((e) => [e.subscriptionType, String(e.objectId), e.changeSource]).sort()).toEqual(
      Object.values(report.sides.hubspot!.accounts)
        .map((id) => ['company.creation', id, 'IMPORT'])
        .sort(),
    );
  });
});

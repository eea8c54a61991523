/**
 * The HubSpot webhook intake under redelivery and bursts: a batch delivered again is counted as
 * duplicates and scored once; many events about one company within the coalescing window make one
 * re-score; a request that fails the signature check is refused before anything is queued.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import { historyOf, hubspotEvent, hubspotKeyAccounts, settle, signedFetch } from './hubspot-helpers.js';

describe('HubSpot webhooks: duplicates, coalescing and signatures', () => {
  let d: TestDemo;
  let accounts: string[];
  beforeAll(async () => {
    // a wide window, so a burst sent at once surely falls into one
    d = await startTestDemo({ KAM_COALESCE_MS: '2000' });
    await settle(d);
    accounts = await hubspotKeyAccounts(d);
  }, 60_000);
  afterAll(() => d?.stop());

  const scored = () => d.metric('kam_accounts_scored_total', { tenant: d.tenants.hubspot });
  const received = () => d.metric('kam_events_received_total', { source: 'hubspot' });
  const duplicates = () => d.metric('kam_events_duplicate_total', { source: 'hubspot' });
  const queued = async () => {
    const depth = await d.service.queue.depth();
    return depth.waiting + depth.active;
  };

  /** Waits until the tenant's re-score count has grown to `atLeast`, then until all work is done. */
  async function scoredReaches(atLeast: number): Promise<number> {
    await d.until(async () => ((await scored()) >= atLeast ? true : undefined), 20_000, 're-score');
    await settle(d);
    return scored();
  }

  it('answers a batch delivered five times 204 each and re-scores its company once', async () => {
    const id = accounts[0]!;
    const [scoredBefore, receivedBefore, duplicatesBefore] = [
      await scored(),
      await received(),
      await duplicates(),
    ];
    const historyBefore = await historyOf(d, id);
    const body = JSON.stringify(
      ['kam_rating_innovation', 'kam_rating_reference_value', 'kam_stage'].map((propertyName) =>
        hubspotEvent({ objectId: Number(id), propertyName }),
      ),
    );
    const timestamp = Date.now();

    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await signedFetch(d, 'POST', '/webhooks/hubspot', { body, timestamp })).status);

    expect(statuses).toEqual([204, 204, 204, 204, 204]);
    expect(await received()).toBe(receivedBefore + 3);
    expect(await duplicates()).toBe(duplicatesBefore + 4 * 3);
    expect(await scoredReaches(scoredBefore + 1)).toBe(scoredBefore + 1);
    // nothing changed in the CRM: the re-score adds no history entry
    expect(await historyOf(d, id)).toEqual(historyBefore);
  }, 60_000);

  it('re-scores a company once for 50 different events within the coalescing window', async () => {
    const id = accounts[1]!;
    const [scoredBefore, receivedBefore] = [await scored(), await received()];
    const jobsBefore = await d.metric('kam_jobs_total', { outcome: 'done' });

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        signedFetch(d, 'POST', '/webhooks/hubspot', {
          body: JSON.stringify([hubspotEvent({ objectId: Number(id), propertyValue: String((i % 5) + 1) })]),
        }),
      ),
    );

    expect(answers.map((a) => a.status)).toEqual(Array<number>(50).fill(204));
    expect(await received()).toBe(receivedBefore + 50);
    expect(await scoredReaches(scoredBefore + 1)).toBe(scoredBefore + 1);
    expect(await d.metric('kam_jobs_total', { outcome: 'done' })).toBe(jobsBefore + 1);
  }, 60_000);

  describe('refuses a request that fails the signature check with 401, queueing nothing', () => {
    const cases: {
      name: string;
      reason: string;
      send: (d: TestDemo, body: string) => Promise<Response>;
    }[] = [
      {
        name: 'a body changed after signing',
        reason: 'mismatch',
        send: (demo, body) =>
          signedFetch(demo, 'POST', '/webhooks/hubspot', {
            body,
            signedBody: body.replace('kam_rating_innovation', 'kam_rating_creditworthiness'),
          }),
      },
      {
        name: 'a timestamp older than 5 minutes',
        reason: 'stale',
        send: (demo, body) =>
          signedFetch(demo, 'POST', '/webhooks/hubspot', { body, timestamp: Date.now() - 6 * 60_000 }),
      },
      {
        name: 'a signature made with another secret',
        reason: 'mismatch',
        send: (demo, body) =>
          signedFetch(demo, 'POST', '/webhooks/hubspot', { body, secret: 'not-the-app-secret' }),
      },
      {
        name: 'no signature headers',
        reason: 'missing',
        send: (demo, body) =>
          fetch(`${demo.serviceUrl}/webhooks/hubspot`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }),
      },
    ];

    it.each(cases)('$name → 401 ($reason)', async ({ reason, send }) => {
      const body = JSON.stringify([hubspotEvent({ objectId: Number(accounts[2]) })]);
      const rejected = () => d.metric('kam_events_rejected_total', { source: 'hubspot', reason });
      const [rejectedBefore, receivedBefore, queuedBefore] = [
        await rejected(),
        await received(),
        await queued(),
      ];

      const answer = await send(d, body);

      expect(answer.status).toBe(401);
      const error = (await answer.json()) as { status: string; code: string; message: string };
      expect(error).toEqual({
        status: 'error',
        code: 'BAD_SIGNATURE',
        message: `invalid signature (${reason})`,
      });
      expect(await rejected()).toBe(rejectedBefore + 1);
      expect(await received()).toBe(receivedBefore);
      expect(await queued()).toBe(queuedBefore);
    });
  });

  it('does not remember refused events: the same events signed correctly are new', async () => {
    const events = [hubspotEvent({ objectId: Number(accounts[2]) })];
    const body = JSON.stringify(events);
    const [receivedBefore, duplicatesBefore] = [await received(), await duplicates()];

    const refused = await signedFetch(d, 'POST', '/webhooks/hubspot', { body, secret: 'not-the-app-secret' });
    const accepted = await signedFetch(d, 'POST', '/webhooks/hubspot', { body });

    expect([refused.status, accepted.status]).toEqual([401, 204]);
    expect(await received()).toBe(receivedBefore + 1);
    expect(await duplicates()).toBe(duplicatesBefore);
    await settle(d);
  }, 30_000);
});

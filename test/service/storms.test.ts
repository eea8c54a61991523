/**
 * Storms: both CRMs answer a large share of calls with 429 (HubSpot's rate-limit body, Salesforce's
 * REQUEST_LIMIT_EXCEEDED) and 5xx while accounts change. The adapters' retries and the queue's
 * retries must still bring every changed account to its correct score, with nothing given up.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import type { Crm } from './score-checks.js';
import {
  changeRatings,
  expectScoresCurrent,
  keyAccountIds,
  newestScores,
  untilRescored,
} from './score-checks.js';

const CHANGED_PER_CRM = 20;
const STORM = { tooManyRequests: 0.3, serverError: 0.2 };

describe('429 and 5xx storms on both CRMs', () => {
  let d: TestDemo;
  beforeAll(async () => {
    d = await startTestDemo();
  }, 60_000);
  afterAll(() => d?.stop());

  const faults = async (method: 'POST' | 'DELETE', body?: unknown) => {
    const answer = await fetch(`${d.sandboxUrl}/__sandbox/faults`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    expect(answer.status).toBe(200);
    return (await answer.json()) as Record<Crm, Record<string, number>>;
  };

  it('ends with every changed account correctly scored and no dead letters', async () => {
    const changed: Record<Crm, string[]> = {
      hubspot: (await keyAccountIds(d, 'hubspot')).slice(0, CHANGED_PER_CRM),
      salesforce: (await keyAccountIds(d, 'salesforce')).slice(0, CHANGED_PER_CRM),
    };
    expect(changed.hubspot).toHaveLength(CHANGED_PER_CRM);
    expect(changed.salesforce).toHaveLength(CHANGED_PER_CRM);
    const before = {
      hubspot: await newestScores(d, 'hubspot', changed.hubspot),
      salesforce: await newestScores(d, 'salesforce', changed.salesforce),
    };
    const rateLimitedBefore = await d.metric('kam_crm_rate_limited');

    const set = await faults('POST', { hubspot: STORM, salesforce: STORM });
    expect(set.hubspot).toMatchObject(STORM);
    expect(set.salesforce).toMatchObject(STORM);
    try {
      // the test's own writes go through the storm too (retried by the helper)
      await Promise.all([
        changeRatings(d, 'hubspot', changed.hubspot),
        changeRatings(d, 'salesforce', changed.salesforce),
      ]);
      await Promise.all([
        untilRescored(d, 'hubspot', before.hubspot, 60_000),
        untilRescored(d, 'salesforce', before.salesforce, 60_000),
      ]);
      expect(await d.metric('kam_crm_rate_limited')).toBeGreaterThan(rateLimitedBefore);
    } finally {
      await faults('DELETE');
    }

    const dead = await d.service.queue.deadLetters(100);
    expect(dead.map((x) => `${x.job.subject}: ${x.reason}`)).toEqual([]);
    await expectScoresCurrent(d, 'hubspot', changed.hubspot);
    await expectScoresCurrent(d, 'salesforce', changed.salesforce);
  }, 90_000);
});

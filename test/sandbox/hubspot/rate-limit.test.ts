import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Running } from '../helpers.js';
import { failure, startSandbox, TOKEN } from '../helpers.js';

const SECOND = 'pat-na1-test-0000-0000-000000000002';

let env: Running;
beforeAll(async () => {
  env = await startSandbox({
    hubspot: {
      privateAppTokens: [TOKEN, SECOND],
      rateLimit: { max: 5, intervalMs: 10_000, daily: 8, searchPerSecond: 2 },
    },
  });
});
afterAll(async () => {
  await env.sandbox.stop();
});
beforeEach(() => env.sandbox.reset());

async function rejected(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    return e as { code: number; body: Record<string, unknown>; headers: Record<string, string> };
  }
  throw new Error('expected a 429');
}

describe('rate limits through @hubspot/api-client', () => {
  it('counts down the rolling window in headers and answers 429 once it is used up', async () => {
    const hs = env.client();
    for (let i = 4; i >= 0; i--) {
      const res = await hs.apiRequest({ method: 'GET', path: '/crm/v3/objects/companies' });
      expect(res.headers.get('x-hubspot-ratelimit-max')).toBe('5');
      expect(res.headers.get('x-hubspot-ratelimit-remaining')).toBe(String(i));
      expect(res.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
      expect(res.headers.get('x-hubspot-ratelimit-daily')).toBe('8');
    }
    const error = await rejected(hs.crm.companies.basicApi.getPage());
    expect(error.code).toBe(429);
    expect(error.body).toMatchObject({
      status: 'error',
      errorType: 'RATE_LIMIT',
      policyName: 'TEN_SECONDLY_ROLLING',
      message: 'You have reached your ten_secondly_rolling limit.',
      correlationId: expect.any(String),
    });
    expect(error.headers['x-hubspot-ratelimit-remaining']).toBe('0');
  });

  it('keeps one window per token', async () => {
    const hs = env.client();
    for (let i = 0; i < 5; i++) await hs.crm.companies.basicApi.getPage();
    expect((await failure(hs.crm.companies.basicApi.getPage())).code).toBe(429);
    expect((await env.client(SECOND).crm.companies.basicApi.getPage()).results).toEqual([]);
  });

  it('limits search per second with the message the SDK retries on', async () => {
    const hs = env.client();
    const search = () =>
      hs.crm.companies.searchApi.doSearch({
        filterGroups: [],
        sorts: [],
        properties: [],
        limit: 1,
        after: '0',
      });
    await search();
    await search();
    const error = await rejected(search());
    expect(error.code).toBe(429);
    expect(error.body).toMatchObject({
      policyName: 'SECONDLY',
      message: 'You have reached your secondly limit.',
    });
  });

  it('answers 429 DAILY once the daily allowance is spent', async () => {
    const daily = await startSandbox({ hubspot: { rateLimit: { max: 100, daily: 3 } } });
    try {
      const hs = daily.client();
      for (let i = 0; i < 3; i++) await hs.crm.companies.basicApi.getPage();
      const error = await rejected(hs.crm.companies.basicApi.getPage());
      expect(error.code).toBe(429);
      expect(error.body).toMatchObject({ policyName: 'DAILY', errorType: 'RATE_LIMIT' });
      expect(error.headers['x-hubspot-ratelimit-daily-remaining']).toBe('0');
    } finally {
      await daily.sandbox.stop();
    }
  });
});

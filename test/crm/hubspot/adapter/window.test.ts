import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HubSpotAdapter } from '../../../../src/crm/hubspot/adapter/index.js';
import type { WindowFactory } from '../../../../src/crm/hubspot/adapter/index.js';
import type { Running } from '../../../sandbox/helpers.js';
import { startSandbox, TOKEN } from '../../../sandbox/helpers.js';

const POLICY = { maxCalls: 321, windowMs: 4_000, baseDelayMs: 1, maxDelayMs: 10 };

describe('HubSpot adapter: a call window from outside', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startSandbox();
  });
  afterAll(() => running.sandbox.stop());

  it('waits in the window the factory makes, one per tenant, sized by the policy', async () => {
    const made: { tenant: string; maxCalls: number; windowMs: number }[] = [];
    let acquired = 0;
    const window: WindowFactory = (tenant, limits) => {
      made.push({ tenant, ...limits });
      return { acquire: async () => void acquired++, pause: () => undefined };
    };
    const config = { accessToken: TOKEN, basePath: running.baseUrl, tenant: 'portal-4711', policy: POLICY };
    const a = new HubSpotAdapter(config, 'en', { window });
    const b = new HubSpotAdapter(config, 'en', { window });
    const other = new HubSpotAdapter({ ...config, tenant: 'portal-815' }, 'en', { window });
    for (const port of [a, b, other]) for await (const page of port.listAccounts()) expect(page).toEqual([]);
    expect(made).toEqual([
      { tenant: 'portal-4711', maxCalls: 321, windowMs: 4_000 },
      { tenant: 'portal-815', maxCalls: 321, windowMs: 4_000 },
    ]);
    expect(acquired).toBe(a.usage().calls + b.usage().calls + other.usage().calls);
    expect(acquired).toBeGreaterThanOrEqual(3);
  });

  it('keeps its own window when none is given', async () => {
    let acquired = 0;
    const window: WindowFactory = () => ({ acquire: async () => void acquired++, pause: () => undefined });
    const config = { accessToken: TOKEN, basePath: running.baseUrl, tenant: 'portal-4711', policy: POLICY };
    new HubSpotAdapter(config, 'en', { window });
    const local = new HubSpotAdapter(config);
    for await (const page of local.listAccounts()) expect(page).toEqual([]);
    expect(local.usage().calls).toBeGreaterThan(0);
    expect(acquired).toBe(0);
  });
});

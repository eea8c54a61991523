import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HubSpotAdapter } from '../../../src/crm/hubspot/adapter/index.js';
import type { Running } from '../../sandbox/helpers.js';
import { startSandbox, TOKEN } from '../../sandbox/helpers.js';

/** A small limit, so a few rolling windows pass in seconds. */
const LIMIT = { max: 20, intervalMs: 2_000 };

describe('HubSpot adapter against the sandbox: the call window matches the portal limit', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startSandbox({ hubspot: { rateLimit: LIMIT } });
  });
  afterAll(() => running.sandbox.stop());

  it('makes three windows of parallel calls without a single 429', async () => {
    const adapter = new HubSpotAdapter({
      accessToken: TOKEN,
      basePath: running.baseUrl,
      // a tenant of its own, so no other test's calls share this gate
      tenant: `arrival-${randomUUID()}`,
      policy: { maxCalls: LIMIT.max, windowMs: LIMIT.intervalMs, baseDelayMs: 1, maxDelayMs: 10 },
    });
    const calls = LIMIT.max * 3;
    // one batch read of companies per call (no search, which has its own per-second limit)
    const answers = await Promise.all(
      Array.from({ length: calls }, (_, i) => adapter.accountsOf([{ type: '0-2', id: String(1000 + i) }])),
    );
    expect(answers).toEqual(Array.from({ length: calls }, () => [[]]));
    expect(adapter.usage()).toMatchObject({ calls, rateLimited: 0 });
    // the sandbox saw each call once, and refused none
    const stats = (await (await fetch(`${running.baseUrl}/__sandbox/stats`)).json()) as {
      total: number;
      byStatus: Record<string, number>;
    };
    expect(stats.byStatus['429']).toBeUndefined();
    expect(stats.total).toBe(calls);
  }, 60_000);
});

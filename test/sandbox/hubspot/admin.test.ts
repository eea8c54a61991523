import { describe, expect, it } from '@jest/globals';
import { failure, sandboxPerFile } from '../helpers.js';

const sandbox = sandboxPerFile();

const admin = async (method: string, path: string, body?: unknown) => {
  const res = await sandbox()
    .client()
    .apiRequest({ method, path: `/__sandbox/${path}`, ...(body ? { body } : {}) });
  return {
    status: res.status,
    body: res.status === 204 ? undefined : ((await res.json()) as Record<string, unknown>),
  };
};

describe('admin API: faults, stats, reset, tokens', () => {
  it("injects 429, 500 and 502 per side in HubSpot's shapes", async () => {
    const hs = sandbox().client();
    await admin('POST', 'faults', { hubspot: { tooManyRequests: 1 } });
    expect(await failure(hs.crm.companies.basicApi.getPage())).toMatchObject({
      code: 429,
      body: { errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' },
    });
    await admin('POST', 'faults', { hubspot: { tooManyRequests: 0, serverError: 1 } });
    expect(await failure(hs.crm.companies.basicApi.getPage())).toMatchObject({
      code: 500,
      body: { status: 'error' },
    });
    await admin('POST', 'faults', { hubspot: { serverError: 0, badGateway: 1 } });
    expect((await failure(hs.crm.companies.basicApi.getPage())).code).toBe(502);
    const current = await admin('DELETE', 'faults');
    expect(current.body).toMatchObject({ hubspot: { badGateway: 0 } });
    expect((await hs.crm.companies.basicApi.getPage()).results).toEqual([]);
  });

  it('holds a request and drops the connection for a timeout fault, and adds latency', async () => {
    const hs = sandbox().client();
    await admin('POST', 'faults', { hubspot: { timeout: 1, timeoutMs: 50 } });
    await expect(hs.crm.companies.basicApi.getPage()).rejects.toThrow();
    await admin('POST', 'faults', { hubspot: { timeout: 0, latencyMs: 60 } });
    const started = Date.now();
    await hs.crm.companies.basicApi.getPage();
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('mixes faults by share with a seeded dice', async () => {
    const hs = sandbox().client();
    await admin('POST', 'faults', { hubspot: { serverError: 0.5 } });
    const outcomes: number[] = [];
    for (let i = 0; i < 40; i++) {
      outcomes.push(
        await hs.crm.companies.basicApi.getPage().then(
          () => 200,
          (e: { code: number }) => e.code,
        ),
      );
    }
    const errors = outcomes.filter((c) => c === 500).length;
    expect(errors).toBeGreaterThan(8);
    expect(errors).toBeLessThan(32);
  });

  it('rejects bad fault settings', async () => {
    expect((await admin('POST', 'faults', { hubspot: { serverError: 2 } })).status).toBe(400);
    expect((await admin('POST', 'faults', { crm: {} })).status).toBe(400);
  });

  it('counts calls per route, token and status', async () => {
    const hs = sandbox().client();
    await hs.crm.companies.basicApi.getPage();
    await hs.crm.companies.batchApi.read({ inputs: [], properties: [], propertiesWithHistory: [] });
    await failure(sandbox().client('pat-na1-unknown-token-123').crm.companies.basicApi.getPage());
    const stats = (await admin('GET', 'stats')).body as {
      total: number;
      byRoute: Record<string, number>;
      byToken: Record<string, number>;
      byStatus: Record<string, number>;
    };
    expect(stats.total).toBe(3);
    expect(stats.byRoute).toEqual({
      'GET /crm/v3/objects/:objectType': 2,
      'POST /crm/v3/objects/:objectType/batch/read': 1,
    });
    expect(stats.byStatus).toEqual({ '200': 2, '401': 1 });
    expect(Object.keys(stats.byToken).every((t) => t.includes('…'))).toBe(true);
    expect(JSON.stringify(stats)).not.toContain('pat-na1-test-0000-0000-000000000001');
  });

  it('resets records and lists the accepted tokens', async () => {
    const hs = sandbox().client();
    await hs.crm.companies.basicApi.create({ properties: { name: 'Weg damit' }, associations: [] });
    expect((await admin('POST', 'reset')).status).toBe(204);
    expect((await hs.crm.companies.basicApi.getPage()).results).toEqual([]);
    const tokens = (await admin('GET', 'tokens')).body as {
      results: { side: string; kind: string; value: string }[];
    };
    expect(tokens.results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          side: 'hubspot',
          kind: 'private-app-token',
          value: 'pat-na1-test-0000-0000-000000000001',
        }),
        expect.objectContaining({ side: 'hubspot', kind: 'oauth-client-id' }),
      ]),
    );
  });
});

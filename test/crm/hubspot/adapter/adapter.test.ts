import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generatePortfolio } from '../../../../src/core/demo/index.js';
import { ENTERPRISE_NEEDED, HubSpotAdapter } from '../../../../src/crm/hubspot/adapter/index.js';
import { HubSpotAdapterConfig, HubSpotContext } from '../../../../src/crm/hubspot/adapter/context.js';
import { provision } from '../../../../src/crm/hubspot/adapter/provision.js';
import { hubSpotSetupBodies, loadHubSpotMetadata } from '../../../../src/crm/hubspot/metadata/index.js';
import type { Running } from '../../../sandbox/helpers.js';
import { startSandbox, TOKEN } from '../../../sandbox/helpers.js';

const FAST = { maxCalls: 5000, baseDelayMs: 1, maxDelayMs: 10, rateLimitedDelayMs: 5, maxAttempts: 12 };
const WIDE = { hubspot: { rateLimit: { max: 5000, searchPerSecond: 100 } } };

describe('HubSpot adapter: listing', () => {
  let running: Running;
  let ids: string[];
  beforeAll(async () => {
    running = await startSandbox(WIDE);
    const report = await running.sandbox.seed({ portfolio: 'demo', sides: ['hubspot'] });
    ids = Object.values(report.sides.hubspot!.accounts);
  });
  afterAll(() => running.sandbox.stop());

  it('pages by key with a small page size: every account once, no `after` offsets', async () => {
    const port = new HubSpotAdapter({
      accessToken: TOKEN,
      basePath: running.baseUrl,
      policy: FAST,
      pageSize: 5,
    });
    const pages: (readonly string[])[] = [];
    for await (const page of port.listAccounts()) pages.push(page);
    expect(pages.every((p) => p.length <= 5)).toBe(true);
    expect(pages.flat().sort()).toEqual([...ids].sort());
    expect(pages).toHaveLength(Math.ceil(ids.length / 5));
  });

  it('follows association paging: a company with more contacts than one answer holds loads them all', async () => {
    const client = running.client();
    const companyId = ids[0]!;
    const port = new HubSpotAdapter({ accessToken: TOKEN, basePath: running.baseUrl, policy: FAST });
    const before = (await port.loadSnapshots([companyId])).snapshots[0]!.contacts.length;
    const extra = 520; // HubSpot answers at most 500 associations per record and page
    const created: string[] = [];
    for (let i = 0; i < extra; i += 100) {
      const batch = await client.crm.contacts.batchApi.create({
        inputs: Array.from({ length: Math.min(100, extra - i) }, (_, n) => ({
          properties: { firstname: 'Kontakt', lastname: `Nummer ${i + n}` },
          associations: [],
        })),
      });
      created.push(...batch.results.map((r) => r.id));
    }
    for (let i = 0; i < created.length; i += 100) {
      await client.crm.associations.v4.batchApi.createDefault('companies', 'contacts', {
        inputs: created.slice(i, i + 100).map((id) => ({ _from: { id: companyId }, to: { id } })),
      });
    }
    const after = await new HubSpotAdapter({
      accessToken: TOKEN,
      basePath: running.baseUrl,
      policy: FAST,
    }).loadSnapshots([companyId]);
    expect(after.failures).toEqual([]);
    expect(after.snapshots[0]!.contacts).toHaveLength(before + extra);
  }, 30_000);

  it('changedSince: only companies modified at or after the checkpoint', async () => {
    const port = new HubSpotAdapter({ accessToken: TOKEN, basePath: running.baseUrl, policy: FAST });
    const checkpoint = new Date(Date.now() + 1000).toISOString();
    await new Promise((r) => setTimeout(r, 1100));
    await running
      .client()
      .crm.companies.basicApi.update(ids[3]!, { properties: { kam_rating_innovation: '4' } });
    const seen: string[] = [];
    for await (const page of port.changedSince(checkpoint)) seen.push(...page);
    expect(seen).toEqual([ids[3]]);

    // a KAM record edited in HubSpot itself (no webhook reaches the service for it): its company
    const snapshot = (await port.loadSnapshots([ids[5]!])).snapshots[0]!;
    const action = snapshot.actions[0]!;
    const actionType = (await running.client().crm.schemas.coreApi.getAll()).results.find(
      (x) => x.name === 'kam_action',
    )!.objectTypeId!;
    await running.client().crm.objects.basicApi.update(actionType, action.id, {
      properties: { title: 'Workshop (im CRM umbenannt)' },
    });
    const again: string[] = [];
    for await (const page of port.changedSince(checkpoint)) again.push(...page);
    expect(again).toEqual([ids[3], ids[5]]);
    await expect(async () => {
      for await (const _ of port.changedSince('yesterday')) void _;
    }).rejects.toThrow(/ISO/);
  });
});

describe('HubSpot adapter: provisioning', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startSandbox(WIDE);
  });
  afterAll(() => running.sandbox.stop());

  it('creates everything on an empty portal, then nothing on a second run', async () => {
    const port = new HubSpotAdapter({ accessToken: TOKEN, basePath: running.baseUrl, policy: FAST });
    const first = await port.provision('de');
    expect(first.missing).toEqual([]);
    expect(first.created.filter((c) => c.startsWith('custom object'))).toHaveLength(5);
    expect(first.created.some((c) => c.startsWith('property group'))).toBe(true);
    const second = await port.provision('de');
    expect(second.created).toEqual([]);
    expect(second.missing).toEqual([]);
    expect([...second.unchanged].sort()).toEqual([...first.created].sort());
  });

  it('says custom objects need Enterprise when schemas answer 403', async () => {
    const ctx = new HubSpotContext(
      HubSpotAdapterConfig.parse({
        accessToken: TOKEN,
        basePath: running.baseUrl,
        tenant: 'starter',
        policy: FAST,
      }),
    );
    const forbidden = Object.assign(new Error('forbidden'), { code: 403, body: {}, headers: {} });
    (ctx.client.crm.schemas.coreApi as unknown as { getAll: () => Promise<never> }).getAll = () =>
      Promise.reject(forbidden);
    const report = await provision(ctx, hubSpotSetupBodies(await loadHubSpotMetadata(), 'en'), 'en');
    expect(report.missing).toEqual([ENTERPRISE_NEEDED]);
    expect(report.missing[0]).toMatch(/Enterprise/);
  });
});

describe('HubSpot adapter: the demo load', () => {
  it('uses no more calls than the lower bound plus the cached portal lookups', async () => {
    const running = await startSandbox(WIDE);
    try {
      const now = new Date('2026-11-27T09:00:00Z');
      const report = await running.sandbox.seed({
        portfolio: 'demo',
        sides: ['hubspot'],
        now: now.toISOString(),
      });
      const portfolio = generatePortfolio({ now });
      const ids = portfolio.map((p) => report.sides.hubspot!.accounts[p.account.id]!);
      const port = new HubSpotAdapter({ accessToken: TOKEN, basePath: running.baseUrl, policy: FAST });
      const batch = await port.loadSnapshots(ids);
      expect(batch.failures).toEqual([]);
      const n = (f: (p: (typeof portfolio)[number]) => number) => portfolio.reduce((s, p) => s + f(p), 0);
      const c = Math.ceil;
      const records = [
        n((p) => p.contacts.length),
        n((p) => p.deals.length),
        n((p) => p.valueChain.length),
        n((p) => p.potentials.length),
        n((p) => p.actions.length),
      ];
      const cold = port.usage().calls;
      await port.loadSnapshots(ids);
      const warm = port.usage().calls - cold;
      // 4 lookups (schemas, owners, pipelines, industry) once per adapter
      expect(cold - warm).toBe(4);
      const floor = c(ids.length / 100) + 7 + records.reduce((s, r) => s + c(r / 100), 0);
      expect(warm).toBeGreaterThanOrEqual(floor);
      process.stdout.write(`demo load: ${warm} calls warm, ${cold} cold\n`);
    } finally {
      await running.sandbox.stop();
    }
  });
});

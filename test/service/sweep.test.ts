/**
 * The sweep: the safety net under webhooks and outbound messages. A change whose event never
 * arrived is found by the next incremental sweep; the daily full rescore takes every key account.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@hubspot/api-client';
import { DEMO } from '../../src/service/demo/demo-credentials.js';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';

describe('sweep', () => {
  let d: TestDemo;
  beforeAll(async () => {
    d = await startTestDemo();
    // no more webhooks and outbound messages: only the sweep can notice changes now
    const dev = new Client({ developerApiKey: DEMO.hubspot.developerApiKey, basePath: d.sandboxUrl });
    await dev.webhooks.settingsApi.clear(DEMO.hubspot.appId);
    await fetch(`${d.sandboxUrl}/__sandbox/salesforce/outbound`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: null }),
    });
  }, 60_000);
  afterAll(() => d?.stop());

  const idle = () =>
    d.until(
      async () => {
        const depth = await d.service.queue.depth();
        return depth.waiting === 0 && depth.active === 0 ? true : undefined;
      },
      30_000,
      'an empty queue',
    );

  it('re-scores accounts changed since the checkpoint, on both CRMs', async () => {
    const hs = d.sample.hubspot;
    const sf = d.sample.salesforce;
    const before = await d.hubspot.crm.companies.basicApi.getById(hs, ['kam_score']);
    const sfBefore = (await d.salesforce.sobject('Account').retrieve(sf)) as { KAM_Score__c: number };
    await d.hubspot.crm.companies.basicApi.update(hs, { properties: { kam_rating_strategic_fit: '1' } });
    await d.salesforce.sobject('Account').update({ Id: sf, KAM_Rating_Strategic_Fit__c: 1 });
    await new Promise((r) => setTimeout(r, 1_000));
    // nothing arrived by event
    expect((await d.hubspot.crm.companies.basicApi.getById(hs, ['kam_score'])).properties.kam_score).toBe(
      before.properties.kam_score,
    );
    const reports = await d.service.sweeper!.sweep();
    const changed = Object.fromEntries(reports.map((r) => [r.tenantId, r.changed]));
    expect(changed[d.tenants.hubspot]).toBeGreaterThanOrEqual(1);
    expect(changed[d.tenants.salesforce]).toBeGreaterThanOrEqual(1);
    await idle();
    const after = await d.hubspot.crm.companies.basicApi.getById(hs, ['kam_score']);
    expect(Number(after.properties.kam_score)).toBeLessThan(Number(before.properties.kam_score));
    const sfAfter = (await d.salesforce.sobject('Account').retrieve(sf)) as { KAM_Score__c: number };
    expect(sfAfter.KAM_Score__c).toBeLessThan(sfBefore.KAM_Score__c);
  }, 60_000);

  it('runs the full rescore over every key account', async () => {
    const reports = await d.service.sweeper!.sweep({ full: true });
    const full = reports.reduce((n, r) => n + r.full, 0);
    expect(full).toBe(d.scoredAtStart);
    await idle();
    expect(await d.metric('kam_queue_depth', { state: 'dead' })).toBe(0);
  }, 60_000);
});

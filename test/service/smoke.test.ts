import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';

describe('service end to end (smoke)', () => {
  let d: TestDemo;
  beforeAll(async () => {
    d = await startTestDemo();
  }, 60_000);
  afterAll(() => d?.stop());

  it('answers its service page in the reader’s language, with the installations counted', async () => {
    const de = await fetch(`${d.serviceUrl}/service`, { headers: { 'accept-language': 'de-DE,de;q=0.9' } });
    expect(de.headers.get('content-type')).toContain('text/html');
    const text = await de.text();
    expect(text).toContain('<h1>KAM-Service</h1>');
    expect(text).toContain('Installationen: 2');
    expect(await (await fetch(`${d.serviceUrl}/service?lang=en`)).text()).toContain('Installations: 2');
    // the demo's / is the workspace
    expect((await fetch(`${d.serviceUrl}/`, { redirect: 'manual' })).headers.get('location')).toBe(
      '/workspace/',
    );
  });

  it('re-scores a HubSpot company after its rating changes', async () => {
    const id = d.sample.hubspot;
    const before = await d.hubspot.crm.companies.basicApi.getById(id, ['kam_score', 'kam_scored_at']);
    await d.hubspot.crm.companies.basicApi.update(id, { properties: { kam_rating_strategic_fit: '1' } });
    const after = await d.until(async () => {
      const c = await d.hubspot.crm.companies.basicApi.getById(id, ['kam_score', 'kam_scored_at']);
      return c.properties.kam_scored_at !== before.properties.kam_scored_at ? c : undefined;
    });
    expect(Number(after.properties.kam_score)).toBeLessThan(Number(before.properties.kam_score));
  }, 30_000);
});

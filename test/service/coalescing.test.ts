/**
 * Coalescing end to end: the requests queued for a company until its load starts are answered by
 * that load, so a burst of changes (a bulk edit, an import) re-scores the company once, not once
 * and again after it — while a change made after the load started is still scored by a later run.
 * HubSpot answers slowly here (added latency), so a load takes seconds, as under a paced portal.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import { hubspotEvent, hubspotKeyAccounts, settle, signedFetch } from './hubspot-helpers.js';
import { expectScoresCurrent } from './score-checks.js';

const LATENCY_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a burst of changes to one company', () => {
  let d: TestDemo;
  let accounts: string[];
  beforeAll(async () => {
    d = await startTestDemo({ KAM_COALESCE_MS: '300' });
    await settle(d); // the first full rescore of the portfolio
    accounts = await hubspotKeyAccounts(d);
    const faults = await fetch(`${d.sandboxUrl}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hubspot: { latencyMs: LATENCY_MS } }),
    });
    expect(faults.status).toBe(200);
  }, 90_000);
  afterAll(async () => {
    if (!d) return;
    await fetch(`${d.sandboxUrl}/__sandbox/faults`, { method: 'DELETE' });
    await d.stop();
  });

  const scored = () => d.metric('kam_accounts_scored_total', { tenant: d.tenants.hubspot });

  /** HubSpot's webhook for a change of one company property, signed as HubSpot signs it. */
  async function sendEvent(companyId: string): Promise<void> {
    const body = JSON.stringify([hubspotEvent({ objectId: Number(companyId) })]);
    const answer = await signedFetch(d, 'POST', '/webhooks/hubspot', { body });
    expect(answer.status).toBe(204);
  }

  /** Flips the company's strategic-fit rating through the SDK, so its score must change. */
  async function changeRating(companyId: string): Promise<void> {
    const company = await d.hubspot.crm.companies.basicApi.getById(companyId, ['kam_rating_strategic_fit']);
    const next = company.properties.kam_rating_strategic_fit === '1' ? '5' : '1';
    await d.hubspot.crm.companies.basicApi.update(companyId, {
      properties: { kam_rating_strategic_fit: next },
    });
  }

  /** Record reads the sandbox has answered (a load's first call is one: the companies). */
  async function recordReads(): Promise<number> {
    const stats = (await (await fetch(`${d.sandboxUrl}/__sandbox/stats`)).json()) as {
      byRoute: Record<string, number>;
    };
    return stats.byRoute['POST /crm/v3/objects/:objectType/batch/read'] ?? 0;
  }

  it('re-scores the company once for a change and ten events over 1.5 s while its job waits', async () => {
    const [busy, burst] = [accounts[3]!, accounts[4]!];
    await settle(d);
    const before = await scored();

    // Another company's load keeps the tenant's batch busy for seconds: the burst company's job
    // is handed out after its window and then waits for its load, while the events keep coming.
    await sendEvent(busy);
    await d.until(
      async () => ((await d.service.queue.depth()).active > 0 ? true : undefined),
      15_000,
      'the other company’s job to start',
    );
    await changeRating(burst);
    for (let i = 0; i < 10; i += 1) {
      await sendEvent(burst);
      await sleep(150);
    }

    await settle(d, 60_000);
    // the other company once, the burst company once: every queued request was covered by its load
    expect((await scored()) - before).toBe(2);
    await expectScoresCurrent(d, 'hubspot', [busy, burst]);
    expect(await d.service.queue.deadLetters(10)).toEqual([]);
  }, 120_000);

  it('still re-scores after a change that comes once the load has started', async () => {
    const id = accounts[5]!;
    await settle(d);
    const before = await scored();
    const readsBefore = await recordReads();

    await sendEvent(id);
    // The load has read the company (its first call is answered): it cannot see what follows.
    await d.until(
      async () => ((await recordReads()) > readsBefore ? true : undefined),
      15_000,
      'the load to read the company',
    );
    await changeRating(id);
    await sendEvent(id);

    await settle(d, 60_000);
    expect((await scored()) - before).toBe(2);
    await expectScoresCurrent(d, 'hubspot', [id]);
  }, 120_000);
});

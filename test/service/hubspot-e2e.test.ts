/**
 * HubSpot end to end: a change made in the CRM (through the official SDK) travels as a webhook to
 * the service, is queued, traced to its key account, scored and written back. Every written score
 * is compared with what the core computes for the account as it is in the CRM now, as of the
 * moment the worker scored it (its history entry), so the comparison is exact.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ScoreResult } from '../../src/core/scoring/index.js';
import { DEFAULT_MODEL, score } from '../../src/core/scoring/index.js';
import type { AccountSnapshot } from '../../src/core/model/index.js';
import type { ScoreHistoryEntry } from '../../src/store/port.js';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import {
  customObjectTypeId,
  historyOf,
  hubspotEvent,
  hubspotKeyAccounts,
  nextHistoryEntry,
  settle,
  signedFetch,
} from './hubspot-helpers.js';

const OUTPUTS = ['kam_score', 'kam_tier', 'kam_quadrant', 'kam_attractiveness', 'kam_position'];

describe('HubSpot changes → score written back', () => {
  let d: TestDemo;
  let accounts: string[];
  beforeAll(async () => {
    d = await startTestDemo();
    await settle(d); // the first full rescore of the portfolio
    accounts = await hubspotKeyAccounts(d);
  }, 60_000);
  afterAll(() => d?.stop());

  const scoredMetric = () => d.metric('kam_accounts_scored_total', { tenant: d.tenants.hubspot });

  async function loadSnapshot(accountId: string): Promise<AccountSnapshot> {
    const { port } = await d.service.ports.get(d.tenants.hubspot);
    const batch = await port.loadSnapshots([accountId]);
    expect(batch.failures).toEqual([]);
    return batch.snapshots[0]!;
  }

  /** The account as the CRM holds it now, and the core's score of it as of the entry's scoring time. */
  async function coreScore(accountId: string, entry: ScoreHistoryEntry) {
    const model = (await d.service.store.scoringModel(d.tenants.hubspot)) ?? DEFAULT_MODEL;
    const snapshot = await loadSnapshot(accountId);
    return { snapshot, result: score(snapshot, model, new Date(entry.scoredAt)) };
  }

  async function companyOutputs(accountId: string): Promise<Record<string, string | null>> {
    const company = await d.hubspot.crm.companies.basicApi.getById(accountId, OUTPUTS);
    return company.properties;
  }

  /**
   * Waits for the account's next score, then checks it is the core's score of what the CRM holds,
   * that HubSpot shows it, and that the change added exactly one history entry.
   */
  async function expectRescored(
    accountId: string,
    historyBefore: number,
  ): Promise<{ snapshot: AccountSnapshot; result: ScoreResult }> {
    // generous: the test's own reads share the portal's rate limit with the service
    const entry = await nextHistoryEntry(d, accountId, historyBefore, 30_000);
    const { snapshot, result: expected } = await coreScore(accountId, entry);
    // the same inputs as the worker scored: nothing else changed in between
    expect(entry.inputHash).toBe(expected.inputHash);
    expect({ score: entry.score, tier: entry.tier, quadrant: entry.quadrant }).toEqual({
      score: expected.score,
      tier: expected.tier,
      quadrant: expected.quadrant,
    });
    const shown = await companyOutputs(accountId);
    expect(Number(shown.kam_score)).toBe(expected.score);
    expect(shown.kam_tier).toBe(expected.tier);
    expect(shown.kam_quadrant).toBe(expected.quadrant);
    expect(Number(shown.kam_attractiveness)).toBe(expected.attractiveness);
    expect(Number(shown.kam_position)).toBe(expected.position);
    await settle(d);
    expect(await historyOf(d, accountId)).toHaveLength(historyBefore + 1);
    return { snapshot, result: expected };
  }

  it('scores every key account at start and writes the scores to HubSpot', async () => {
    expect(accounts.length).toBeGreaterThan(10);
    for (const id of accounts.slice(0, 3)) {
      const [entry] = await historyOf(d, id);
      expect(entry).toBeDefined();
      expect(Number((await companyOutputs(id)).kam_score)).toBe(entry!.score);
    }
  });

  it('re-scores a company after a selection rating changes (SDK update)', async () => {
    const id = accounts[0]!;
    const before = await historyOf(d, id);
    const scoredBefore = await scoredMetric();
    const company = await d.hubspot.crm.companies.basicApi.getById(id, ['kam_rating_strategic_fit']);
    const next = company.properties.kam_rating_strategic_fit === '1' ? 5 : 1;

    await d.hubspot.crm.companies.basicApi.update(id, {
      properties: { kam_rating_strategic_fit: String(next) },
    });

    const { snapshot, result } = await expectRescored(id, before.length);
    expect(snapshot.account.ratings.strategic_fit).toBe(next);
    expect(result.score).not.toBe(before[0]!.score);
    expect(await scoredMetric()).toBe(scoredBefore + 1);
  }, 60_000);

  it('re-scores the company of a contact whose attitude (kam_attitude) changes', async () => {
    const id = accounts[1]!;
    const before = await historyOf(d, id);
    const contact = (await loadSnapshot(id)).contacts[0]!;
    const next = contact.attitude === -2 ? 2 : -2;

    await d.hubspot.crm.contacts.basicApi.update(contact.id, {
      properties: { kam_attitude: String(next) },
    });

    const { snapshot } = await expectRescored(id, before.length);
    const after = snapshot.contacts.find((c) => c.id === contact.id);
    expect(after?.attitude).toBe(next);
  }, 60_000);

  it('re-scores the company of a KAM action whose status changes (custom object)', async () => {
    const id = accounts[2]!;
    const before = await historyOf(d, id);
    const action = (await loadSnapshot(id)).actions[0]!;
    const next = action.status === 'cancelled' ? 'in_progress' : 'cancelled';
    const actionType = await customObjectTypeId(d, 'kam_action');

    await d.hubspot.crm.objects.basicApi.update(actionType, action.id, { properties: { status: next } });

    const { snapshot } = await expectRescored(id, before.length);
    const after = snapshot.actions.find((a) => a.id === action.id);
    expect(after?.status).toBe(next);
  }, 60_000);

  it('writes no score on a company that is not a key account', async () => {
    const scoredBefore = await scoredMetric();
    const jobsBefore = await d.metric('kam_jobs_total', { outcome: 'done' });
    const company = await d.hubspot.crm.companies.basicApi.create({
      properties: { name: 'Gewöhnliche Kunde GmbH', kam_rating_strategic_fit: '4' },
      associations: [],
    });
    await d.hubspot.crm.companies.basicApi.update(company.id, {
      properties: { kam_rating_strategic_fit: '2' },
    });
    await settle(d);

    // the events were handled (their jobs ran) …
    expect(await d.metric('kam_jobs_total', { outcome: 'done' })).toBeGreaterThan(jobsBefore);
    // … and found nothing to score
    const outputs = await companyOutputs(company.id);
    for (const name of OUTPUTS) expect(outputs[name] ?? '').toBe('');
    expect(await historyOf(d, company.id)).toEqual([]);
    expect(await scoredMetric()).toBe(scoredBefore);
  }, 60_000);

  it('ignores events about score outputs (writing a score never triggers another)', async () => {
    const id = accounts[3]!;
    const ignoredBefore = await d.metric('kam_events_ignored_total', { source: 'hubspot' });
    const receivedBefore = await d.metric('kam_events_received_total', { source: 'hubspot' });
    const jobsBefore = await d.metric('kam_jobs_total');
    const scoredBefore = await scoredMetric();
    const events = ['kam_score', 'kam_tier', 'kam_scored_at'].map((propertyName) =>
      hubspotEvent({ objectId: Number(id), propertyName, propertyValue: '1' }),
    );

    const answer = await signedFetch(d, 'POST', '/webhooks/hubspot', { body: JSON.stringify(events) });

    expect(answer.status).toBe(204);
    expect(await d.metric('kam_events_ignored_total', { source: 'hubspot' })).toBe(ignoredBefore + 3);
    expect(await d.metric('kam_events_received_total', { source: 'hubspot' })).toBe(receivedBefore);
    const depth = await d.service.queue.depth();
    expect(depth.waiting + depth.active).toBe(0);
    await settle(d);
    expect(await d.metric('kam_jobs_total')).toBe(jobsBefore);
    expect(await scoredMetric()).toBe(scoredBefore);
  });
});

/**
 * What cards ask besides records: score an account now (the score card's button), and the
 * installation's scoring model (the app's settings page, signed requests only).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { score } from '../../src/core/scoring/engine.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';
import type { ScoreResult, ScoringModel } from '../../src/core/scoring/index.js';
import type { ErrorAnswer } from '../../src/workspace/contract.js';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import { DEMO_PORTAL_ID, hubspotKeyAccounts, settle, signedFetch } from './hubspot-helpers.js';

const query = `?portalId=${DEMO_PORTAL_ID}&userId=7001&userEmail=admin%40example.com`;

interface ModelAnswer {
  readonly model: ScoringModel;
  readonly isDefault: boolean;
  readonly warnings: readonly { code: string; text: { de: string; en: string } }[];
}

describe('card actions', () => {
  let d: TestDemo;
  let accountId: string;
  beforeAll(async () => {
    d = await startTestDemo();
    await settle(d);
    [accountId] = (await hubspotKeyAccounts(d)) as [string];
  }, 60_000);
  afterAll(() => d?.stop(), 30_000);

  describe('POST /api/accounts/:id/recompute', () => {
    it('scores the account now, writes it back, and answers the score the core gives', async () => {
      await d.hubspot.crm.companies.basicApi.update(accountId, {
        properties: { kam_rating_strategic_fit: '1', kam_rating_reference_value: '1' },
      });
      const answer = await signedFetch(d, 'POST', `/api/accounts/${accountId}/recompute${query}`);
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { score: ScoreResult; written: boolean };
      // written by this request, or already by the worker that the change's webhook woke
      expect(typeof body.written).toBe('boolean');
      const { port } = await d.service.ports.get(d.tenants.hubspot);
      const snapshot = (await port.loadSnapshots([accountId])).snapshots[0]!;
      const expected = score(snapshot, DEFAULT_MODEL, new Date(body.score.scoredAt));
      expect(body.score.score).toBe(expected.score);
      expect(body.score.inputHash).toBe(expected.inputHash);
      const company = await d.hubspot.crm.companies.basicApi.getById(accountId, ['kam_score']);
      expect(Number(company.properties['kam_score'])).toBeCloseTo(expected.score, 1);
    });

    it('says so for a company that is not a key account, and for an unsigned request', async () => {
      const plain = await d.hubspot.crm.companies.basicApi.create({
        properties: { name: 'Keine Key-Account GmbH', kam_is_key_account: 'false' },
        associations: [],
      });
      const answer = await signedFetch(d, 'POST', `/api/accounts/${plain.id}/recompute${query}`, {
        headers: { 'accept-language': 'de' },
      });
      expect(answer.status).toBe(404);
      const body = (await answer.json()) as ErrorAnswer;
      expect(body.code).toBe('NOT_KEY_ACCOUNT');
      expect(body.message).toContain('kein Key Account');
      expect(
        (await fetch(`${d.serviceUrl}/api/accounts/${accountId}/recompute${query}`, { method: 'POST' }))
          .status,
      ).toBe(401);
    });
  });

  describe('a new person in the buying center', () => {
    it('becomes a contact of the company in HubSpot, with their buying-center fields', async () => {
      const body = {
        id: 'new-4f2a',
        name: 'Jana Neumann',
        jobTitle: 'Leiterin Instandhaltung',
        roles: ['user', 'influencer'],
        influence: 3,
        attitude: 1,
      };
      const saved = await signedFetch(d, 'PUT', `/api/accounts/${accountId}/records/contact${query}`, {
        body: JSON.stringify(body),
      });
      expect(saved.status).toBe(200);
      const { record } = (await saved.json()) as { record: { id: string } };
      expect(record.id).toMatch(/^\d+$/);
      const contact = await d.hubspot.crm.contacts.basicApi.getById(
        record.id,
        ['firstname', 'lastname', 'jobtitle', 'kam_influence'],
        undefined,
        ['companies'],
      );
      expect(contact.properties).toMatchObject({
        firstname: 'Jana',
        lastname: 'Neumann',
        kam_influence: '3',
      });
      expect(contact.associations?.['companies']?.results.map((r) => r.id)).toContain(accountId);
    });
  });

  describe('the scoring model (settings)', () => {
    const get = async () =>
      (await (await signedFetch(d, 'GET', `/api/settings/model${query}`)).json()) as ModelAnswer;
    const put = (body: unknown, headers: Record<string, string> = {}) =>
      signedFetch(d, 'PUT', `/api/settings/model${query}`, { body: JSON.stringify(body), headers });

    it('starts with the default, takes a model of its own, and goes back to the default', async () => {
      const start = await get();
      expect(start).toMatchObject({ isDefault: true, model: { id: DEFAULT_MODEL.id } });

      const own: ScoringModel = {
        ...DEFAULT_MODEL,
        id: 'muster-modell',
        version: '1.1.0',
        axisWeights: { attractiveness: 0.7, position: 0.3 },
      };
      const saved = await put({ model: own });
      expect(saved.status).toBe(200);
      expect(((await saved.json()) as ModelAnswer).isDefault).toBe(false);
      expect(await get()).toMatchObject({
        isDefault: false,
        model: { id: 'muster-modell', version: '1.1.0' },
      });
      expect((await d.service.store.scoringModel(d.tenants.hubspot))?.id).toBe('muster-modell');

      const back = await put({ useDefault: true });
      expect(((await back.json()) as ModelAnswer).isDefault).toBe(true);
      expect(await d.service.store.scoringModel(d.tenants.hubspot)).toBeUndefined();
    });

    it('refuses an invalid model with the reason in the reader’s language, keeping the one in use', async () => {
      const bad = await put(
        { model: { ...DEFAULT_MODEL, tiers: { A: 30, B: 60 } } },
        { 'accept-language': 'de' },
      );
      expect(bad.status).toBe(400);
      const body = (await bad.json()) as ErrorAnswer;
      expect(body.message).toMatch(/^ungültige Anfrage: model\.tiers\.A: tier A threshold/);
      expect((await put({ nonsense: 1 })).status).toBe(400);
      expect((await get()).isDefault).toBe(true);
    });

    it('answers signed requests only: a workspace link cannot change the model', async () => {
      const sessions = (await (await fetch(`${d.serviceUrl}/api/demo/sessions`)).json()) as {
        sessions: { token: string }[];
      };
      const answer = await fetch(`${d.serviceUrl}/api/settings/model`, {
        headers: { authorization: `Bearer ${sessions.sessions[0]!.token}` },
      });
      expect(answer.status).toBe(401);
    });
  });
});

/**
 * The card API as HubSpot cards call it (`hubspot.fetch`: v3-signed, portal id in the query): the
 * account's whole KAM view, answered only for the signer's portal, and edits of KAM records that
 * land in HubSpot and re-score the account.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { analyseAccount } from '../../src/core/account-view.js';
import type { AccountSnapshot, Action } from '../../src/core/model/index.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';
import { DEMO } from '../../src/service/demo/demo-credentials.js';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import {
  customObjectTypeId,
  DEMO_PORTAL_ID,
  historyOf,
  hubspotKeyAccounts,
  nextHistoryEntry,
  settle,
  signedFetch,
} from './hubspot-helpers.js';

/** What HubSpot appends to a card's request URL. */
const cardQuery = (portalId: number | string = DEMO_PORTAL_ID) =>
  `?portalId=${portalId}&userId=7001&userEmail=kam%40example.com&appId=${DEMO.hubspot.appId}`;

/** JSON as it travels: what a value looks like once sent and parsed. */
const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

interface ErrorAnswer {
  readonly status: string;
  readonly code: string;
  readonly message: string;
}

describe('card API', () => {
  let d: TestDemo;
  let accountId: string;
  let actionType: string;
  beforeAll(async () => {
    d = await startTestDemo();
    await settle(d);
    [accountId] = (await hubspotKeyAccounts(d)) as [string];
    actionType = await customObjectTypeId(d, 'kam_action');
  }, 60_000);
  afterAll(() => d?.stop());

  async function loadSnapshot(id: string): Promise<AccountSnapshot> {
    const { port } = await d.service.ports.get(d.tenants.hubspot);
    return (await port.loadSnapshots([id])).snapshots[0]!;
  }

  describe('GET /api/accounts/:id', () => {
    it("answers the account's KAM view, equal to the core's analysis of the same snapshot", async () => {
      const answer = await signedFetch(d, 'GET', `/api/accounts/${accountId}${cardQuery()}`);
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as {
        tenant: { id: string };
        snapshot: AccountSnapshot;
        view: ReturnType<typeof analyseAccount>;
        history: unknown[];
      };

      const snapshot = await loadSnapshot(accountId);
      expect(body.tenant.id).toBe(d.tenants.hubspot);
      expect(body.snapshot).toEqual(asJson(snapshot));
      const expected = analyseAccount(snapshot, DEFAULT_MODEL, new Date(body.view.score.scoredAt));
      expect(body.view).toEqual(asJson(expected));
      expect(body.history).toEqual(
        asJson(await d.service.store.scoreHistory(d.tenants.hubspot, accountId, 24)),
      );

      // every part a card shows is there, with content
      expect(body.view.score.components.length).toBeGreaterThan(0);
      expect(body.view.score.reasons.length).toBeGreaterThan(0);
      expect(body.view.buyingCenter).toBeDefined();
      expect(body.view.sociogram).toBeDefined();
      expect(body.view.orgChart).toBeDefined();
      expect(body.view.horizons).toBeDefined();
      expect(body.view.plan).toBeDefined();
      expect(body.snapshot.valueChain.length).toBeGreaterThan(0);
      expect(body.snapshot.relationships.length).toBeGreaterThan(0);
      expect(body.snapshot.plan).toBeDefined();
      expect(body.history.length).toBeGreaterThan(0);
    });

    it('answers 404 for a portal without an installation, whatever account it names', async () => {
      const answer = await signedFetch(d, 'GET', `/api/accounts/${accountId}${cardQuery(99_999_999)}`);
      expect(answer.status).toBe(404);
      expect(((await answer.json()) as ErrorAnswer).code).toBe('UNKNOWN_TENANT');
    });

    it("keeps another installation's view apart: its history of the account is its own", async () => {
      const other = await d.service.store.saveTenant({
        crm: 'hubspot',
        externalId: '87654321',
        name: 'Other portal',
        lang: 'en',
        apiBaseUrl: d.sandboxUrl,
        credentials: { kind: 'hubspot-private-app', accessToken: DEMO.hubspot.privateAppToken },
      });
      try {
        const history = (portal: string | number) =>
          signedFetch(d, 'GET', `/api/accounts/${accountId}/history${cardQuery(portal)}`).then(async (a) => ({
            status: a.status,
            body: (await a.json()) as { history: unknown[] },
          }));
        const own = await history(DEMO_PORTAL_ID);
        const foreign = await history(87_654_321);
        expect(own.status).toBe(200);
        expect(own.body.history.length).toBeGreaterThan(0);
        expect(foreign).toEqual({ status: 200, body: { history: [] } });
        expect((await historyOf(d, accountId, other.id)).length).toBe(0);
      } finally {
        await d.service.store.deleteTenant(other.id);
      }
    });

    const refusals: { name: string; reason: string; send: () => Promise<Response> }[] = [
      {
        name: 'unsigned',
        reason: 'missing',
        send: () => fetch(`${d.serviceUrl}/api/accounts/${accountId}${cardQuery()}`),
      },
      {
        name: 'signed with another secret',
        reason: 'mismatch',
        send: () =>
          signedFetch(d, 'GET', `/api/accounts/${accountId}${cardQuery()}`, { secret: 'someone-else' }),
      },
      {
        name: 'signed for another portal id than it names',
        reason: 'mismatch',
        send: () =>
          signedFetch(d, 'GET', `/api/accounts/${accountId}${cardQuery()}`, {
            signedUrl: `${d.serviceUrl}/api/accounts/${accountId}${cardQuery(99_999_999)}`,
          }),
      },
      {
        name: 'signed more than 5 minutes ago',
        reason: 'stale',
        send: () =>
          signedFetch(d, 'GET', `/api/accounts/${accountId}${cardQuery()}`, {
            timestamp: Date.now() - 6 * 60_000,
          }),
      },
      {
        name: 'signed but without a portal id',
        reason: 'no-portal',
        send: () => signedFetch(d, 'GET', `/api/accounts/${accountId}`),
      },
    ];

    it.each(refusals)('refuses a request $name with 401 ($reason)', async ({ reason, send }) => {
      const before = await d.metric('kam_events_rejected_total', { source: 'card', reason });
      const answer = await send();
      expect(answer.status).toBe(401);
      const body = (await answer.json()) as ErrorAnswer;
      expect(body.code).toBe('BAD_SIGNATURE');
      expect(body.message).toContain(reason);
      expect(JSON.stringify(body)).not.toContain('"snapshot"');
      expect(await d.metric('kam_events_rejected_total', { source: 'card', reason })).toBe(before + 1);
    });
  });

  describe('PUT and DELETE of KAM records', () => {
    const action: Omit<Action, 'id'> = {
      title: 'Werksbesichtigung mit dem Einkauf',
      goal: 'Entscheider kennenlernen',
      start: '2030-03-02',
      due: '2030-03-20',
      status: 'planned',
      kind: 'reference_visit',
      effortHours: 6,
    };
    let savedId: string;

    it('saves a new action in HubSpot, linked to the account, and re-scores the account', async () => {
      const historyBefore = (await historyOf(d, accountId)).length;

      const answer = await signedFetch(d, 'PUT', `/api/accounts/${accountId}/records/action${cardQuery()}`, {
        body: JSON.stringify({ id: 'new', ...action }),
      });

      expect(answer.status).toBe(200);
      const { record } = (await answer.json()) as { record: Action };
      expect(record).toEqual({ ...action, id: expect.stringMatching(/^\d+$/) });
      savedId = record.id;
      const stored = await d.hubspot.crm.objects.basicApi.getById(actionType, savedId, [
        'title',
        'status',
        'due_date',
      ]);
      expect(stored.properties).toMatchObject({ title: action.title, status: 'planned' });
      expect(stored.properties.due_date).toContain('2030-03-20');

      const entry = await nextHistoryEntry(d, accountId, historyBefore, 30_000);
      const snapshot = await loadSnapshot(accountId);
      expect(snapshot.actions.find((a) => a.id === savedId)).toMatchObject(action);
      expect(entry.inputHash).toBe(
        analyseAccount(snapshot, DEFAULT_MODEL, new Date(entry.scoredAt)).score.inputHash,
      );
      await settle(d);
    }, 60_000);

    it('deletes the action from HubSpot and re-scores the account', async () => {
      const historyBefore = (await historyOf(d, accountId)).length;

      const answer = await signedFetch(
        d,
        'DELETE',
        `/api/accounts/${accountId}/records/action/${savedId}${cardQuery()}`,
      );

      expect(answer.status).toBe(204);
      await expect(d.hubspot.crm.objects.basicApi.getById(actionType, savedId)).rejects.toMatchObject({
        code: 404,
      });
      const entry = await nextHistoryEntry(d, accountId, historyBefore, 30_000);
      const snapshot = await loadSnapshot(accountId);
      expect(snapshot.actions.map((a) => a.id)).not.toContain(savedId);
      expect(entry.inputHash).toBe(
        analyseAccount(snapshot, DEFAULT_MODEL, new Date(entry.scoredAt)).score.inputHash,
      );
      await settle(d);
    }, 60_000);

    it("cannot change or delete another account's record through this account", async () => {
      let other = '';
      let otherAction: Action | undefined;
      for (const id of await hubspotKeyAccounts(d)) {
        if (id === accountId) continue;
        otherAction = (await loadSnapshot(id)).actions[0];
        other = id;
        if (otherAction) break;
      }
      if (!otherAction) throw new Error('the demo portfolio has no other account with an action');
      const update = await signedFetch(d, 'PUT', `/api/accounts/${accountId}/records/action${cardQuery()}`, {
        body: JSON.stringify({ ...otherAction, title: 'übernommen' }),
      });
      expect(update.status).toBe(404);
      const removal = await signedFetch(
        d,
        'DELETE',
        `/api/accounts/${accountId}/records/action/${otherAction.id}${cardQuery()}`,
      );
      expect(removal.status).toBe(404);
      expect((await loadSnapshot(other)).actions.find((a) => a.id === otherAction.id)).toEqual(otherAction);
    }, 30_000);

    const invalid: { name: string; kind: string; body: unknown; field: string }[] = [
      {
        name: 'an action without a title',
        kind: 'action',
        body: { ...action, id: 'new', title: undefined },
        field: 'body.title',
      },
      {
        name: 'an action due before it starts',
        kind: 'action',
        body: { ...action, id: 'new', due: '2030-01-01' },
        field: 'body.due',
      },
      {
        name: 'an action with an unknown status',
        kind: 'action',
        body: { ...action, id: 'new', status: 'someday' },
        field: 'body.status',
      },
      {
        name: 'a potential with a probability above 1',
        kind: 'potential',
        body: { id: 'new', productLine: 'Hydraulik', horizon: 'short', volumePerYear: 1000, probability: 7 },
        field: 'body.probability',
      },
      { name: 'a record of an unknown kind', kind: 'invoice', body: { id: 'new' }, field: 'path.kind' },
    ];

    it.each(invalid)('refuses $name with 400 naming $field', async ({ kind, body, field }) => {
      const historyBefore = await historyOf(d, accountId);
      const answer = await signedFetch(d, 'PUT', `/api/accounts/${accountId}/records/${kind}${cardQuery()}`, {
        body: JSON.stringify(body),
      });
      expect(answer.status).toBe(400);
      const error = (await answer.json()) as ErrorAnswer;
      expect(error.message).toContain(field);
      const depth = await d.service.queue.depth();
      expect(depth.waiting + depth.active).toBe(0);
      expect(await historyOf(d, accountId)).toEqual(historyBefore);
    });
  });
});

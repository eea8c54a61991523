import { describe, expect, it } from '@jest/globals';
import { Alert, Button, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { FetchFunction } from '../../extension/hubspot/src/app/cards/shared/api.js';
import { CardApiError, createApiClient } from '../../extension/hubspot/src/app/cards/shared/api.js';
import { createCardApi } from '../../extension/hubspot/src/app/cards/shared/card-api.js';
import { errorMessage } from '../../extension/hubspot/src/app/cards/shared/errors.js';
import { SERVICE_URL } from '../../extension/hubspot/src/app/cards/shared/service.js';
import { AccountGate } from '../../extension/hubspot/src/app/cards/shared/states.js';
import { demoAnswer, fakeApi } from './fixtures.js';

interface Request {
  readonly url: string;
  readonly method: string | undefined;
  readonly headers: unknown;
  readonly body: unknown;
}

/** A fetch that records requests and answers with `status` and `body`. */
function fakeFetch(status: number, body?: unknown, raw?: string) {
  const requests: Request[] = [];
  const fetch: FetchFunction = async (url, options) => {
    requests.push({
      url: String(url),
      method: options?.method,
      headers: options?.headers,
      body: options?.body,
    });
    const text = raw ?? (body === undefined ? null : JSON.stringify(body));
    return new Response(text, { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

describe('the card API client', () => {
  it('reads the account with the user’s language', async () => {
    const answer = demoAnswer('acc-001');
    const { fetch, requests } = fakeFetch(200, answer);
    const client = createApiClient(fetch, '4711', 'de');
    await expect(client.account()).resolves.toEqual(answer);
    expect(requests).toEqual([
      {
        url: `${SERVICE_URL}/api/accounts/4711`,
        method: 'GET',
        headers: expect.objectContaining({ 'Accept-Language': 'de' }),
        body: undefined,
      },
    ]);
  });

  it('puts a whole record and answers it as saved', async () => {
    const record = { id: 'new-1', fromId: 'c1', toId: 'c2', kind: 'trusts' as const, strength: 2 };
    const { fetch, requests } = fakeFetch(200, { record: { ...record, id: '901' } });
    const saved = await createApiClient(fetch, '4711', 'en').saveRecord('relationship', record);
    expect(saved.id).toBe('901');
    expect(requests[0]).toMatchObject({
      url: `${SERVICE_URL}/api/accounts/4711/records/relationship`,
      method: 'PUT',
      body: record,
      headers: expect.objectContaining({ 'Accept-Language': 'en' }),
    });
  });

  it('deletes, recomputes and asks for a workspace link for this account', async () => {
    const deleted = fakeFetch(204);
    await expect(
      createApiClient(deleted.fetch, '4711', 'en').deleteRecord('action', '77'),
    ).resolves.toBeUndefined();
    expect(deleted.requests[0]).toMatchObject({
      url: `${SERVICE_URL}/api/accounts/4711/records/action/77`,
      method: 'DELETE',
    });
    const recompute = fakeFetch(200, { score: { score: 50 }, written: true });
    await createApiClient(recompute.fetch, '4711', 'en').recompute();
    expect(recompute.requests[0]).toMatchObject({
      url: `${SERVICE_URL}/api/accounts/4711/recompute`,
      method: 'POST',
    });
    const link = fakeFetch(200, { url: 'https://x/workspace/#link=t', expiresAt: '2026-11-27T10:00:00Z' });
    await expect(createApiClient(link.fetch, '4711', 'de').workspaceLink()).resolves.toMatchObject({
      url: 'https://x/workspace/#link=t',
    });
    expect(link.requests[0]).toMatchObject({
      url: `${SERVICE_URL}/api/workspace/link`,
      method: 'POST',
    });
    expect(link.requests[0]?.body).toEqual({ accountId: '4711', lang: 'de' });
  });

  it('names the view the workspace should scroll to in the link request', async () => {
    for (const view of ['sociogram', 'org-chart', 'timeline'] as const) {
      const link = fakeFetch(200, { url: 'https://x/workspace/#link=t', expiresAt: '2026-11-27T10:00:00Z' });
      await createApiClient(link.fetch, '4711', 'en').workspaceLink(view);
      expect(link.requests[0]?.body).toEqual({ accountId: '4711', lang: 'en', view });
    }
  });

  it('turns a successful answer that is not the service’s JSON into a clear error in the user’s language', async () => {
    const html = fakeFetch(200, undefined, '<html>Login</html>');
    await expect(createApiClient(html.fetch, '1', 'de').account()).rejects.toMatchObject({
      code: 'BAD_ANSWER',
      message: 'Der KAM-Service hat eine unerwartete Antwort geschickt. Bitte versuchen Sie es erneut.',
    });
    const older = fakeFetch(200, { tenant: {}, snapshot: { account: {} }, view: {} });
    await expect(createApiClient(older.fetch, '1', 'en').account()).rejects.toMatchObject({
      code: 'BAD_ANSWER',
      message: 'The KAM service sent an unexpected answer. Please try again.',
    });
    const noRecord = fakeFetch(200, { saved: true });
    await expect(
      createApiClient(noRecord.fetch, '1', 'en').saveRecord('potential', {
        id: 'new-1',
        productLine: 'Retrofit',
        horizon: 'short',
        volumePerYear: 1,
        probability: 0.5,
      }),
    ).rejects.toMatchObject({ code: 'BAD_ANSWER' });
    const noScore = fakeFetch(200, { written: true });
    await expect(createApiClient(noScore.fetch, '1', 'en').recompute()).rejects.toMatchObject({
      code: 'BAD_ANSWER',
    });
    const noUrl = fakeFetch(200, {});
    await expect(createApiClient(noUrl.fetch, '1', 'en').workspaceLink()).rejects.toMatchObject({
      code: 'BAD_ANSWER',
    });
  });

  it('turns the service’s error body into an error with its message and code', async () => {
    const { fetch } = fakeFetch(404, {
      status: 'error',
      code: 'NOT_KEY_ACCOUNT',
      message: 'Kein Key Account: 4711',
    });
    const failure = createApiClient(fetch, '4711', 'de').account();
    await expect(failure).rejects.toBeInstanceOf(CardApiError);
    await expect(failure).rejects.toMatchObject({
      code: 'NOT_KEY_ACCOUNT',
      message: 'Kein Key Account: 4711',
      status: 404,
    });
  });

  it('says clearly when the service cannot be reached or answers without a message', async () => {
    const offline: FetchFunction = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(createApiClient(offline, '1', 'de').account()).rejects.toMatchObject({
      code: 'NETWORK',
      message: expect.stringContaining('KAM-Service ist nicht erreichbar'),
    });
    await expect(createApiClient(offline, '1', 'en').account()).rejects.toMatchObject({
      message: expect.stringContaining('Cannot reach the KAM service'),
    });
    const proxy = fakeFetch(502, undefined, '<html>Bad gateway</html>');
    await expect(createApiClient(proxy.fetch, '1', 'en').account()).rejects.toMatchObject({
      code: 'HTTP',
      status: 502,
      message: 'The KAM service answered with status 502.',
    });
  });

  it('takes the company id, the locale and the modal from HubSpot', async () => {
    const { mocks } = createRenderer('crm.record.tab');
    const { fetch, requests } = fakeFetch(200, { url: 'https://x/w', expiresAt: '' });
    mocks.context.user.locale = 'de-DE';
    const api = createCardApi(fetch, mocks.context, mocks.actions);
    expect(api).toMatchObject({ accountId: String(mocks.context.crm.objectId), lang: 'de' });
    expect(api.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await api.workspaceLink();
    expect(requests[0]?.body).toEqual({ accountId: String(mocks.context.crm.objectId), lang: 'de' });
    api.openIframeModal({ uri: 'https://x/w', title: 'W', width: 10, height: 10 });
    expect(mocks.actions.openIframeModal.calls[0]?.[0]).toMatchObject({ uri: 'https://x/w' });
    mocks.context.user.locale = 'en-US';
    expect(createCardApi(fetch, mocks.context, mocks.actions).lang).toBe('en');
  });
});

describe('error texts', () => {
  it('show the service’s message, and a general text in the user’s language for anything else', () => {
    expect(errorMessage(new CardApiError('Kein Zugriff auf HubSpot.', 'CRM_AUTH', 502), 'en')).toBe(
      'Kein Zugriff auf HubSpot.',
    );
    const bug = new TypeError("Cannot read properties of undefined (reading 'score')");
    expect(errorMessage(bug, 'de')).toBe('Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.');
    expect(errorMessage(bug, 'en')).toBe('Something went wrong. Please try again.');
    expect(errorMessage('thrown text', 'en')).toBe('Something went wrong. Please try again.');
  });
});

describe('an unexpected answer on the card', () => {
  const answer = demoAnswer('acc-001');

  it('shows a localized error with retry, not a crash, when the service answers an unexpected 200', async () => {
    const { fetch } = fakeFetch(200, undefined, '<html>Proxy login</html>');
    const { render, find, waitFor } = createRenderer('crm.record.tab');
    const api = { ...fakeApi(answer, { lang: 'de' }), ...createApiClient(fetch, '1', 'de') };
    render(<AccountGate api={api}>{(p) => <Text>{p.answer.view.score.strategy.de}</Text>}</AccountGate>);
    await waitFor(() =>
      expect(find(Alert).text).toBe(
        'Der KAM-Service hat eine unerwartete Antwort geschickt. Bitte versuchen Sie es erneut.',
      ),
    );
    expect(find(Button).text).toBe('Erneut versuchen');
  });
});

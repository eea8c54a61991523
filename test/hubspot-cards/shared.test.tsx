import { describe, expect, it } from '@jest/globals';
import { Alert, Button, EmptyState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import {
  formatDate as coreDate,
  formatMoney as coreMoney,
  formatPercent as corePercent,
} from '../../src/core/i18n/index.js';
import * as core from '../../src/core/model/values.js';
import type { FetchFunction } from '../../extension/hubspot/src/app/cards/shared/api.js';
import { CardApiError, createApiClient } from '../../extension/hubspot/src/app/cards/shared/api.js';
import { createCardApi } from '../../extension/hubspot/src/app/cards/shared/card-api.js';
import { fromCalendarDate, toCalendarDate } from '../../extension/hubspot/src/app/cards/shared/dates.js';
import {
  formatDate,
  formatMoney,
  formatPercent,
} from '../../extension/hubspot/src/app/cards/shared/format.js';
import { langOf } from '../../extension/hubspot/src/app/cards/shared/i18n.js';
import { SERVICE_URL } from '../../extension/hubspot/src/app/cards/shared/service.js';
import { AccountGate } from '../../extension/hubspot/src/app/cards/shared/states.js';
import * as cards from '../../extension/hubspot/src/app/cards/shared/vocabulary.js';
import { demoAnswer, failing, fakeApi, textOf } from './fixtures.js';

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

describe('vocabulary', () => {
  it('copies the core’s values exactly', () => {
    expect(cards.BUYING_ROLES).toEqual(core.BUYING_ROLES);
    expect(cards.RELATIONSHIP_KINDS).toEqual(core.RELATIONSHIP_KINDS);
    expect(cards.PRIMARY_ACTIVITIES).toEqual(core.PRIMARY_ACTIVITIES);
    expect(cards.SUPPORT_ACTIVITIES).toEqual(core.SUPPORT_ACTIVITIES);
    expect(cards.VALUE_CHAIN_ASSESSMENTS).toEqual(core.VALUE_CHAIN_ASSESSMENTS);
    expect(cards.HORIZONS).toEqual(core.HORIZONS);
    expect(cards.ACTION_STATUSES).toEqual(core.ACTION_STATUSES);
    expect(cards.ACTION_KINDS).toEqual(core.ACTION_KINDS);
  });
});

describe('language and formats', () => {
  it('speaks German to German locales and English to everyone else', () => {
    expect(langOf('de')).toBe('de');
    expect(langOf('de-AT')).toBe('de');
    expect(langOf('DE-ch')).toBe('de');
    expect(langOf('en-us')).toBe('en');
    expect(langOf('fr')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });

  it('formats money, percent and dates as the core does', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const v of [0, 25_000, 1_234_567.4, 99.5]) expect(formatMoney(v, lang)).toBe(coreMoney(v, lang));
      expect(formatMoney(1200, lang, 'CHF')).toBe(coreMoney(1200, lang, 'CHF'));
      for (const v of [0, 0.25, 0.999, 1.5]) expect(formatPercent(v, lang)).toBe(corePercent(v, lang));
      for (const d of ['2026-11-27', '2026-03-01T08:00:00Z'])
        expect(formatDate(d, lang)).toBe(coreDate(d, lang));
    }
    expect(formatDate('later', 'de')).toBe('later');
  });

  it('converts calendar dates for the date input (months from 0)', () => {
    expect(toCalendarDate('2026-01-31')).toEqual({ year: 2026, month: 0, date: 31 });
    expect(fromCalendarDate({ year: 2026, month: 11, date: 5 })).toBe('2026-12-05');
    expect(toCalendarDate('31.01.2026')).toBeUndefined();
    expect(toCalendarDate(undefined)).toBeUndefined();
  });
});

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
      body: { accountId: '4711', lang: 'de' },
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

describe('loading states', () => {
  const answer = demoAnswer('acc-001');

  it('shows a spinner, then the account', async () => {
    const { render, find, waitFor } = createRenderer('crm.record.tab');
    render(
      <AccountGate api={fakeApi(answer, { lang: 'de' })}>
        {(p) => <Text>{p.answer.snapshot.account.name}</Text>}
      </AccountGate>,
    );
    expect(find(LoadingSpinner).props.label).toBe('Key-Account-Daten werden geladen …');
    await waitFor(() => expect(find(Text).text).toBe(answer.snapshot.account.name));
  });

  it('explains what a key account is and how to mark one when the company is none', async () => {
    for (const [lang, words] of [
      ['de', 'Noch kein Key Account'],
      ['en', 'Not a key account yet'],
    ] as const) {
      const api = fakeApi(answer, { lang, account: failing('no', 'NOT_KEY_ACCOUNT', 404) });
      const { render, find, waitFor } = createRenderer('crm.record.tab');
      render(<AccountGate api={api}>{() => <Text>content</Text>}</AccountGate>);
      await waitFor(() => expect(find(EmptyState).props.title).toBe(words));
      expect(textOf(find(EmptyState))).toContain('kam_is_key_account');
    }
  });

  it('shows the service’s message and loads again on retry', async () => {
    let fail = true;
    const api = fakeApi(answer, {
      lang: 'en',
      account: async () => {
        if (fail) return failing('Der HubSpot-Zugang ist abgelaufen.', 'CRM_AUTH', 502)();
        return answer;
      },
    });
    const { render, find, waitFor } = createRenderer('crm.record.tab');
    render(<AccountGate api={api}>{() => <Text>content</Text>}</AccountGate>);
    await waitFor(() => expect(find(Alert).text).toBe('Der HubSpot-Zugang ist abgelaufen.'));
    fail = false;
    find(Button).trigger('onClick');
    await waitFor(() => expect(find(Text).text).toBe('content'));
    expect(api.callsOf('account')).toHaveLength(2);
  });
});

import { describe, expect, it } from '@jest/globals';
import { Alert, Button, EmptyState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import {
  formatDate as coreDate,
  formatMoney as coreMoney,
  formatPercent as corePercent,
} from '../../src/core/i18n/index.js';
import * as core from '../../src/core/model/values.js';
import { fromCalendarDate, toCalendarDate } from '../../extension/hubspot/src/app/cards/shared/dates.js';
import {
  formatDate,
  formatMoney,
  formatPercent,
} from '../../extension/hubspot/src/app/cards/shared/format.js';
import { langOf } from '../../extension/hubspot/src/app/cards/shared/i18n.js';
import { AccountGate } from '../../extension/hubspot/src/app/cards/shared/states.js';
import * as cards from '../../extension/hubspot/src/app/cards/shared/vocabulary.js';
import { demoAnswer, failing, fakeApi, textOf } from './fixtures.js';

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

import { describe, expect, it } from '@jest/globals';
import type { ExtensionPointApi } from '@hubspot/ui-extensions';
import { Heading, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { ReactElement } from 'react';
import { langOf, metricLabel, t } from '../../extension/hubspot/src/app/settings/messages.js';
import { SERVICE_URL } from '../../extension/hubspot/src/app/settings/service.js';
import { t as coreT } from '../../src/core/i18n/index.js';
import { AXES, DEFAULT_MODEL, METRIC_IDS, METRICS } from '../../src/core/scoring/index.js';
import { fakeFetch, modelAnswer } from './settings-fixtures.js';

type Extend = (api: ExtensionPointApi<'settings'>) => ReactElement;

let entry: Promise<Extend> | undefined;

/** The entry's render callback: `hubspot.extend` is replaced before the entry module runs (once). */
function loadEntry(): Promise<Extend> {
  entry ??= (async () => {
    let callback: Extend | undefined;
    hubspot.extend = ((cb: Extend) => {
      callback = cb;
    }) as typeof hubspot.extend;
    await import('../../extension/hubspot/src/app/settings/Settings.js');
    if (!callback) throw new Error('Settings.tsx did not call hubspot.extend');
    return callback;
  })();
  return entry;
}

describe('settings entry (Settings.tsx)', () => {
  it("renders the page in the user's language and calls the service through hubspot.fetch", async () => {
    const extend = await loadEntry();
    const { fetch, calls } = fakeFetch({ status: 200, body: modelAnswer(DEFAULT_MODEL, true) });
    hubspot.fetch = fetch as unknown as typeof hubspot.fetch;
    const renderer = createRenderer('settings');
    const context = { ...renderer.mocks.context, user: { ...renderer.mocks.context.user, locale: 'de-de' } };
    renderer.render(
      extend({
        context,
        actions: renderer.mocks.actions,
        runServerlessFunction: renderer.mocks.runServerlessFunction,
      }),
    );
    await renderer.waitFor(() => expect(renderer.find(Heading).text).toBe(DEFAULT_MODEL.name.de));
    expect(calls[0]?.url).toBe(`${SERVICE_URL}/api/settings/model`);
    expect(calls[0]?.options.headers).toMatchObject({ 'Accept-Language': 'de' });
  });
});

describe('settings entry: the language', () => {
  it('falls back to the user’s language when HubSpot gives no locale, as the cards do', async () => {
    const extend = await loadEntry();
    const { fetch, calls } = fakeFetch({ status: 200, body: modelAnswer(DEFAULT_MODEL, true) });
    hubspot.fetch = fetch as unknown as typeof hubspot.fetch;
    const renderer = createRenderer('settings');
    const user = { ...renderer.mocks.context.user, locale: undefined, language: 'de' };
    const context = { ...renderer.mocks.context, user };
    renderer.render(
      extend({
        context,
        actions: renderer.mocks.actions,
        runServerlessFunction: renderer.mocks.runServerlessFunction,
      }),
    );
    await renderer.waitFor(() => expect(renderer.find(Heading).text).toBe(DEFAULT_MODEL.name.de));
    expect(calls[0]?.options.headers).toMatchObject({ 'Accept-Language': 'de' });
  });
});

describe('settings texts', () => {
  it('are German for German locales and English otherwise', () => {
    expect(['de', 'de-de', 'de-AT', 'DE'].map(langOf)).toEqual(['de', 'de', 'de', 'de']);
    expect(['en-us', 'fr', 'es-es', undefined].map(langOf)).toEqual(['en', 'en', 'en', 'en']);
  });

  it("name every metric and axis with the core catalog's words", () => {
    for (const lang of ['de', 'en'] as const) {
      for (const id of METRIC_IDS) expect(metricLabel(id, lang)).toBe(coreT(METRICS[id].label, lang));
      for (const axis of AXES) expect(t(`axis.${axis}`, lang)).toBe(coreT(`term.${axis}`, lang));
    }
  });

  it('fill placeholders and keep unknown ones visible', () => {
    expect(t('version', 'de', { version: '2.0' })).toBe('Version 2.0');
    expect(t('unexpected', 'en')).toContain('{status}');
  });
});

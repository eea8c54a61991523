import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  Button,
  Heading,
  LoadingSpinner,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tag,
  TextArea,
  ToggleGroup,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { Lang } from '../../extension/hubspot/src/app/settings/messages.js';
import { SettingsPage } from '../../extension/hubspot/src/app/settings/SettingsPage.js';
import { SERVICE_URL } from '../../extension/hubspot/src/app/settings/service.js';
import type { FetchFunction } from '../../extension/hubspot/src/app/settings/settings-api.js';
import { settingsApi } from '../../extension/hubspot/src/app/settings/settings-api.js';
import { t as coreT } from '../../src/core/i18n/index.js';
import type { ScoringModel } from '../../src/core/scoring/index.js';
import { DEFAULT_MODEL, METRICS } from '../../src/core/scoring/index.js';
import { errorReply, fakeFetch, modelAnswer, ownModel, textOf } from './settings-fixtures.js';

const percent = (share: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);

function renderPage(lang: Lang, ...replies: Parameters<typeof fakeFetch>) {
  const { fetch, calls } = fakeFetch(...replies);
  const renderer = createRenderer('settings');
  renderer.render(<SettingsPage api={settingsApi(fetch, lang)} lang={lang} />);
  return { ...renderer, calls };
}

/** The rows of an axis table as [label, weight] texts. */
function axisRows(renderer: ReturnType<typeof renderPage>, axis: string): string[][] {
  return renderer
    .findByTestId(Table, `axis-${axis}`)
    .find(TableBody)
    .findAll(TableRow)
    .map((row) => row.findAll(TableCell).map(textOf));
}

/** What the page should list for an axis of a model, computed from the model and the core catalog. */
function expectedRows(model: ScoringModel, axis: string, lang: Lang): string[][] {
  const criteria = model.criteria.filter((c) => c.axis === axis);
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return criteria.map((c) => [coreT(METRICS[c.metric].label, lang), percent(c.weight / total, lang)]);
}

describe('settings page: the scoring model', () => {
  it('shows a spinner while the model loads', () => {
    const page = renderPage('en', 'pending');
    expect(page.find(LoadingSpinner).props.label).toBe('Loading the scoring model …');
  });

  it.each(['de', 'en'] as const)(
    'shows name, version, criteria per axis with weights and tiers (%s)',
    async (lang) => {
      const page = renderPage(lang, { status: 200, body: modelAnswer(DEFAULT_MODEL, true) });
      await page.waitFor(() => expect(page.find(Heading).text).toBe(DEFAULT_MODEL.name[lang]));
      expect(textOf(page.getRootNode())).toContain(DEFAULT_MODEL.version);
      expect(page.find(Tag).text).toBe(lang === 'de' ? 'Standardmodell' : 'Default model');
      for (const axis of ['attractiveness', 'position'])
        expect(axisRows(page, axis)).toEqual(expectedRows(DEFAULT_MODEL, axis, lang));
      expect(textOf(page.getRootNode())).toContain(coreT('term.attractiveness', lang));
      expect(textOf(page.getRootNode())).toContain(percent(0.6, lang));
      expect(textOf(page.getRootNode())).toContain(String(DEFAULT_MODEL.tiers.A));
      expect(page.maybeFind(Alert, { variant: 'warning' })).toBeNull();
    },
  );

  it("lists the service's warnings in the user's language, and an own model as such", async () => {
    const answer = modelAnswer(ownModel(), false);
    expect(answer.warnings.length).toBeGreaterThan(0);
    const page = renderPage('de', { status: 200, body: answer });
    await page.waitFor(() => expect(page.find(Heading).text).toBe('Modell der Muster AG'));
    expect(page.find(Tag).text).toBe('Eigenes Modell');
    const warning = page.find(Alert, { variant: 'warning' });
    for (const w of answer.warnings) expect(textOf(warning)).toContain(w.text.de);
    expect(axisRows(page, 'position')).toEqual(expectedRows(ownModel(), 'position', 'de'));
  });

  it("calls the service's model endpoint in the user's language", async () => {
    const page = renderPage('de', { status: 200, body: modelAnswer(DEFAULT_MODEL, true) });
    await page.waitFor(() => expect(page.find(Heading).text).toBe(DEFAULT_MODEL.name.de));
    expect(page.calls).toEqual([
      {
        url: `${SERVICE_URL}/api/settings/model`,
        options: { method: 'GET', headers: { 'Accept-Language': 'de', Accept: 'application/json' } },
      },
    ]);
  });

  it("shows the service's error and loads again on retry", async () => {
    const page = renderPage('en', errorReply(403, 'UNKNOWN_TENANT', 'HubSpot portal 42 is not installed.'), {
      status: 200,
      body: modelAnswer(DEFAULT_MODEL, true),
    });
    await page.waitFor(() =>
      expect(page.find(Alert).props.title).toBe('The scoring model could not be loaded'),
    );
    expect(textOf(page.find(Alert))).toContain('HubSpot portal 42 is not installed.');
    page.find(Button).trigger('onClick');
    await page.waitFor(() => expect(page.find(Heading).text).toBe(DEFAULT_MODEL.name.en));
    expect(page.calls).toHaveLength(2);
  });

  it('shows a general text in the user’s language for a failure that is not the service’s', async () => {
    // An answer without a body reader: the page's own code fails with an English TypeError.
    const broken: FetchFunction = () =>
      Promise.resolve({ ok: true, status: 200 } as Awaited<ReturnType<FetchFunction>>);
    const renderer = createRenderer('settings');
    renderer.render(<SettingsPage api={settingsApi(broken, 'de')} lang="de" />);
    await renderer.waitFor(() =>
      expect(textOf(renderer.find(Alert))).toContain('Etwas ist schiefgegangen. Bitte erneut versuchen.'),
    );
    expect(textOf(renderer.find(Alert))).not.toMatch(/is not a function/);
  });

  it('says so when the service cannot be reached', async () => {
    const page = renderPage('de', 'network-error');
    await page.waitFor(() =>
      expect(textOf(page.find(Alert))).toContain(
        'Der KAM-Dienst ist nicht erreichbar. Bitte später erneut versuchen.',
      ),
    );
  });
});

// `trigger('onChange', …)` is typed to take the handler itself; the handler receives the value, hence `as never`.
describe('settings page: choosing the model', () => {
  it('puts the default model back', async () => {
    const page = renderPage(
      'en',
      { status: 200, body: modelAnswer(ownModel(), false) },
      { status: 200, body: modelAnswer(DEFAULT_MODEL, true) },
    );
    await page.waitFor(() => expect(page.find(ToggleGroup).props.value).toBe('own'));
    page.find(ToggleGroup).trigger('onChange', 'default' as never);
    expect(page.maybeFind(TextArea)).toBeNull();
    page.find(Button, { variant: 'primary' }).trigger('onClick');
    await page.waitFor(() =>
      expect(textOf(page.find(Alert, { variant: 'success' }))).toContain('KAM default model'),
    );
    expect(page.calls[1]).toEqual({
      url: `${SERVICE_URL}/api/settings/model`,
      options: {
        method: 'PUT',
        body: { useDefault: true },
        headers: { 'Accept-Language': 'en', Accept: 'application/json' },
      },
    });
    expect(page.find(Heading).text).toBe(DEFAULT_MODEL.name.en);
  });

  it("saves a pasted model; a refusal shows the service's message and keeps the text", async () => {
    const pasted = JSON.stringify({ ...ownModel(), criteria: ownModel().criteria.slice(0, 2) });
    const fixed = JSON.stringify(ownModel());
    const refusal =
      'Ungültiger Inhalt: model.criteria: attractiveness has 2 criteria; a model needs 3 to 7 per axis';
    const page = renderPage(
      'de',
      { status: 200, body: modelAnswer(DEFAULT_MODEL, true) },
      errorReply(400, 'BAD_REQUEST', refusal),
      { status: 200, body: modelAnswer(ownModel(), false) },
    );
    await page.waitFor(() => expect(page.find(ToggleGroup).props.value).toBe('default'));
    page.find(ToggleGroup).trigger('onChange', 'own' as never);
    expect(JSON.parse(page.find(TextArea).props.value ?? '')).toEqual(
      JSON.parse(JSON.stringify(DEFAULT_MODEL)),
    );
    page.find(TextArea).trigger('onChange', pasted as never);
    page.find(Button, { variant: 'primary' }).trigger('onClick');
    await page.waitFor(() => expect(textOf(page.find(Alert, { variant: 'error' }))).toContain(refusal));
    expect(page.find(Alert, { variant: 'error' }).props.title).toBe('Das Modell wurde nicht gespeichert');
    expect(page.find(TextArea).props.value).toBe(pasted);
    expect(page.calls[1]?.options).toMatchObject({ method: 'PUT', body: { model: JSON.parse(pasted) } });

    page.find(TextArea).trigger('onChange', fixed as never);
    page.find(Button, { variant: 'primary' }).trigger('onClick');
    await page.waitFor(() =>
      expect(textOf(page.find(Alert, { variant: 'success' }))).toContain('Modell der Muster AG'),
    );
    expect(page.calls[2]?.options).toMatchObject({ method: 'PUT', body: { model: JSON.parse(fixed) } });
    expect(page.find(Heading).text).toBe('Modell der Muster AG');
    expect(page.find(TextArea).props.value).toBe(fixed);
  });

  it('refuses text that is no JSON before calling the service, and keeps it', async () => {
    const page = renderPage('en', { status: 200, body: modelAnswer(DEFAULT_MODEL, true) });
    await page.waitFor(() => expect(page.find(ToggleGroup).props.value).toBe('default'));
    page.find(ToggleGroup).trigger('onChange', 'own' as never);
    page.find(TextArea).trigger('onChange', '{ "id": "half' as never);
    page.find(Button, { variant: 'primary' }).trigger('onClick');
    await page.waitFor(() =>
      expect(textOf(page.find(Alert, { variant: 'error' }))).toBe('Not valid JSON (line 1, column 14).'),
    );
    expect(page.find(TextArea).props.value).toBe('{ "id": "half');
    expect(page.calls).toHaveLength(1);
  });

  it('says in German where the pasted text stops being JSON', async () => {
    const page = renderPage('de', { status: 200, body: modelAnswer(DEFAULT_MODEL, true) });
    await page.waitFor(() => expect(page.find(ToggleGroup).props.value).toBe('default'));
    page.find(ToggleGroup).trigger('onChange', 'own' as never);
    page.find(TextArea).trigger('onChange', '{\n  "id": "muster",\n  "tiers": { "A": 70, }\n}' as never);
    page.find(Button, { variant: 'primary' }).trigger('onClick');
    await page.waitFor(() =>
      expect(textOf(page.find(Alert, { variant: 'error' }))).toBe('Kein gültiges JSON (Zeile 3, Spalte 23).'),
    );
    expect(page.calls).toHaveLength(1);
  });
});

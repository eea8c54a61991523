import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  BarChart,
  Button,
  EmptyState,
  Form,
  Input,
  NumberInput,
  Select,
  StatisticsItem,
  Table,
  TableHeader,
  TableRow,
  TextArea,
} from '@hubspot/ui-extensions';
import { formatMoney, formatPercent } from '../../src/core/i18n/index.js';
import { OpportunitiesView } from '../../extension/hubspot/src/app/cards/opportunities/OpportunitiesView.js';
import type { FakeApi, Rendered } from './fixtures.js';
import {
  answerFor,
  demoAnswer,
  demoSnapshot,
  failing,
  fakeApi,
  fire,
  renderLoaded,
  textOf,
} from './fixtures.js';

const renderCard = (api: FakeApi) => renderLoaded(<OpportunitiesView api={api} />);

const answer = demoAnswer('acc-001');
const { horizons } = answer.view;
const HORIZON_EN = {
  short: 'short term (≤ 12 months)',
  medium: 'medium term (1–3 years)',
  long: 'long term (> 3 years)',
};

describe('the opportunities card', () => {
  it('charts potential per horizon, weighted and unweighted', async () => {
    const { find } = await renderCard(fakeApi(answer, { lang: 'en' }));
    const data = find(BarChart).props.data as { horizon: string; series: string; volume: number }[];
    expect(data).toHaveLength(6);
    for (const h of horizons.horizons) {
      expect(data).toContainEqual({
        horizon: HORIZON_EN[h.horizon],
        series: 'unweighted',
        volume: h.volumePerYear,
      });
      expect(data).toContainEqual({
        horizon: HORIZON_EN[h.horizon],
        series: 'weighted',
        volume: Math.round(h.weightedVolumePerYear),
      });
    }
    expect(horizons.total.volumePerYear).toBeGreaterThan(0);
  });

  it('shows current revenue and share of wallet', async () => {
    const sow = horizons.shareOfWallet!;
    expect(sow.walletSource).toBe('stated');
    const { findByTestId } = await renderCard(fakeApi(answer, { lang: 'en' }));
    expect(findByTestId(StatisticsItem, 'current-revenue').props).toMatchObject({
      label: `Revenue ${horizons.revenueYear}`,
      number: formatMoney(horizons.currentRevenue, 'en'),
    });
    const share = findByTestId(StatisticsItem, 'share-of-wallet');
    expect(share.props.number).toBe(formatPercent(sow.share, 'en'));
    expect(textOf(share)).toBe(`of the customer’s spend of ${formatMoney(sow.wallet, 'en')} a year`);
  });

  it('lists the potentials and the open projects', async () => {
    const { findByTestId } = await renderCard(fakeApi(answer, { lang: 'en' }));
    for (const p of answer.snapshot.potentials) {
      const row = textOf(findByTestId(TableRow, `potential-${p.id}`));
      expect(row).toContain(p.productLine);
      expect(row).toContain(HORIZON_EN[p.horizon]);
      expect(row).toContain(formatMoney(p.volumePerYear, 'en'));
      expect(row).toContain(formatPercent(p.probability, 'en'));
    }
    for (const p of answer.view.projects.projects) {
      const row = textOf(findByTestId(TableRow, `project-${p.dealId}`));
      expect(row).toContain(p.name);
      expect(row).toContain(formatMoney(p.amount, 'en'));
    }
  });

  it('warns to assess a project of n times last year’s revenue before investing', async () => {
    const event = demoAnswer('acc-event');
    const { findAll } = await renderCard(fakeApi(event, { lang: 'de' }));
    const alerts = findAll(Alert, (a) => a.props.testId?.startsWith('event-driven-') === true);
    expect(alerts.map((a) => [a.props.testId, a.props.variant, a.props.title])).toEqual([
      ['event-driven-acc-event-d11', 'warning', 'Ereignisgetrieben: erst bewerten, dann investieren'],
    ]);
    expect(textOf(alerts[0]!)).toContain(
      `„Neue Produktionslinie Fulda: Automatisierung und Antriebe“ ist das 9,5-Fache des Umsatzes 2025 (${formatMoney(15_300, 'de')}).`,
    );
    const calm = await renderCard(fakeApi(answer, { lang: 'de' }));
    expect(calm.findAll(Alert, (a) => a.props.testId?.startsWith('event-driven-') === true)).toHaveLength(0);
  });

  it('says so when a project comes from a customer without revenue last year', async () => {
    const snapshot = demoSnapshot('acc-event');
    const noRevenue = answerFor({ ...snapshot, deals: snapshot.deals.filter((d) => d.status === 'open') });
    const { findAll } = await renderCard(fakeApi(noRevenue, { lang: 'en' }));
    const alerts = findAll(Alert, (a) => a.props.testId?.startsWith('event-driven-') === true).map(textOf);
    expect(alerts).toEqual([
      expect.stringContaining(
        '“Kamera-Prüfsystem Linie 4” comes from a customer we had no revenue with in 2025.',
      ),
      expect.stringContaining(
        '“Neue Produktionslinie Fulda: Automatisierung und Antriebe” comes from a customer we had no revenue with in 2025.',
      ),
    ]);
    expect(alerts.some((text) => text.includes('times the'))).toBe(false);
  });

  it('shows the projects’ own gaps, without repeating the event-driven warning', async () => {
    const event = await renderCard(fakeApi(demoAnswer('acc-event'), { lang: 'en' }));
    const gaps = (r: Rendered) =>
      r
        .findAll(Alert, (a) => a.props.testId?.startsWith('project-gap-') === true)
        .map((a) => [a.props.variant, textOf(a)]);
    expect(gaps(event)).toEqual([
      ['warning', 'Open projects need 764 h – more than the annual capacity of 80 h.'],
    ]);
    const late = await renderCard(fakeApi(demoAnswer('acc-009'), { lang: 'en' }));
    expect(gaps(late)).toEqual([
      [
        'warning',
        'Decision date passed: “Frequenzumrichter Nachrüstung Halle 2” was due for a decision on 25 Jul 2026 and is still open.',
      ],
    ]);
  });

  it('adds a potential', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    fire(renderer.findByTestId(Button, 'add-potential'), 'onClick');
    fire(renderer.find(Input, { name: 'productLine' }), 'onChange', 'Retrofit');
    fire(renderer.find(Select, { name: 'horizon' }), 'onChange', 'medium');
    fire(renderer.find(NumberInput, { name: 'volumePerYear' }), 'onChange', 120_000);
    fire(renderer.find(NumberInput, { name: 'probability' }), 'onChange', 30);
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() => expect(renderer.maybeFind(Form)).toBeNull());
    expect(api.refused).toEqual([]);
    const [call] = api.callsOf('saveRecord');
    expect(call).toMatchObject({
      kind: 'potential',
      record: { productLine: 'Retrofit', horizon: 'medium', volumePerYear: 120_000, probability: 0.3 },
    });
    expect((call!.record as { id: string }).id).toMatch(/^new-/);
  });

  it('edits and deletes a potential', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    const p = answer.snapshot.potentials[0]!;
    fire(renderer.findByTestId(Button, `edit-${p.id}`), 'onClick');
    fire(renderer.find(TextArea, { name: 'note' }), 'onChange', 'Budget approved in Q1');
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() => expect(api.callsOf('saveRecord')).toHaveLength(1));
    expect(api.callsOf('saveRecord')[0]!.record).toEqual({ ...p, note: 'Budget approved in Q1' });
    expect(api.refused).toEqual([]);
    fire(renderer.findByTestId(Button, `delete-${p.id}`), 'onClick');
    await renderer.waitFor(() =>
      expect(api.callsOf('deleteRecord')).toEqual([{ method: 'deleteRecord', kind: 'potential', id: p.id }]),
    );
  });

  it('keeps the input and shows the service’s message when saving fails', async () => {
    const api = fakeApi(answer, { lang: 'de', saveRecord: failing('body.volumePerYear: zu groß') });
    const renderer = await renderCard(api);
    fire(renderer.findByTestId(Button, 'add-potential'), 'onClick');
    fire(renderer.find(Input, { name: 'productLine' }), 'onChange', 'Wartungsverträge');
    fire(renderer.find(NumberInput, { name: 'volumePerYear' }), 'onChange', 9e15);
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() =>
      expect(textOf(renderer.findByTestId(Alert, 'save-error'))).toContain('body.volumePerYear: zu groß'),
    );
    expect(renderer.find(Input, { name: 'productLine' }).props.value).toBe('Wartungsverträge');
    expect(renderer.find(NumberInput, { name: 'volumePerYear' }).props.value).toBe(9e15);
  });

  it('refuses a potential without a product line, without calling the service', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    fire(renderer.findByTestId(Button, 'add-potential'), 'onClick');
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() =>
      expect(textOf(renderer.findByTestId(Alert, 'save-error'))).toContain(
        'Product line: Please fill this in.',
      ),
    );
    expect(api.callsOf('saveRecord')).toHaveLength(0);
  });

  it('labels everything in German for a German user', async () => {
    const { find, findAll } = await renderCard(fakeApi(answer, { lang: 'de' }));
    expect(
      find(Table)
        .findAll(TableHeader)
        .map((h) => textOf(h).trim()),
    ).toEqual([
      'Produktlinie',
      'Zeithorizont',
      'Volumen pro Jahr',
      'Wahrscheinlichkeit',
      'gewichtet',
      'Notiz',
      '',
    ]);
    expect(findAll(StatisticsItem).map((s) => s.props.label)).toEqual([
      `Umsatz ${horizons.revenueYear}`,
      'Lieferanteil (Share of Wallet)',
    ]);
    const data = find(BarChart).props.data as { horizon: string }[];
    expect(data[0]!.horizon).toBe('kurzfristig (≤ 12 Monate)');
  });

  it('explains the empty state when the company is not a key account', async () => {
    const { find } = await renderCard(
      fakeApi(answer, { lang: 'en', account: failing('x', 'NOT_KEY_ACCOUNT', 404) }),
    );
    expect(find(EmptyState).props.title).toBe('Not a key account yet');
  });
});

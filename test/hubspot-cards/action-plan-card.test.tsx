import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  BarChart,
  Button,
  DateInput,
  EmptyState,
  Form,
  Input,
  StatusTag,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { formatMoney } from '../../src/core/i18n/index.js';
import { ActionPlanView } from '../../extension/hubspot/src/app/cards/action-plan/ActionPlanView.js';
import type { FakeApi } from './fixtures.js';
import { demoAnswer, failing, fakeApi, fire, LINK_URL, TODAY, textOf, renderLoaded } from './fixtures.js';

const renderCard = (api: FakeApi) => renderLoaded(<ActionPlanView api={api} />);

const answer = demoAnswer('acc-009');
const { plan } = answer.view;

/** Opens the add form and fills in a title and a due date before the start. */
function fillNewAction(
  renderer: Awaited<ReturnType<typeof renderCard>>,
  due: { year: number; month: number; date: number },
) {
  fire(renderer.findByTestId(Button, 'add-action'), 'onClick');
  fire(renderer.find(Input, { name: 'title' }), 'onChange', 'Workshop mit dem Einkauf');
  fire(renderer.find(DateInput, { name: 'due' }), 'onChange', due);
}

describe('the action-plan card', () => {
  it('charts goals against won and weighted pipeline and states the gap', async () => {
    expect(plan.goals.length).toBeGreaterThan(0);
    const { find, findByTestId } = await renderCard(fakeApi(answer, { lang: 'en' }));
    const data = find(BarChart).props.data as { year: string; series: string; amount: number }[];
    for (const g of plan.goals) {
      const year = String(g.year);
      expect(data).toContainEqual({ year, series: 'Target', amount: g.targetRevenue });
      expect(data).toContainEqual({ year, series: 'won', amount: g.won });
      expect(data).toContainEqual({
        year,
        series: 'weighted pipeline',
        amount: Math.round(g.weightedPipeline),
      });
      expect(g.gap).toBeGreaterThan(0);
      expect(findByTestId(Text, `goal-gap-${g.year}`).text).toBe(
        `${year}: gap of ${formatMoney(g.gap, 'en')}`,
      );
    }
  });

  it('lists the actions with status and owner, overdue ones highlighted', async () => {
    expect(plan.actions.overdue.length).toBeGreaterThan(0);
    const { findByTestId, maybeFindByTestId } = await renderCard(fakeApi(answer, { lang: 'en' }));
    const overdue = new Map(plan.actions.overdue.map((f) => [f.actionId, -f.daysUntilDue]));
    for (const a of answer.snapshot.actions) {
      const row = textOf(findByTestId(TableRow, `action-${a.id}`));
      expect(row).toContain(a.title);
      if (a.ownerName) expect(row).toContain(a.ownerName);
      const tag = maybeFindByTestId(StatusTag, `overdue-${a.id}`);
      if (overdue.has(a.id)) {
        expect(tag?.props.variant).toBe('danger');
        expect(tag?.text).toBe(`overdue by ${overdue.get(a.id)} days`);
      } else expect(tag).toBeNull();
    }
    expect(findByTestId(Text, 'progress').text).toBe(
      `${plan.actions.done} of ${plan.actions.total - plan.actions.cancelled} actions done`,
    );
  });

  it('completes an action: status done, completed today', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    const late = answer.snapshot.actions.find((a) => a.id === plan.actions.overdue[0]!.actionId)!;
    fire(renderer.findByTestId(Button, `complete-${late.id}`), 'onClick');
    await renderer.waitFor(() => expect(api.callsOf('saveRecord')).toHaveLength(1));
    expect(api.callsOf('saveRecord')[0]).toEqual({
      method: 'saveRecord',
      kind: 'action',
      record: { ...late, status: 'done', completedOn: TODAY },
    });
    await renderer.waitFor(() => expect(api.callsOf('account')).toHaveLength(2));
    expect(api.refused).toEqual([]);
  });

  it('adds a planned action with the plan’s owner', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const renderer = await renderCard(api);
    fillNewAction(renderer, { year: 2027, month: 0, date: 15 });
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() => expect(renderer.maybeFind(Form)).toBeNull());
    expect(api.refused).toEqual([]);
    const [call] = api.callsOf('saveRecord');
    expect(call).toMatchObject({
      kind: 'action',
      record: {
        title: 'Workshop mit dem Einkauf',
        start: TODAY,
        due: '2027-01-15',
        status: 'planned',
        kind: 'meeting',
        ownerName: answer.snapshot.plan!.ownerName,
      },
    });
    expect((call!.record as { id: string }).id).toMatch(/^new-/);
  });

  it('refuses a due date before the start without calling the service, and keeps the input', async () => {
    const api = fakeApi(answer, { lang: 'de' });
    const renderer = await renderCard(api);
    fillNewAction(renderer, { year: 2026, month: 0, date: 1 });
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() =>
      expect(textOf(renderer.findByTestId(Alert, 'save-error'))).toContain(
        'Das Fälligkeitsdatum liegt vor dem Beginn.',
      ),
    );
    expect(api.callsOf('saveRecord')).toHaveLength(0);
    expect(renderer.find(Input, { name: 'title' }).props.value).toBe('Workshop mit dem Einkauf');
  });

  it('keeps the form and shows the service’s message when saving fails', async () => {
    const api = fakeApi(answer, {
      lang: 'en',
      saveRecord: failing('HubSpot refused the action: owner unknown', 'CRM_ERROR', 502),
    });
    const renderer = await renderCard(api);
    fillNewAction(renderer, { year: 2027, month: 5, date: 30 });
    fire(renderer.find(Form), 'onSubmit');
    await renderer.waitFor(() =>
      expect(textOf(renderer.findByTestId(Alert, 'save-error'))).toContain(
        'HubSpot refused the action: owner unknown',
      ),
    );
    expect(renderer.find(Input, { name: 'title' }).props.value).toBe('Workshop mit dem Einkauf');
    expect(renderer.find(DateInput, { name: 'due' }).props.value).toEqual({ year: 2027, month: 5, date: 30 });
  });

  it('opens the workspace at the timeline', async () => {
    const api = fakeApi(answer, { lang: 'de' });
    const renderer = await renderCard(api);
    const button = renderer.findByTestId(Button, 'open-timeline');
    expect(button.text).toBe('Zeitachse im Arbeitsbereich');
    fire(button, 'onClick');
    await renderer.waitFor(() => expect(api.callsOf('openIframeModal')).toHaveLength(1));
    expect(api.callsOf('openIframeModal')[0]!.modal.uri).toBe(LINK_URL);
    expect(api.callsOf('workspaceLink')).toEqual([{ method: 'workspaceLink', view: 'timeline' }]);
  });

  it('labels everything in German for a German user', async () => {
    const { findAll, findByTestId } = await renderCard(fakeApi(answer, { lang: 'de' }));
    expect(findAll(TableHeader).map((h) => textOf(h).trim())).toEqual([
      'Maßnahme',
      'Status',
      'Verantwortlich',
      'Fällig am',
      '',
    ]);
    const late = plan.actions.overdue[0]!;
    expect(findByTestId(StatusTag, `overdue-${late.actionId}`).text).toBe(
      `überfällig seit ${-late.daysUntilDue} Tagen`,
    );
    expect(findByTestId(Button, 'add-action').text).toBe('Maßnahme hinzufügen');
    expect(findByTestId(Text, `goal-gap-${plan.goals[0]!.year}`).text).toContain('Lücke von');
  });

  it('explains the empty state when the company is not a key account', async () => {
    const { find } = await renderCard(
      fakeApi(answer, { lang: 'de', account: failing('x', 'NOT_KEY_ACCOUNT', 404) }),
    );
    expect(find(EmptyState).props.title).toBe('Noch kein Key Account');
  });
});

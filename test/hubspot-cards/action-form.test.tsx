import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  Button,
  DateInput,
  Form,
  Input,
  NumberInput,
  Select,
  StatusTag,
} from '@hubspot/ui-extensions';
import { ActionPlanView } from '../../extension/hubspot/src/app/cards/action-plan/ActionPlanView.js';
import type { FakeApi, Rendered } from './fixtures.js';
import {
  answerFor,
  demoAnswer,
  demoSnapshot,
  fakeApi,
  fire,
  renderLoaded,
  TODAY,
  textOf,
} from './fixtures.js';

const answer = demoAnswer('acc-009');
const planned = answer.snapshot.actions.find((a) => a.id === 'acc-009-a01')!;
const done = answer.snapshot.actions.find((a) => a.id === 'acc-009-a03')!;
const renderCard = (api: FakeApi) => renderLoaded(<ActionPlanView api={api} />);
const saveError = (r: Rendered) => textOf(r.findByTestId(Alert, 'save-error'));

describe('the action form', () => {
  it('labels the date inputs’ buttons in the user’s language', async () => {
    for (const [lang, clear, today] of [
      ['de', 'Leeren', 'Heute'],
      ['en', 'Clear', 'Today'],
    ] as const) {
      const r = await renderCard(fakeApi(answer, { lang }));
      fire(r.findByTestId(Button, 'add-action'), 'onClick');
      for (const name of ['start', 'due'])
        expect(r.find(DateInput, { name }).props).toMatchObject({
          clearButtonLabel: clear,
          todayButtonLabel: today,
        });
    }
  });

  it('refuses a cleared date as a required field and keeps the other input', async () => {
    const api = fakeApi(answer, { lang: 'de' });
    const r = await renderCard(api);
    fire(r.findByTestId(Button, 'add-action'), 'onClick');
    fire(r.find(Input, { name: 'title' }), 'onChange', 'Workshop mit dem Einkauf');
    fire(r.find(DateInput, { name: 'due' }), 'onChange', null);
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(saveError(r)).toContain('Fällig am: Bitte ausfüllen.'));
    expect(r.find(Input, { name: 'title' }).props.value).toBe('Workshop mit dem Einkauf');
    expect(r.find(DateInput, { name: 'due' }).props.value).toBeUndefined();
    expect(api.callsOf('saveRecord')).toHaveLength(0);
    fire(r.find(DateInput, { name: 'due' }), 'onChange', { year: 2027, month: 1, date: 3 });
    fire(r.find(DateInput, { name: 'start' }), 'onChange', null);
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(saveError(r)).toContain('Beginn: Bitte ausfüllen.'));
    fire(r.find(DateInput, { name: 'start' }), 'onChange', { year: 2027, month: 0, date: 4 });
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.maybeFind(Form)).toBeNull());
    expect(api.callsOf('saveRecord')[0]!.record).toMatchObject({ start: '2027-01-04', due: '2027-02-03' });
    expect(api.refused).toEqual([]);
  });

  it('sets the status; done is completed today', async () => {
    const api = fakeApi(answer, { lang: 'en' });
    const r = await renderCard(api);
    fire(r.findByTestId(Button, `edit-${planned.id}`), 'onClick');
    const status = r.find(Select, { name: 'status' });
    expect(status.props.value).toBe('planned');
    expect(status.props.options.map((o: { label: string }) => o.label)).toEqual([
      'Planned',
      'In progress',
      'Done',
      'Cancelled',
    ]);
    fire(status, 'onChange', 'done');
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.maybeFind(Form)).toBeNull());
    expect(api.callsOf('saveRecord')[0]!.record).toEqual({ ...planned, status: 'done', completedOn: TODAY });
    expect(api.refused).toEqual([]);
  });

  it('keeps the completion date of a done action, and drops it when the action is reopened', async () => {
    expect(done.completedOn).toBe('2026-03-15');
    const save = async (status: string) => {
      const api = fakeApi(answer, { lang: 'en' });
      const r = await renderCard(api);
      fire(r.findByTestId(Button, `edit-${done.id}`), 'onClick');
      fire(r.find(Select, { name: 'status' }), 'onChange', status);
      fire(r.find(Form), 'onSubmit');
      await r.waitFor(() => expect(r.maybeFind(Form)).toBeNull());
      expect(api.refused).toEqual([]);
      return api.callsOf('saveRecord')[0]!.record as Record<string, unknown>;
    };
    expect(await save('done')).toMatchObject({ status: 'done', completedOn: '2026-03-15' });
    const reopened = await save('in_progress');
    expect(reopened).toMatchObject({ id: done.id, status: 'in_progress' });
    expect(reopened['completedOn']).toBeUndefined();
  });

  it('refuses negative hours and keeps them in the form', async () => {
    const api = fakeApi(answer, { lang: 'de' });
    const r = await renderCard(api);
    fire(r.findByTestId(Button, `edit-${planned.id}`), 'onClick');
    fire(r.find(NumberInput, { name: 'effortHours' }), 'onChange', -4);
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() =>
      expect(saveError(r)).toContain('Aufwand (Stunden): Bitte keine negative Zahl eingeben.'),
    );
    expect(r.find(NumberInput, { name: 'effortHours' }).props.value).toBe(-4);
    expect(api.callsOf('saveRecord')).toHaveLength(0);
  });
});

describe('overdue actions', () => {
  it('say “1 day” for one day and “n days” for more', async () => {
    const snapshot = demoSnapshot('acc-009');
    const yesterday = { ...planned, id: 'late-1', start: '2026-11-01', due: '2026-11-26' };
    const oneDay = answerFor({ ...snapshot, actions: [...snapshot.actions, yesterday] });
    for (const [lang, one, many] of [
      ['de', 'überfällig seit 1 Tag', 'überfällig seit 683 Tagen'],
      ['en', 'overdue by 1 day', 'overdue by 683 days'],
    ] as const) {
      const r = await renderCard(fakeApi(oneDay, { lang }));
      expect(r.findByTestId(StatusTag, 'overdue-late-1').text).toBe(one);
      expect(r.findByTestId(StatusTag, `overdue-${planned.id}`).text).toBe(many);
    }
  });
});

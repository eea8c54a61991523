import { describe, expect, it } from '@jest/globals';
import { Alert, Button, Form, Heading, Input, LoadingButton, Select, TextArea } from '@hubspot/ui-extensions';
import { ActionPlanView } from '../../extension/hubspot/src/app/cards/action-plan/ActionPlanView.js';
import { BuyingCenterView } from '../../extension/hubspot/src/app/cards/buying-center/BuyingCenterView.js';
import { OpportunitiesView } from '../../extension/hubspot/src/app/cards/opportunities/OpportunitiesView.js';
import { RelationsView } from '../../extension/hubspot/src/app/cards/relations/RelationsView.js';
import type { Rendered } from './fixtures.js';
import { demoAnswer, failing, fakeApi, fire, gate, renderLoaded, textOf } from './fixtures.js';

const KEPT_DE = 'Speichern Sie dieses Formular oder brechen Sie es ab, bevor Sie etwas anderes bearbeiten.';
const KEPT_EN = 'Save this form or cancel it before you edit something else.';
/** Matches a rendered element by its own text. */
const withText = (text: string) => (node: { readonly text: string | null }) => node.text === text;
const kept = (r: Rendered) => textOf(r.findByTestId(Alert, 'draft-kept'));

const plan = demoAnswer('acc-009');
const [late, , done] = plan.snapshot.actions as [
  (typeof plan.snapshot.actions)[number],
  unknown,
  (typeof plan.snapshot.actions)[number],
];
const opportunities = demoAnswer('acc-001');
const [first, second] = opportunities.snapshot.potentials;

describe('an open form is never discarded silently', () => {
  it('“Mark done” keeps a form with unsaved input, says so, and completes nothing', async () => {
    const api = fakeApi(plan, { lang: 'de' });
    const r = await renderLoaded(<ActionPlanView api={api} />);
    fire(r.findByTestId(Button, 'add-action'), 'onClick');
    fire(r.find(Input, { name: 'title' }), 'onChange', 'Workshop mit dem Einkauf');
    fire(r.findByTestId(Button, `complete-${late.id}`), 'onClick');
    await r.waitFor(() => expect(kept(r)).toBe(KEPT_DE));
    expect(r.find(Input, { name: 'title' }).props.value).toBe('Workshop mit dem Einkauf');
    expect(api.callsOf('saveRecord')).toHaveLength(0);
    fire(r.find(Button, withText('Abbrechen')), 'onClick');
    fire(r.findByTestId(Button, `complete-${late.id}`), 'onClick');
    await r.waitFor(() => expect(api.callsOf('saveRecord')).toHaveLength(1));
    expect(api.callsOf('saveRecord')[0]!.record).toMatchObject({ id: late.id, status: 'done' });
  });

  it('“Mark done” closes an unchanged form and completes the action', async () => {
    const api = fakeApi(plan, { lang: 'en' });
    const r = await renderLoaded(<ActionPlanView api={api} />);
    fire(r.findByTestId(Button, `edit-${late.id}`), 'onClick');
    expect(r.find(Heading, withText(late.title))).toBeDefined();
    fire(r.findByTestId(Button, `complete-${late.id}`), 'onClick');
    await r.waitFor(() => expect(api.callsOf('saveRecord')).toHaveLength(1));
    expect(r.maybeFind(Form)).toBeNull();
    expect(api.callsOf('saveRecord')[0]!.record).toEqual({
      ...late,
      status: 'done',
      completedOn: '2026-11-27',
    });
    expect(api.refused).toEqual([]);
  });

  it('Edit on another row keeps a changed draft and says so; after Cancel it opens', async () => {
    const api = fakeApi(plan, { lang: 'en' });
    const r = await renderLoaded(<ActionPlanView api={api} />);
    fire(r.findByTestId(Button, `edit-${late.id}`), 'onClick');
    fire(r.find(Input, { name: 'title' }), 'onChange', 'Werksbesichtigung verschoben');
    fire(r.findByTestId(Button, `edit-${done.id}`), 'onClick');
    await r.waitFor(() => expect(kept(r)).toBe(KEPT_EN));
    expect(r.find(Input, { name: 'title' }).props.value).toBe('Werksbesichtigung verschoben');
    fire(r.findByTestId(Button, 'add-action'), 'onClick');
    expect(r.find(Input, { name: 'title' }).props.value).toBe('Werksbesichtigung verschoben');
    fire(r.find(Button, withText('Cancel')), 'onClick');
    fire(r.findByTestId(Button, `edit-${done.id}`), 'onClick');
    expect(r.find(Input, { name: 'title' }).props.value).toBe(done.title);
    expect(r.maybeFindByTestId(Alert, 'draft-kept')).toBeNull();
  });

  it('Add elsewhere keeps a changed draft in every card', async () => {
    const potentials = await renderLoaded(<OpportunitiesView api={fakeApi(opportunities, { lang: 'en' })} />);
    fire(potentials.findByTestId(Button, `edit-${first!.id}`), 'onClick');
    fire(potentials.find(TextArea, { name: 'note' }), 'onChange', 'Budget approved in Q1');
    fire(potentials.findByTestId(Button, 'add-potential'), 'onClick');
    fire(potentials.findByTestId(Button, `edit-${second!.id}`), 'onClick');
    expect(potentials.find(TextArea, { name: 'note' }).props.value).toBe('Budget approved in Q1');
    expect(potentials.find(Input, { name: 'productLine' }).props.value).toBe(first!.productLine);
    expect(kept(potentials)).toBe(KEPT_EN);

    const people = opportunities.snapshot.contacts;
    const contacts = await renderLoaded(<BuyingCenterView api={fakeApi(opportunities, { lang: 'de' })} />);
    fire(contacts.findByTestId(Button, `edit-${people[0]!.id}`), 'onClick');
    fire(contacts.find(Select, { name: 'attitude' }), 'onChange', -1);
    fire(contacts.findByTestId(Button, `edit-${people[1]!.id}`), 'onClick');
    expect(contacts.find(Heading, withText(`${people[0]!.name} bearbeiten`))).toBeDefined();
    expect(contacts.find(Select, { name: 'attitude' }).props.value).toBe(-1);
    expect(kept(contacts)).toBe(KEPT_DE);
  });

  it('Edit on another row replaces a form without changes', async () => {
    const network = demoAnswer('acc-003');
    const [one, two] = network.snapshot.relationships;
    const r = await renderLoaded(<RelationsView api={fakeApi(network, { lang: 'en' })} />);
    fire(r.findByTestId(Button, `edit-${one!.id}`), 'onClick');
    fire(r.findByTestId(Button, `edit-${two!.id}`), 'onClick');
    expect(r.find(Select, { name: 'fromId' }).props.value).toBe(two!.fromId);
    expect(r.maybeFindByTestId(Alert, 'draft-kept')).toBeNull();
  });
});

describe('saving', () => {
  it('sends a new record once when the form is submitted twice (Enter twice)', async () => {
    const slow = gate();
    const api = fakeApi(opportunities, {
      lang: 'en',
      saveRecord: async (_kind, record) => {
        await slow.wait;
        return { ...(record as object), id: '901' };
      },
    });
    const r = await renderLoaded(<OpportunitiesView api={api} />);
    fire(r.findByTestId(Button, 'add-potential'), 'onClick');
    fire(r.find(Input, { name: 'productLine' }), 'onChange', 'Retrofit');
    fire(r.find(Form), 'onSubmit');
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.find(LoadingButton).props).toMatchObject({ loading: true }));
    fire(r.find(Form), 'onSubmit');
    slow.open();
    await r.waitFor(() => expect(r.maybeFind(Form)).toBeNull());
    expect(api.callsOf('saveRecord')).toHaveLength(1);
  });

  it('keeps input typed while the save ran, as an edit of the saved record', async () => {
    const slow = gate();
    const api = fakeApi(opportunities, {
      lang: 'en',
      saveRecord: async (_kind, record) => {
        await slow.wait;
        return { ...(record as object), id: '901' };
      },
    });
    const r = await renderLoaded(<OpportunitiesView api={api} />);
    fire(r.findByTestId(Button, 'add-potential'), 'onClick');
    fire(r.find(Input, { name: 'productLine' }), 'onChange', 'Retrofit');
    fire(r.find(Form), 'onSubmit');
    fire(r.find(TextArea, { name: 'note' }), 'onChange', 'Two plants first');
    slow.open();
    await r.waitFor(() => expect(r.find(Heading, withText('Edit the potential'))).toBeDefined());
    expect(r.find(TextArea, { name: 'note' }).props.value).toBe('Two plants first');
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.maybeFind(Form)).toBeNull());
    expect(api.callsOf('saveRecord').map((c) => c.record)).toEqual([
      expect.objectContaining({ id: expect.stringMatching(/^new-/), productLine: 'Retrofit' }),
      expect.objectContaining({ id: '901', productLine: 'Retrofit', note: 'Two plants first' }),
    ]);
  });

  it('deletes one record at a time: the delete buttons wait for the running delete', async () => {
    const slow = gate();
    const api = fakeApi(opportunities, { lang: 'en', deleteRecord: () => slow.wait });
    const r = await renderLoaded(<OpportunitiesView api={api} />);
    fire(r.findByTestId(Button, `delete-${first!.id}`), 'onClick');
    await r.waitFor(() => expect(r.findByTestId(Button, `delete-${second!.id}`).props.disabled).toBe(true));
    slow.open();
    await r.waitFor(() => expect(r.findByTestId(Button, `delete-${second!.id}`).props.disabled).toBe(false));
    expect(api.callsOf('deleteRecord')).toEqual([
      { method: 'deleteRecord', kind: 'potential', id: first!.id },
    ]);
  });

  it('shows a failed reload after a save with a retry, instead of old data next to “Saved”', async () => {
    let loads = 0;
    const api = fakeApi(opportunities, {
      lang: 'de',
      account: async () => {
        loads += 1;
        if (loads === 2) return failing('HubSpot antwortet nicht.', 'CRM_ERROR', 502)();
        return opportunities;
      },
    });
    const r = await renderLoaded(<OpportunitiesView api={api} />);
    fire(r.findByTestId(Button, `edit-${first!.id}`), 'onClick');
    fire(r.find(TextArea, { name: 'note' }), 'onChange', 'Budget im ersten Quartal');
    fire(r.find(Form), 'onSubmit');
    await r.waitFor(() => expect(r.find(Alert, { variant: 'error' }).text).toBe('HubSpot antwortet nicht.'));
    expect(r.find(Alert, { variant: 'error' }).props.title).toBe(
      'Die Key-Account-Daten konnten nicht geladen werden',
    );
    expect(r.maybeFind(Alert, { variant: 'success' })).toBeNull();
    fire(r.find(Button, withText('Erneut versuchen')), 'onClick');
    await r.waitFor(() => expect(r.findByTestId(Button, 'add-potential')).toBeDefined());
    expect(loads).toBe(3);
  });
});

import { createElement } from 'lwc';
import KamBuyingCenter from 'c/kamBuyingCenter';
import { graphql, refreshGraphQL } from 'lightning/uiGraphQLApi';
import { updateRecord } from 'lightning/uiRecordApi';
import { loadScript } from 'lightning/platformResourceLoader';
import { ShowToastEventName } from 'lightning/platformShowToastEvent';
import { resetKamViz } from 'c/kamViz';
import { installKamViz } from '../../../../../test/kam-viz-bundle';

jest.mock('@salesforce/label/c.KAM_List_Truncated', () => ({ default: 'First {count} only' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.KAM_Viz_LoadFailed', () => ({ default: 'Not loaded: {reason}' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.KAM_BuyingCenter_InfluenceValue', () => ({ default: '{value} of 5' }), {
  virtual: true,
});

const field = (value) => ({ value });
const contact = (id, first, last, extra = {}) => ({
  Id: id,
  FirstName: field(first),
  LastName: field(last),
  Title: field(null),
  Department: field(null),
  Email: field(null),
  ReportsToId: field(null),
  KAM_Roles__c: field(extra.roles ?? null),
  KAM_Influence__c: field(extra.influence ?? null),
  KAM_Attitude__c: field(extra.attitude ?? null),
  KAM_Needs_Factual__c: field(extra.needsFactual ?? null),
  KAM_Needs_Emotional__c: field(null),
  KAM_Last_Confirmed__c: field('2026-01-10'),
});
const answer = (contacts) => ({
  uiapi: {
    query: {
      Contact: { edges: contacts.map((node) => ({ node })) },
      KAM_Relationship__c: { edges: [] },
    },
  },
});

const PEOPLE = [
  contact('003A', 'Anna', 'Berg', { roles: 'decider', influence: 5, attitude: -1 }),
  contact('003B', 'Ben', 'Cole', { roles: 'buyer;user', influence: 3, attitude: 1, needsFactual: 'Price' }),
  contact('003C', 'Cleo', 'Dahl'),
];

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const byId = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);

async function mount(people = PEOPLE) {
  const element = createElement('c-kam-buying-center', { is: KamBuyingCenter });
  element.recordId = '001A';
  const toasts = [];
  element.addEventListener(ShowToastEventName, (e) => toasts.push(e.detail));
  document.body.appendChild(element);
  if (people) graphql.emit(answer(people));
  await flush();
  await flush();
  return { element, toasts };
}

describe('c-kam-buying-center', () => {
  beforeAll(() => installKamViz());
  beforeEach(() => resetKamViz());
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('asks for the people of the account it sits on', async () => {
    await mount(null);
    expect(graphql.getLastConfig().variables).toEqual({ accountId: '001A' });
  });

  it('lists the contacts with roles, influence, attitude and needs', async () => {
    const { element } = await mount();
    const cells = (id) =>
      [...element.shadowRoot.querySelectorAll(`[data-row="${id}"] td`)].map((td) => td.textContent);
    expect(cells('003B').slice(0, 4)).toEqual([
      'c.KAM_BuyingCenter_Role_User, c.KAM_BuyingCenter_Role_Buyer',
      '3 of 5',
      '+1 c.KAM_BuyingCenter_Attitude_Favourable',
      'Price',
    ]);
    expect(cells('003A')[2]).toBe('-1 c.KAM_BuyingCenter_Attitude_Critical');
    expect(cells('003C').slice(0, 3)).toEqual([
      'c.KAM_BuyingCenter_NoRole',
      'c.KAM_BuyingCenter_Unknown',
      'c.KAM_BuyingCenter_Unknown',
    ]);
  });

  it('draws the buying center with the real renderer: a chip per role held', async () => {
    const { element } = await mount();
    const svg = element.shadowRoot.querySelector('svg.kam-buying-center');
    const chips = [...svg.querySelectorAll('[data-id]')].map((n) => n.getAttribute('data-id'));
    expect(chips.sort()).toEqual(['003A', '003B', '003B']);
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });

  it('passes the accessibility rules with the drawing and the table shown', async () => {
    const { element } = await mount();
    await expect(element).toBeAccessible();
  });

  it('says inline and in a toast when the analysis fails, instead of losing the error', async () => {
    const real = window.KamViz;
    resetKamViz();
    window.KamViz = {
      ...real,
      analyseBuyingCenter: () => {
        throw new Error('unreadable roles');
      },
    };
    try {
      const { element, toasts } = await mount();
      expect(element.shadowRoot.querySelector('.kam-error').textContent).toContain('unreadable roles');
      expect(toasts.map((t) => t.variant)).toContain('error');
    } finally {
      window.KamViz = real;
      resetKamViz();
    }
  });

  it('shows the coverage gaps: decider against us, no coach', async () => {
    const { element } = await mount();
    const gaps = [...element.shadowRoot.querySelectorAll('[data-gap]')].map((li) => li.dataset.gap);
    expect(gaps).toEqual(['deciderAgainstUs', 'noCoach']);
  });

  it('shows no decider and single-threading when one person holds roles', async () => {
    const { element } = await mount([contact('003B', 'Ben', 'Cole', { roles: 'buyer', attitude: 1 })]);
    const gaps = [...element.shadowRoot.querySelectorAll('[data-gap]')].map((li) => li.dataset.gap);
    expect(gaps).toEqual(['noDecider', 'singleThreaded', 'noCoach']);
  });

  it('says so when the account has no contacts', async () => {
    const { element } = await mount([]);
    expect(byId(element, 'no-contacts').textContent).toBe('c.KAM_BuyingCenter_NoContacts');
    expect(element.shadowRoot.querySelector('svg')).toBeNull();
  });

  it('edits a contact’s roles, influence, attitude and needs and reloads', async () => {
    const { element, toasts } = await mount();
    element.shadowRoot.querySelector('lightning-button-icon[data-contact-id="003C"]').click();
    await flush();
    const form = byId(element, 'edit-form');
    const change = (name, value) =>
      form
        .querySelector(`[data-field="${name}"]`)
        .dispatchEvent(new CustomEvent('change', { detail: { value } }));
    change('roles', ['coach', 'influencer']);
    change('influence', '4');
    change('attitude', '2');
    change('needsEmotional', 'Wants to be seen as an innovator');
    await flush();
    byId(element, 'save').click();
    await flush();
    expect(updateRecord).toHaveBeenCalledWith({
      fields: {
        Id: '003C',
        KAM_Roles__c: 'influencer;coach',
        KAM_Influence__c: 4,
        KAM_Attitude__c: 2,
        KAM_Needs_Factual__c: null,
        KAM_Needs_Emotional__c: 'Wants to be seen as an innovator',
      },
    });
    expect(refreshGraphQL).toHaveBeenCalledTimes(1);
    expect(toasts).toEqual([expect.objectContaining({ variant: 'success' })]);
    expect(byId(element, 'edit-form')).toBeNull();
  });

  it('opens the form for the person chosen in the drawing', async () => {
    const { element } = await mount();
    const chip = element.shadowRoot.querySelector('svg.kam-buying-center [data-id="003A"]');
    chip.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flush();
    expect(byId(element, 'edit-form')).not.toBeNull();
    expect(element.shadowRoot.querySelector('[data-field="attitude"]').value).toBe('-1');
  });

  it('keeps the form open and shows a failed save inline and as a toast', async () => {
    updateRecord.mockRejectedValueOnce({
      body: { output: { errors: [], fieldErrors: { KAM_Influence__c: [{ message: 'Influence 1–5' }] } } },
    });
    const { element, toasts } = await mount();
    element.shadowRoot.querySelector('lightning-button-icon[data-contact-id="003A"]').click();
    await flush();
    byId(element, 'save').click();
    await flush();
    expect(byId(element, 'form-error').textContent).toBe('Influence 1–5');
    expect(toasts).toEqual([expect.objectContaining({ variant: 'error', message: 'Influence 1–5' })]);
    expect(refreshGraphQL).not.toHaveBeenCalled();
  });

  it('shows a failed query inline and as a toast', async () => {
    const { element, toasts } = await mount(null);
    graphql.emitErrors([{ message: 'No such column KAM_Roles__c' }]);
    await flush();
    expect(byId(element, 'load-error').textContent).toBe('No such column KAM_Roles__c');
    expect(toasts).toEqual([expect.objectContaining({ variant: 'error' })]);
  });

  it('shows a failed load of the renderers, the list still there', async () => {
    loadScript.mockRejectedValueOnce(new Error('resource blocked'));
    const { element, toasts } = await mount();
    expect(byId(element, 'viz-error').textContent).toBe('Not loaded: resource blocked');
    expect(toasts).toEqual([expect.objectContaining({ variant: 'error', message: 'resource blocked' })]);
    expect(element.shadowRoot.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(element.shadowRoot.querySelector('svg')).toBeNull();
  });

  it('names its drawing and every edit button for assistive technology', async () => {
    const { element } = await mount();
    const svg = element.shadowRoot.querySelector('svg.kam-buying-center');
    expect(svg.querySelector('title').textContent.length).toBeGreaterThan(0);
    for (const button of element.shadowRoot.querySelectorAll('lightning-button-icon')) {
      expect(button.alternativeText).toBe('c.KAM_BuyingCenter_EditTitle');
    }
  });

  it('says when only the first page of people is shown', async () => {
    const { element } = await mount();
    expect(byId(element, 'truncated')).toBeNull();
    const more = answer(PEOPLE);
    more.uiapi.query.Contact.pageInfo = { hasNextPage: true };
    graphql.emit(more);
    await flush();
    expect(byId(element, 'truncated').textContent).toBe('First 200 only');
  });
});

import { createElement } from 'lwc';
import KamRelations from 'c/kamRelations';
import { graphql, refreshGraphQL } from 'lightning/uiGraphQLApi';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import { loadScript } from 'lightning/platformResourceLoader';
import { ShowToastEventName } from 'lightning/platformShowToastEvent';
import { resetKamViz } from 'c/kamViz';
import { installKamViz } from '../../../../../test/kam-viz-bundle';

jest.mock('@salesforce/label/c.KAM_List_Truncated', () => ({ default: 'First {count} only' }), {
  virtual: true,
});
jest.mock(
  '@salesforce/label/c.KAM_Relations_Path_Via',
  () => ({ default: '{supporter} → {decider}: {steps}' }),
  {
    virtual: true,
  },
);
jest.mock('@salesforce/label/c.KAM_Relations_Kind_Trusts', () => ({ default: 'trusts' }), { virtual: true });
jest.mock('@salesforce/label/c.KAM_Viz_LoadFailed', () => ({ default: 'Not loaded: {reason}' }), {
  virtual: true,
});

const field = (value) => ({ value });
const contact = (
  id,
  first,
  last,
  { roles = null, influence = null, attitude = null, reportsTo = null } = {},
) => ({
  Id: id,
  FirstName: field(first),
  LastName: field(last),
  Title: field(null),
  Department: field(null),
  Email: field(null),
  ReportsToId: field(reportsTo),
  KAM_Roles__c: field(roles),
  KAM_Influence__c: field(influence),
  KAM_Attitude__c: field(attitude),
  KAM_Needs_Factual__c: field(null),
  KAM_Needs_Emotional__c: field(null),
  KAM_Last_Confirmed__c: field(null),
});
const tie = (id, from, to, kind, strength, note = null) => ({
  Id: id,
  From_Contact__c: field(from),
  To_Contact__c: field(to),
  Kind__c: field(kind),
  Strength__c: field(strength),
  Note__c: field(note),
});
const answer = (contacts, relationships) => ({
  uiapi: {
    query: {
      Contact: { edges: contacts.map((node) => ({ node })) },
      KAM_Relationship__c: { edges: relationships.map((node) => ({ node })) },
    },
  },
});

const CONTACTS = [
  contact('003A', 'Anna', 'Berg', { roles: 'decider', influence: 5, attitude: 0 }),
  contact('003B', 'Ben', 'Cole', { roles: 'coach', influence: 4, attitude: 2, reportsTo: '003A' }),
  contact('003C', 'Cleo', 'Dahl', { roles: 'gatekeeper', influence: 4, attitude: -2, reportsTo: '003A' }),
];
const TIES = [tie('a0R1', '003B', '003A', 'trusts', 3, 'Studied together')];

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const byId = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);
const nodeIds = (svg) =>
  [...new Set([...svg.querySelectorAll('g.kam-node[data-id]')].map((n) => n.getAttribute('data-id')))].sort();

async function mount(contacts = CONTACTS, ties = TIES) {
  const element = createElement('c-kam-relations', { is: KamRelations });
  element.recordId = '001A';
  const toasts = [];
  element.addEventListener(ShowToastEventName, (e) => toasts.push(e.detail));
  document.body.appendChild(element);
  if (contacts) graphql.emit(answer(contacts, ties));
  await flush();
  await flush();
  return { element, toasts };
}

async function fillForm(element, values) {
  const form = byId(element, 'form');
  for (const [name, value] of Object.entries(values)) {
    form
      .querySelector(`[data-field="${name}"]`)
      .dispatchEvent(new CustomEvent('change', { detail: { value } }));
  }
  await flush();
}

describe('c-kam-relations', () => {
  beforeAll(() => installKamViz());
  beforeEach(() => resetKamViz());
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('draws the sociogram and the org chart with the real renderers, one node per person', async () => {
    const { element } = await mount();
    expect(graphql.getLastConfig().variables).toEqual({ accountId: '001A' });
    const sociogram = element.shadowRoot.querySelector('svg.kam-sociogram');
    const orgChart = element.shadowRoot.querySelector('svg.kam-org-chart');
    expect(nodeIds(sociogram)).toEqual(['003A', '003B', '003C']);
    expect(nodeIds(orgChart)).toEqual(['003A', '003B', '003C']);
    expect(sociogram.querySelectorAll('[data-id="a0R1"]').length).toBeGreaterThan(0);
    expect(sociogram.querySelector('title').textContent.length).toBeGreaterThan(0);
    expect(orgChart.querySelector('title').textContent.length).toBeGreaterThan(0);
  });

  it('passes the accessibility rules with both drawings shown', async () => {
    const { element } = await mount();
    await expect(element).toBeAccessible();
  });

  it('names champions, blockers, hidden influencers and the path to the decider in words', async () => {
    const { element } = await mount();
    const signal = (key) => element.shadowRoot.querySelector(`[data-signal="${key}"]`).textContent;
    expect(signal('champions')).toBe('Ben Cole');
    expect(signal('blockers')).toBe('Cleo Dahl');
    expect(signal('hidden')).toBe('c.KAM_Relations_Nobody');
    const paths = [...byId(element, 'paths').querySelectorAll('li')].map((li) => li.textContent);
    expect(paths).toEqual(['Ben Cole → Anna Berg: Ben Cole trusts Anna Berg']);
  });

  it('lists the relationships and says when there are none', async () => {
    const { element } = await mount();
    const row = element.shadowRoot.querySelector('[data-row="a0R1"]');
    expect(row.textContent).toContain('Ben Cole trusts Anna Berg (c.KAM_Relations_Strength_Strong)');
    expect(row.textContent).toContain('Studied together');
    document.body.removeChild(element);
    const empty = await mount(CONTACTS, []);
    expect(byId(empty.element, 'no-relationships').textContent).toBe('c.KAM_Relations_None');
  });

  it('says so when the account has no contacts', async () => {
    const { element } = await mount([], []);
    expect(byId(element, 'no-contacts')).not.toBeNull();
    expect(element.shadowRoot.querySelector('svg')).toBeNull();
  });

  it('creates a relationship on the account and reloads', async () => {
    const { element, toasts } = await mount();
    byId(element, 'add').click();
    await flush();
    await fillForm(element, {
      fromId: '003C',
      toId: '003B',
      kind: 'conflicts',
      strength: '1',
      note: ' budget ',
    });
    byId(element, 'save').click();
    await flush();
    expect(createRecord).toHaveBeenCalledWith({
      apiName: 'KAM_Relationship__c',
      fields: {
        Account__c: '001A',
        From_Contact__c: '003C',
        To_Contact__c: '003B',
        Kind__c: 'conflicts',
        Strength__c: 1,
        Note__c: 'budget',
      },
    });
    expect(refreshGraphQL).toHaveBeenCalledTimes(1);
    expect(toasts).toEqual([expect.objectContaining({ variant: 'success', title: 'c.KAM_Relations_Saved' })]);
    expect(byId(element, 'form')).toBeNull();
  });

  it('refuses a relationship of a person with themselves or without both people', async () => {
    const { element } = await mount();
    byId(element, 'add').click();
    await flush();
    byId(element, 'save').click();
    await flush();
    expect(byId(element, 'form-error').textContent).toBe('c.KAM_Relations_PickPeople');
    await fillForm(element, { fromId: '003A', toId: '003A' });
    byId(element, 'save').click();
    await flush();
    expect(byId(element, 'form-error').textContent).toBe('c.KAM_Relations_SamePerson');
    expect(createRecord).not.toHaveBeenCalled();
  });

  it('edits a relationship with its id', async () => {
    const { element } = await mount();
    element.shadowRoot.querySelector('[data-action="edit"][data-relationship-id="a0R1"]').click();
    await flush();
    expect(byId(element, 'form').querySelector('[data-field="kind"]').value).toBe('trusts');
    await fillForm(element, { strength: '2', note: '' });
    byId(element, 'save').click();
    await flush();
    expect(updateRecord).toHaveBeenCalledWith({
      fields: {
        Id: 'a0R1',
        From_Contact__c: '003B',
        To_Contact__c: '003A',
        Kind__c: 'trusts',
        Strength__c: 2,
        Note__c: null,
      },
    });
    expect(createRecord).not.toHaveBeenCalled();
  });

  it('deletes a relationship and reloads', async () => {
    const { element, toasts } = await mount();
    element.shadowRoot.querySelector('[data-action="delete"][data-relationship-id="a0R1"]').click();
    await flush();
    expect(deleteRecord).toHaveBeenCalledWith('a0R1');
    expect(refreshGraphQL).toHaveBeenCalledTimes(1);
    expect(toasts).toEqual([expect.objectContaining({ title: 'c.KAM_Relations_Deleted' })]);
  });

  it('shows a failed save inline and as a toast, the form kept', async () => {
    createRecord.mockRejectedValueOnce({ body: { message: 'Required fields are missing' } });
    const { element, toasts } = await mount();
    byId(element, 'add').click();
    await flush();
    await fillForm(element, { fromId: '003A', toId: '003B' });
    byId(element, 'save').click();
    await flush();
    expect(byId(element, 'form-error').textContent).toBe('Required fields are missing');
    expect(toasts).toEqual([expect.objectContaining({ variant: 'error' })]);
    expect(refreshGraphQL).not.toHaveBeenCalled();
  });

  it('shows a failed delete inline at the list and as a toast, with no form open', async () => {
    deleteRecord.mockRejectedValueOnce({ body: { message: 'Entity is deleted' } });
    const { element, toasts } = await mount();
    element.shadowRoot.querySelector('[data-action="delete"][data-relationship-id="a0R1"]').click();
    await flush();
    expect(byId(element, 'form')).toBeNull();
    expect(byId(element, 'list-error').textContent).toBe('Entity is deleted');
    expect(toasts).toEqual([expect.objectContaining({ variant: 'error', message: 'Entity is deleted' })]);
    expect(refreshGraphQL).not.toHaveBeenCalled();
  });

  it('keeps a form for another relationship open when one is deleted', async () => {
    const { element } = await mount([...CONTACTS], [...TIES, tie('a0R2', '003C', '003A', 'conflicts', 1)]);
    byId(element, 'add').click();
    await flush();
    await fillForm(element, { fromId: '003A', toId: '003C' });
    element.shadowRoot.querySelector('[data-action="delete"][data-relationship-id="a0R1"]').click();
    await flush();
    expect(deleteRecord).toHaveBeenCalledWith('a0R1');
    expect(byId(element, 'form').querySelector('[data-field="toId"]').value).toBe('003C');

    element.shadowRoot.querySelector('[data-action="edit"][data-relationship-id="a0R2"]').click();
    await flush();
    element.shadowRoot.querySelector('[data-action="delete"][data-relationship-id="a0R2"]').click();
    await flush();
    // the relationship being edited is gone: so is its form
    expect(byId(element, 'form')).toBeNull();
    expect(byId(element, 'list-error')).toBeNull();
  });

  it('shows a failed query and a failed load of the renderers inline and as toasts', async () => {
    const failed = await mount(null);
    graphql.emitErrors([{ message: 'Query failed' }]);
    await flush();
    expect(byId(failed.element, 'load-error').textContent).toBe('Query failed');
    expect(failed.toasts).toEqual([expect.objectContaining({ message: 'Query failed' })]);
    document.body.removeChild(failed.element);
    resetKamViz();

    loadScript.mockRejectedValueOnce(new Error('resource blocked'));
    const { element, toasts } = await mount();
    expect(byId(element, 'viz-error').textContent).toBe('Not loaded: resource blocked');
    expect(toasts).toEqual([expect.objectContaining({ message: 'resource blocked' })]);
    expect(element.shadowRoot.querySelector('[data-row="a0R1"]')).not.toBeNull();
  });

  it('labels its icon buttons for assistive technology', async () => {
    const { element } = await mount();
    const labels = [...element.shadowRoot.querySelectorAll('lightning-button-icon')].map(
      (b) => b.alternativeText,
    );
    expect(labels).toEqual(['c.KAM_Relations_Edit', 'c.KAM_Relations_Delete']);
  });

  it('says when only the first page of relationships is shown', async () => {
    const { element } = await mount();
    expect(byId(element, 'truncated')).toBeNull();
    const more = answer(CONTACTS, TIES);
    more.uiapi.query.KAM_Relationship__c.pageInfo = { hasNextPage: true };
    more.uiapi.query.Contact.pageInfo = { hasNextPage: false };
    graphql.emit(more);
    await flush();
    expect(byId(element, 'truncated').textContent).toBe('First 200 only');
    expect(element.shadowRoot.querySelector('[data-row="a0R1"]')).not.toBeNull();
  });
});

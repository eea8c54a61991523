import KamActionPlan from 'c/kamActionPlan';
import { graphql, refreshGraphQL } from 'lightning/uiGraphQLApi';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { loadScript } from 'lightning/platformResourceLoader';
import { getNavigateCalledWith } from 'lightning/navigation';
import { resetKamViz } from 'c/kamViz';
import { formatMoney, today } from 'c/kamFormat';
import { installKamViz } from '../../../../../test/kam-viz-bundle';
import { $, $$, clearPage, flush, mountOn, spyOnReportValidity, v } from '../../../../../test/lwc-test-kit';

jest.mock('@salesforce/label/c.KAM_List_Truncated', () => ({ default: 'First {count} only' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.KAM_Viz_LoadFailed', () => ({ default: 'Not loaded: {reason}' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.KAM_Form_Missing', () => ({ default: 'Fill in: {fields}' }), {
  virtual: true,
});

jest.mock(
  '@salesforce/label/c.KAM_ActionPlan_GoalLine',
  () => ({ default: 'target {target} won {won} pipeline {pipeline} gap {gap}' }),
  { virtual: true },
);
jest.mock('@salesforce/label/c.KAM_ActionPlan_Progress', () => ({ default: '{done} of {total} done' }), {
  virtual: true,
});

const ACCOUNT = '001000000000001AAA';
/** A day relative to today, as `YYYY-MM-DD` (UTC, as the plan analysis counts days). */
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const year = new Date().getUTCFullYear();

function action(id, name, start, due, status, assignee) {
  return {
    Id: id,
    Name: v(name),
    Goal__c: v(null),
    Start_Date__c: v(start),
    Due_Date__c: v(due),
    Status__c: v(status),
    Kind__c: v('meeting'),
    Effort_Hours__c: v(null),
    Completed_On__c: v(null),
    Assignee__r: assignee ? { Name: v(assignee) } : null,
  };
}

function opportunity(id, amount, closeDate, closed, won, probability) {
  return {
    Id: id,
    Name: v(`Deal ${id}`),
    Amount: v(amount),
    Probability: v(probability),
    CloseDate: v(closeDate),
    IsClosed: v(closed),
    IsWon: v(won),
    KAM_Product_Line__c: v(null),
    KAM_Strategic_Project__c: v(false),
  };
}

const edges = (nodes) => ({ edges: nodes.map((node) => ({ node })) });
const DATA = {
  uiapi: {
    query: {
      KAM_Account_Plan__c: edges([
        {
          Id: 'p2',
          Year__c: v(year + 1),
          Target_Revenue__c: v(150000),
          Note__c: v(null),
          Capacity_Hours__c: v(200),
          Strategy__c: v(null),
          LastModifiedDate: v('2026-01-01T00:00:00.000Z'),
          Owner__r: { Name: v('Anna Berg') },
        },
        {
          Id: 'p1',
          Year__c: v(year),
          Target_Revenue__c: v(100000),
          Note__c: v(null),
          Capacity_Hours__c: v(200),
          Strategy__c: v(null),
          LastModifiedDate: v('2025-01-01T00:00:00.000Z'),
          Owner__r: null,
        },
      ]),
      KAM_Action__c: edges([
        action('a1', 'Workshop Einkauf', day(-40), day(-10), 'planned', 'Anna Berg'),
        action('a2', 'Referenzbesuch', day(-60), day(-30), 'done', null),
        action('a3', 'Angebot', day(-5), day(30), 'in_progress', 'Jonas Keller'),
        // no due date: the core cannot take it, so it is left out
        action('a4', 'Kaputt', day(-5), null, 'planned', null),
      ]),
      Opportunity: edges([
        opportunity('o1', 40000, `${year}-01-15`, true, true, 100),
        opportunity('o2', 20000, `${year}-12-15`, false, false, 50),
      ]),
    },
  },
};

const mount = () => mountOn('c-kam-action-plan', KamActionPlan, ACCOUNT);

async function mountWithData() {
  const mounted = mount();
  graphql.emit(DATA);
  await flush();
  return mounted;
}

function fill(element, field, value) {
  $(element, `[data-field="${field}"]`).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-kam-action-plan', () => {
  beforeAll(() => installKamViz());
  afterEach(() => {
    clearPage();
    jest.clearAllMocks();
    resetKamViz();
  });

  it('draws the timeline with one bar per action, the overdue one marked', async () => {
    const { element } = await mountWithData();
    const bars = $$(element, '.kam-viz svg g.kam-action');
    expect(bars.map((g) => g.getAttribute('data-id')).sort()).toEqual(['a1', 'a2', 'a3']);
    expect($$(element, '.kam-viz svg g.kam-overdue').map((g) => g.getAttribute('data-id'))).toEqual(['a1']);
    expect(bars.every((g) => g.getAttribute('role') === 'button' && g.getAttribute('aria-label'))).toBe(true);
  });

  it('passes the accessibility rules with the timeline drawn', async () => {
    const { element } = await mountWithData();
    await expect(element).toBeAccessible();
  });

  it('lists the actions by due date with status, owner and due, overdue highlighted', async () => {
    const { element } = await mountWithData();
    const rows = $$(element, 'li.kam-action');
    expect(rows.map((r) => r.dataset.id)).toEqual(['a2', 'a1', 'a3']);
    const overdue = rows.find((r) => r.dataset.id === 'a1');
    expect(overdue.classList.contains('kam-overdue')).toBe(true);
    expect(overdue.querySelector('.kam-overdue-badge')).not.toBeNull();
    expect(overdue.querySelector('.kam-action-owner').textContent).toBe('Anna Berg');
    expect(overdue.querySelector('.kam-action-status').textContent).toBe('c.KAM_ActionPlan_Status_Planned');
    const done = rows.find((r) => r.dataset.id === 'a2');
    expect(done.classList.contains('kam-overdue')).toBe(false);
    expect(done.querySelector('.kam-complete')).toBeNull();
    expect(done.querySelector('.kam-action-owner').textContent).toBe('c.KAM_ActionPlan_NoOwner');
    expect($$(element, '.kam-complete').map((b) => b.dataset.id)).toEqual(['a1', 'a3']);
    expect($(element, '.kam-progress').textContent).toBe('1 of 3 done');
  });

  it('shows the goals per year against won revenue and weighted pipeline', async () => {
    const { element } = await mountWithData();
    const goals = $$(element, 'li.kam-goal').map((li) => li.textContent);
    expect(goals).toHaveLength(2);
    expect(goals[0]).toContain(String(year));
    // this year: target 100,000 − won 40,000 − pipeline 20,000 × 50 % = gap 50,000
    expect(goals[0]).toContain(`target ${formatMoney(100000)}`);
    expect(goals[0]).toContain(`won ${formatMoney(40000)}`);
    expect(goals[0]).toContain(`pipeline ${formatMoney(10000)}`);
    expect(goals[0]).toContain(`gap ${formatMoney(50000)}`);
    expect(goals[1]).toContain(String(year + 1));
  });

  it('opens the action a person selects in the timeline', async () => {
    const { element } = await mountWithData();
    $(element, '.kam-viz svg g.kam-action[data-id="a3"]').dispatchEvent(new MouseEvent('click'));
    expect(getNavigateCalledWith().pageReference).toEqual({
      type: 'standard__recordPage',
      attributes: { recordId: 'a3', objectApiName: 'KAM_Action__c', actionName: 'view' },
    });
  });

  it('creates an action on the account', async () => {
    const { element, toasts } = await mountWithData();
    $(element, '.kam-add').click();
    await flush();
    fill(element, 'title', '  Workshop Technik ');
    fill(element, 'kind', 'workshop');
    fill(element, 'start', '2026-05-04');
    fill(element, 'due', '2026-05-08');
    fill(element, 'goal', 'Bedarf verstehen');
    $(element, '.kam-save').click();
    await flush();
    expect(createRecord).toHaveBeenCalledWith({
      apiName: 'KAM_Action__c',
      fields: {
        Account__c: ACCOUNT,
        Name: 'Workshop Technik',
        Goal__c: 'Bedarf verstehen',
        Start_Date__c: '2026-05-04',
        Due_Date__c: '2026-05-08',
        Status__c: 'planned',
        Kind__c: 'workshop',
      },
    });
    expect(toasts).toEqual([{ title: 'c.KAM_ActionPlan_Saved', variant: 'success' }]);
    expect(refreshGraphQL).toHaveBeenCalled();
    expect($(element, '.kam-form')).toBeNull();
  });

  it('refuses a due date before the start', async () => {
    const { element } = await mountWithData();
    $(element, '.kam-add').click();
    await flush();
    fill(element, 'title', 'Termin');
    fill(element, 'start', '2026-05-08');
    fill(element, 'due', '2026-05-04');
    $(element, '.kam-save').click();
    await flush();
    expect(createRecord).not.toHaveBeenCalled();
    expect($(element, '.kam-form-error').textContent).toBe('c.KAM_ActionPlan_DueBeforeStart');
  });

  it('says what is missing instead of saving an action without title or dates', async () => {
    const { element } = await mountWithData();
    $(element, '.kam-add').click();
    await flush();
    const reportValidity = spyOnReportValidity(element);
    fill(element, 'title', '   ');
    fill(element, 'due', '');
    $(element, '.kam-save').click();
    await flush();
    expect(createRecord).not.toHaveBeenCalled();
    expect($(element, '.kam-form-error').textContent).toBe(
      'Fill in: c.KAM_ActionPlan_Field_Title, c.KAM_ActionPlan_Field_Due',
    );
    expect(reportValidity).toHaveBeenCalledWith('title');
  });

  it('shows a failed create inline and as a toast, keeping the form', async () => {
    createRecord.mockRejectedValueOnce({ body: { message: 'Keine Berechtigung' } });
    const { element, toasts } = await mountWithData();
    $(element, '.kam-add').click();
    await flush();
    fill(element, 'title', 'Termin');
    $(element, '.kam-save').click();
    await flush();
    expect($(element, '.kam-form-error').textContent).toBe('Keine Berechtigung');
    expect(toasts).toEqual([{ title: 'c.KAM_Error_Title', message: 'Keine Berechtigung', variant: 'error' }]);
  });

  it('completes an action today', async () => {
    const { element, toasts } = await mountWithData();
    $(element, '.kam-complete[data-id="a1"]').click();
    await flush();
    expect(updateRecord).toHaveBeenCalledWith({
      fields: { Id: 'a1', Status__c: 'done', Completed_On__c: today() },
    });
    expect(toasts).toEqual([{ title: 'c.KAM_ActionPlan_Completed', variant: 'success' }]);
    expect(refreshGraphQL).toHaveBeenCalled();
  });

  it('shows a failed completion inline and as a toast', async () => {
    updateRecord.mockRejectedValueOnce({ body: { message: 'Gesperrt' } });
    const { element, toasts } = await mountWithData();
    $(element, '.kam-complete[data-id="a3"]').click();
    await flush();
    expect($(element, '.kam-error').textContent).toBe('Gesperrt');
    expect(toasts.map((t) => t.variant)).toEqual(['error']);
  });

  it('shows a failed query inline and as a toast', async () => {
    const { element, toasts } = mount();
    graphql.emitErrors([{ message: 'Feld unbekannt' }]);
    await flush();
    expect($(element, '.kam-error').textContent).toBe('Feld unbekannt');
    expect(toasts).toEqual([{ title: 'c.KAM_Error_Title', message: 'Feld unbekannt', variant: 'error' }]);
  });

  it('shows a failed load of the renderers inline and as a toast, the list still there', async () => {
    loadScript.mockRejectedValueOnce(new Error('Ressource fehlt'));
    const { element, toasts } = await mountWithData();
    expect($(element, '.kam-viz-error').textContent).toBe('Not loaded: Ressource fehlt');
    expect($(element, '.kam-error')).toBeNull();
    expect(toasts.map((t) => t.message)).toEqual(['Ressource fehlt']);
    expect($$(element, 'li.kam-action')).toHaveLength(3);
  });

  it('says so when there are no actions and no goals', async () => {
    const { element } = mount();
    graphql.emit({ uiapi: { query: { KAM_Account_Plan__c: edges([]), KAM_Action__c: edges([]) } } });
    await flush();
    expect($(element, '.kam-no-actions')).not.toBeNull();
    expect($(element, '.kam-no-goals')).not.toBeNull();
    expect($(element, '.kam-viz svg')).not.toBeNull();
  });

  it('says when only the first page of actions is shown', async () => {
    const { element } = await mountWithData();
    expect($(element, '.kam-truncated')).toBeNull();
    const query = DATA.uiapi.query;
    graphql.emit({
      uiapi: {
        query: { ...query, KAM_Action__c: { ...query.KAM_Action__c, pageInfo: { hasNextPage: true } } },
      },
    });
    await flush();
    expect($(element, '.kam-truncated').textContent).toBe('First 200 only');
    expect($$(element, 'li.kam-action')).toHaveLength(3);
  });
});

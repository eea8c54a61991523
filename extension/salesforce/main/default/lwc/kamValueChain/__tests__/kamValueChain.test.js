import KamValueChain from 'c/kamValueChain';
import { graphql, refreshGraphQL } from 'lightning/uiGraphQLApi';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import { loadScript } from 'lightning/platformResourceLoader';
import { resetKamViz } from 'c/kamViz';
import { installKamViz } from '../../../../../test/kam-viz-bundle';
import {
  $,
  $$,
  clearPage,
  fill,
  flush,
  mountOn,
  spyOnReportValidity,
  v,
} from '../../../../../test/lwc-test-kit';

jest.mock('@salesforce/label/c.KAM_List_Truncated', () => ({ default: 'First {count} only' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.KAM_Viz_LoadFailed', () => ({ default: 'Not loaded: {reason}' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.KAM_Form_Missing', () => ({ default: 'Fill in: {fields}' }), {
  virtual: true,
});

const ACCOUNT = '001000000000001AAA';
const note = (id, activity, assessment, impact, text, contribution) => ({
  Id: id,
  Activity__c: v(activity),
  Assessment__c: v(assessment),
  Impact__c: v(impact),
  Note__c: v(text),
  Our_Contribution__c: v(contribution),
});
const DATA = {
  uiapi: {
    query: {
      KAM_Value_Chain_Note__c: {
        edges: [
          note('n1', 'operations', 'weakness', 3, 'Rüstzeiten zu lang', 'Schnellwechselsystem'),
          note('n2', 'procurement', 'strength', 1, null, null),
          note('n3', 'inbound_logistics', null, null, 'noch offen', null),
          // not a Porter activity: the core cannot take it, so it is left out
          note('n4', 'catering', 'strength', 2, null, null),
        ].map((node) => ({ node })),
      },
    },
  },
};

const mount = () => mountOn('c-kam-value-chain', KamValueChain, ACCOUNT);

async function mountWithData() {
  const mounted = mount();
  graphql.emit(DATA);
  await flush();
  return mounted;
}

describe('c-kam-value-chain', () => {
  beforeAll(() => installKamViz());
  afterEach(() => {
    clearPage();
    jest.clearAllMocks();
    resetKamViz();
  });

  it("draws Porter's nine activities with one chip per note", async () => {
    const { element } = await mountWithData();
    expect($$(element, '.kam-viz svg g.kam-activity')).toHaveLength(9);
    expect(
      $$(element, '.kam-viz svg g.kam-note')
        .map((g) => g.getAttribute('data-id'))
        .sort(),
    ).toEqual(['n1', 'n2', 'n3']);
    expect($(element, '.kam-viz svg g.kam-note[data-id="n1"]').classList).toContain('kam-note--weakness');
    // unset assessment and impact read as the core's defaults: neutral, medium
    expect($(element, '.kam-viz svg g.kam-note[data-id="n3"]').classList).toContain('kam-note--neutral');
    expect($(element, '.kam-viz svg g.kam-activity[data-activity="service"]').classList).toContain(
      'kam-activity--unassessed',
    );
    const chips = $$(element, '.kam-viz svg g.kam-note');
    expect(chips.every((g) => g.getAttribute('role') === 'button' && g.getAttribute('aria-label'))).toBe(
      true,
    );
  });

  it('passes the accessibility rules with the chain drawn', async () => {
    const { element } = await mountWithData();
    await expect(element).toBeAccessible();
  });

  it('lists the notes in the order of the chain with assessment, impact and our contribution', async () => {
    const { element } = await mountWithData();
    const rows = $$(element, 'li.kam-note');
    expect(rows.map((r) => r.dataset.id)).toEqual(['n3', 'n1', 'n2']);
    const n1 = rows[1];
    expect(n1.querySelector('.kam-note-activity').textContent).toBe('c.KAM_ValueChain_Activity_Operations');
    expect(n1.querySelector('.kam-note-assessment').textContent).toBe('c.KAM_ValueChain_Assessment_Weakness');
    expect(n1.querySelector('.kam-note-impact').textContent).toContain('c.KAM_ValueChain_Impact_3');
    expect(n1.querySelector('.kam-note-text').textContent).toBe('Rüstzeiten zu lang');
    expect(n1.querySelector('.kam-note-contribution').textContent).toContain('Schnellwechselsystem');
    expect(rows[0].querySelector('.kam-note-impact').textContent).toContain('c.KAM_ValueChain_Impact_2');
  });

  it('creates a note on the account', async () => {
    const { element, toasts } = await mountWithData();
    $(element, '.kam-add').click();
    await flush();
    fill(element, 'activity', 'service');
    fill(element, 'assessment', 'strength');
    fill(element, 'impact', '3');
    fill(element, 'note', ' 24/7-Hotline ');
    $(element, '.kam-save').click();
    await flush();
    expect(createRecord).toHaveBeenCalledWith({
      apiName: 'KAM_Value_Chain_Note__c',
      fields: {
        Account__c: ACCOUNT,
        Activity__c: 'service',
        Assessment__c: 'strength',
        Impact__c: 3,
        Note__c: '24/7-Hotline',
        Our_Contribution__c: null,
      },
    });
    expect(updateRecord).not.toHaveBeenCalled();
    expect(toasts).toEqual([{ title: 'c.KAM_ValueChain_Saved', variant: 'success' }]);
    expect(refreshGraphQL).toHaveBeenCalled();
  });

  it('says what is missing instead of saving a note without an activity', async () => {
    const { element } = await mountWithData();
    $(element, '.kam-add').click();
    await flush();
    const reportValidity = spyOnReportValidity(element);
    $(element, '.kam-save').click();
    await flush();
    expect(createRecord).not.toHaveBeenCalled();
    expect($(element, '.kam-form-error').textContent).toBe('Fill in: c.KAM_ValueChain_Field_Activity');
    expect(reportValidity).toHaveBeenCalledWith('activity');

    fill(element, 'activity', 'service');
    $(element, '.kam-save').click();
    await flush();
    expect(createRecord).toHaveBeenCalledTimes(1);
    expect($(element, '.kam-form-error')).toBeNull();
  });

  it('edits the note a person chooses in the drawing', async () => {
    const { element } = await mountWithData();
    $(element, '.kam-viz svg g.kam-note[data-id="n1"]').dispatchEvent(new MouseEvent('click'));
    await flush();
    expect($(element, '[data-field="activity"]').value).toBe('operations');
    expect($(element, '[data-field="note"]').value).toBe('Rüstzeiten zu lang');
    fill(element, 'assessment', 'neutral');
    fill(element, 'ourContribution', '');
    $(element, '.kam-save').click();
    await flush();
    expect(updateRecord).toHaveBeenCalledWith({
      fields: {
        Id: 'n1',
        Activity__c: 'operations',
        Assessment__c: 'neutral',
        Impact__c: 3,
        Note__c: 'Rüstzeiten zu lang',
        Our_Contribution__c: null,
      },
    });
    expect(createRecord).not.toHaveBeenCalled();
  });

  it('edits a note from the list', async () => {
    const { element } = await mountWithData();
    $(element, '.kam-edit[data-id="n2"]').click();
    await flush();
    expect($(element, '[data-field="activity"]').value).toBe('procurement');
    expect($(element, '[data-field="impact"]').value).toBe('1');
  });

  it('deletes a note', async () => {
    const { element, toasts } = await mountWithData();
    $(element, '.kam-delete[data-id="n2"]').click();
    await flush();
    expect(deleteRecord).toHaveBeenCalledWith('n2');
    expect(toasts).toEqual([{ title: 'c.KAM_ValueChain_Deleted', variant: 'success' }]);
  });

  it('shows a failed delete inline and as a toast', async () => {
    deleteRecord.mockRejectedValueOnce({ body: { message: 'Gesperrt' } });
    const { element, toasts } = await mountWithData();
    $(element, '.kam-delete[data-id="n2"]').click();
    await flush();
    expect($(element, '.kam-error').textContent).toBe('Gesperrt');
    expect(toasts).toEqual([{ title: 'c.KAM_Error_Title', message: 'Gesperrt', variant: 'error' }]);
  });

  it('shows a failed save inline and as a toast', async () => {
    updateRecord.mockRejectedValueOnce({
      body: { output: { errors: [], fieldErrors: { Impact__c: [{ message: 'Wert zu groß' }] } } },
    });
    const { element, toasts } = await mountWithData();
    $(element, '.kam-edit[data-id="n1"]').click();
    await flush();
    $(element, '.kam-save').click();
    await flush();
    expect($(element, '.kam-form-error').textContent).toBe('Wert zu groß');
    expect(toasts.map((t) => t.message)).toEqual(['Wert zu groß']);
  });

  it('shows a failed query inline and as a toast', async () => {
    const { element, toasts } = mount();
    graphql.emitErrors([{ message: 'Objekt unbekannt' }]);
    await flush();
    expect($(element, '.kam-error').textContent).toBe('Objekt unbekannt');
    expect(toasts.map((t) => t.variant)).toEqual(['error']);
  });

  it('shows a failed load of the renderers inline and as a toast', async () => {
    loadScript.mockRejectedValueOnce(new Error('Ressource fehlt'));
    const { element, toasts } = await mountWithData();
    expect($(element, '.kam-viz-error').textContent).toBe('Not loaded: Ressource fehlt');
    expect($(element, '.kam-error')).toBeNull();
    expect(toasts.map((t) => t.message)).toEqual(['Ressource fehlt']);
    expect($(element, '.kam-viz svg')).toBeNull();
    expect($$(element, 'li.kam-note')).toHaveLength(3);
  });

  it('invites the first note when there is none', async () => {
    const { element } = mount();
    graphql.emit({ uiapi: { query: { KAM_Value_Chain_Note__c: { edges: [] } } } });
    await flush();
    expect($(element, '.kam-no-notes').textContent).toBe('c.KAM_ValueChain_NoNotes');
    expect($$(element, '.kam-viz svg g.kam-activity--unassessed')).toHaveLength(9);
  });

  it('says when only the first page of notes is shown', async () => {
    const { element } = await mountWithData();
    expect($(element, '.kam-truncated')).toBeNull();
    const notes = DATA.uiapi.query.KAM_Value_Chain_Note__c;
    graphql.emit({
      uiapi: { query: { KAM_Value_Chain_Note__c: { ...notes, pageInfo: { hasNextPage: true } } } },
    });
    await flush();
    expect($(element, '.kam-truncated').textContent).toBe('First 200 only');
  });
});

import { createElement } from 'lwc';
import KamScoreCard, { REFRESH_DELAYS, splitReasons } from 'c/kamScoreCard';
import { getRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEventName } from 'lightning/platformShowToastEvent';

jest.mock('@salesforce/label/c.KAM_Score_Value', () => ({ default: '{score} of 100' }), { virtual: true });
jest.mock('@salesforce/label/c.KAM_Score_Tier', () => ({ default: 'Tier {tier}' }), { virtual: true });
jest.mock('@salesforce/label/c.KAM_Score_ScoredAt', () => ({ default: 'Scored on {date}' }), {
  virtual: true,
});

const ACCOUNT = {
  apiName: 'Account',
  id: '001A',
  fields: {
    KAM_Score__c: { value: 72.5 },
    KAM_Tier__c: { value: 'A' },
    KAM_Quadrant__c: { value: 'develop' },
    KAM_Attractiveness__c: { value: 81 },
    KAM_Position__c: { value: 38 },
    KAM_Score_Reasons__c: {
      value: '+ Strong strategic fit\r\n− No decider recorded\n+ Large category spend\n− Single-threaded',
    },
    KAM_Scored_At__c: { value: '2026-03-02T09:30:00.000Z' },
  },
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const byId = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);

function mount() {
  const element = createElement('c-kam-score-card', { is: KamScoreCard });
  element.recordId = '001A';
  const toasts = [];
  element.addEventListener(ShowToastEventName, (e) => toasts.push(e.detail));
  document.body.appendChild(element);
  return { element, toasts };
}

describe('c-kam-score-card', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('asks for the score fields of the record it sits on', async () => {
    mount();
    await flush();
    const config = getRecord.getLastConfig();
    expect(config.recordId).toBe('001A');
    // optional: one field the user may not read does not fail the card
    expect(config.fields).toBeUndefined();
    const fields = config.optionalFields.map((f) => (typeof f === 'string' ? f : f.fieldApiName));
    expect(fields).toEqual(
      expect.arrayContaining(['KAM_Score__c', 'KAM_Tier__c', 'KAM_Quadrant__c', 'KAM_Score_Reasons__c']),
    );
  });

  it('shows the score, tier, quadrant, strengths, gaps and when it was scored', async () => {
    const { element } = mount();
    getRecord.emit(ACCOUNT);
    await flush();
    expect(byId(element, 'score').textContent).toBe('72.5 of 100');
    expect(element.shadowRoot.querySelector('lightning-progress-ring').value).toBe(72.5);
    expect(byId(element, 'tier').label).toBe('Tier A');
    expect(byId(element, 'quadrant').label).toBe('c.KAM_Score_Quadrant_Develop');
    const items = (id) => [...byId(element, id).querySelectorAll('li')].map((li) => li.textContent);
    expect(items('strengths')).toEqual(['Strong strategic fit', 'Large category spend']);
    expect(items('gaps')).toEqual(['No decider recorded', 'Single-threaded']);
    expect(byId(element, 'scored-at').textContent).toContain('2026');
    expect(byId(element, 'not-scored')).toBeNull();
  });

  it('passes the accessibility rules with the score shown', async () => {
    const { element } = mount();
    getRecord.emit(ACCOUNT);
    await flush();
    await expect(element).toBeAccessible();
  });

  it('says so when the account has not been scored', async () => {
    const { element } = mount();
    getRecord.emit({ apiName: 'Account', id: '001A', fields: { KAM_Score__c: { value: null } } });
    await flush();
    expect(byId(element, 'not-scored').textContent).toBe('c.KAM_Score_NotScored');
    expect(byId(element, 'score')).toBeNull();
    expect(byId(element, 'scored-at')).toBeNull();
  });

  it('requests a recompute through the record and confirms it with a toast', async () => {
    const { element, toasts } = mount();
    getRecord.emit(ACCOUNT);
    await flush();
    const before = Date.now();
    byId(element, 'recompute').click();
    await flush();
    expect(updateRecord).toHaveBeenCalledTimes(1);
    const { fields } = updateRecord.mock.calls[0][0];
    expect(Object.keys(fields).sort()).toEqual(['Id', 'KAM_Recompute_Requested_At__c']);
    expect(fields.Id).toBe('001A');
    expect(Date.parse(fields.KAM_Recompute_Requested_At__c)).toBeGreaterThanOrEqual(before - 1000);
    expect(toasts).toEqual([
      {
        title: 'c.KAM_Score_Requested',
        message: 'c.KAM_Score_RequestedMessage',
        variant: 'success',
      },
    ]);
    expect(byId(element, 'recompute').disabled).toBe(false);
  });

  it('reads the record again after a recompute until the new score is there', async () => {
    const { element } = mount();
    getRecord.emit(ACCOUNT);
    await flush();
    jest.useFakeTimers();
    try {
      byId(element, 'recompute').click();
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(updateRecord).toHaveBeenCalledTimes(1);
      expect(notifyRecordUpdateAvailable).not.toHaveBeenCalled();
      jest.advanceTimersByTime(REFRESH_DELAYS[0]);
      expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: '001A' }]);
      // the request itself changes the record: not yet the new score, so it keeps asking
      getRecord.emit(ACCOUNT);
      jest.advanceTimersByTime(REFRESH_DELAYS[1] - REFRESH_DELAYS[0]);
      expect(notifyRecordUpdateAvailable).toHaveBeenCalledTimes(2);
      const rescored = {
        ...ACCOUNT,
        fields: {
          ...ACCOUNT.fields,
          KAM_Score__c: { value: 80 },
          KAM_Scored_At__c: { value: '2026-03-03T10:00:00.000Z' },
        },
      };
      getRecord.emit(rescored);
      jest.advanceTimersByTime(60000);
      expect(notifyRecordUpdateAvailable).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
    await flush();
    expect(byId(element, 'score').textContent).toBe('80 of 100');
  });

  it('shows the score when fields the user may not read are missing from the record', async () => {
    const { element } = mount();
    getRecord.emit({ apiName: 'Account', id: '001A', fields: { KAM_Score__c: { value: 55 } } });
    await flush();
    expect(byId(element, 'score').textContent).toBe('55 of 100');
    expect(byId(element, 'tier')).toBeNull();
    expect(byId(element, 'no-gaps')).not.toBeNull();
  });

  it('shows a failed recompute inline and as a toast', async () => {
    updateRecord.mockRejectedValueOnce({ body: { message: 'Insufficient access rights' } });
    const { element, toasts } = mount();
    getRecord.emit(ACCOUNT);
    await flush();
    byId(element, 'recompute').click();
    await flush();
    expect(byId(element, 'save-error').textContent).toBe('Insufficient access rights');
    expect(toasts).toEqual([
      expect.objectContaining({ variant: 'error', message: 'Insufficient access rights' }),
    ]);
  });

  it('shows a failed read inline and as a toast', async () => {
    const { element, toasts } = mount();
    getRecord.error({ message: 'Record not found' });
    await flush();
    expect(byId(element, 'load-error').textContent).toBe('Record not found');
    expect(toasts).toEqual([expect.objectContaining({ variant: 'error', message: 'Record not found' })]);
    expect(element.shadowRoot.querySelector('lightning-spinner')).toBeNull();
  });

  it('keeps its texts and controls reachable for assistive technology', async () => {
    const { element } = mount();
    expect(element.shadowRoot.querySelector('lightning-spinner').alternativeText).toBe('c.KAM_Score_Loading');
    getRecord.emit(ACCOUNT);
    await flush();
    expect(byId(element, 'recompute').label).toBe('c.KAM_Score_Recompute');
  });

  it('splits the stored reasons into strengths and weaknesses', () => {
    expect(splitReasons('+ a\n\n- b\n\u2212 c\nnot a reason')).toEqual({
      strengths: ['a'],
      weaknesses: ['b', 'c'],
    });
    expect(splitReasons(null)).toEqual({ strengths: [], weaknesses: [] });
  });
});

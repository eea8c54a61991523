import { LightningElement, api, wire } from 'lwc';
import { getFieldValue, getRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { errorText, toastError } from 'c/kamErrors';
import { format, formatDate, formatNumber } from 'c/kamFormat';
import SCORE from '@salesforce/schema/Account.KAM_Score__c';
import TIER from '@salesforce/schema/Account.KAM_Tier__c';
import QUADRANT from '@salesforce/schema/Account.KAM_Quadrant__c';
import ATTRACTIVENESS from '@salesforce/schema/Account.KAM_Attractiveness__c';
import POSITION from '@salesforce/schema/Account.KAM_Position__c';
import REASONS from '@salesforce/schema/Account.KAM_Score_Reasons__c';
import SCORED_AT from '@salesforce/schema/Account.KAM_Scored_At__c';
import TITLE from '@salesforce/label/c.KAM_Score_Title';
import VALUE from '@salesforce/label/c.KAM_Score_Value';
import TIER_LABEL from '@salesforce/label/c.KAM_Score_Tier';
import INVEST from '@salesforce/label/c.KAM_Score_Quadrant_Invest';
import DEVELOP from '@salesforce/label/c.KAM_Score_Quadrant_Develop';
import MAINTAIN from '@salesforce/label/c.KAM_Score_Quadrant_Maintain';
import REDUCE from '@salesforce/label/c.KAM_Score_Quadrant_Reduce';
import ATTRACTIVENESS_LABEL from '@salesforce/label/c.KAM_Score_Attractiveness';
import POSITION_LABEL from '@salesforce/label/c.KAM_Score_Position';
import REASONS_LABEL from '@salesforce/label/c.KAM_Score_Reasons';
import GAPS_LABEL from '@salesforce/label/c.KAM_Score_Gaps';
import NO_REASONS from '@salesforce/label/c.KAM_Score_NoReasons';
import NO_GAPS from '@salesforce/label/c.KAM_Score_NoGaps';
import SCORED_AT_LABEL from '@salesforce/label/c.KAM_Score_ScoredAt';
import NOT_SCORED from '@salesforce/label/c.KAM_Score_NotScored';
import RECOMPUTE from '@salesforce/label/c.KAM_Score_Recompute';
import REQUESTED from '@salesforce/label/c.KAM_Score_Requested';
import REQUESTED_MESSAGE from '@salesforce/label/c.KAM_Score_RequestedMessage';
import LOADING from '@salesforce/label/c.KAM_Score_Loading';

/** Optional: a field the user may not read is left out instead of failing the whole card. */
const FIELDS = [SCORE, TIER, QUADRANT, ATTRACTIVENESS, POSITION, REASONS, SCORED_AT];
/**
 * After a recompute request the service scores within seconds: the card asks for the record again
 * after each of these delays (ms) until the score's time stamp changes.
 */
export const REFRESH_DELAYS = [3000, 8000, 20000];
const QUADRANT_LABELS = { invest: INVEST, develop: DEVELOP, maintain: MAINTAIN, reduce: REDUCE };

/**
 * `KAM_Score_Reasons__c` as the service writes it: one reason a line, strengths marked `+`,
 * weaknesses `−` (a typed `-` counts too), strongest first.
 */
export function splitReasons(stored) {
  const strengths = [];
  const weaknesses = [];
  for (const line of String(stored ?? '').split(/\r?\n/)) {
    const match = /^\s*([+\u2212-])\s*(.+?)\s*$/.exec(line);
    if (!match) continue;
    (match[1] === '+' ? strengths : weaknesses).push(match[2]);
  }
  return { strengths, weaknesses };
}

/** The key-account score of the Account: where it stands, why, what is missing, and a recompute. */
export default class KamScoreCard extends LightningElement {
  @api recordId;

  label = { TITLE, REASONS_LABEL, GAPS_LABEL, NO_REASONS, NO_GAPS, NOT_SCORED, RECOMPUTE, LOADING };
  record;
  loadError;
  saveError;
  busy = false;
  refreshTimers = [];
  scoredAtBefore;

  @wire(getRecord, { recordId: '$recordId', optionalFields: FIELDS })
  wiredAccount({ data, error }) {
    if (data) {
      this.record = data;
      this.loadError = undefined;
      if (this.refreshTimers.length > 0 && getFieldValue(data, SCORED_AT) !== this.scoredAtBefore)
        this.stopRefreshing();
    } else if (error) {
      this.record = undefined;
      this.loadError = errorText(error);
      toastError(this, error);
    }
  }

  get loading() {
    return !this.record && !this.loadError;
  }

  get score() {
    const value = getFieldValue(this.record, SCORE);
    return typeof value === 'number' ? value : undefined;
  }

  get scored() {
    return this.score !== undefined;
  }

  get scoreText() {
    return format(VALUE, { score: formatNumber(this.score) });
  }

  get tierText() {
    const tier = getFieldValue(this.record, TIER);
    return tier ? format(TIER_LABEL, { tier }) : undefined;
  }

  get quadrantText() {
    return QUADRANT_LABELS[getFieldValue(this.record, QUADRANT)];
  }

  get axes() {
    const line = (label, field) => {
      const value = getFieldValue(this.record, field);
      return typeof value === 'number' ? format(label, { value: formatNumber(value) }) : undefined;
    };
    return [
      { key: 'attractiveness', text: line(ATTRACTIVENESS_LABEL, ATTRACTIVENESS) },
      { key: 'position', text: line(POSITION_LABEL, POSITION) },
    ].filter((axis) => axis.text);
  }

  get reasons() {
    return splitReasons(getFieldValue(this.record, REASONS));
  }

  get strengths() {
    return this.reasons.strengths.map((text, i) => ({ key: `s${i}`, text }));
  }

  get weaknesses() {
    return this.reasons.weaknesses.map((text, i) => ({ key: `w${i}`, text }));
  }

  get hasStrengths() {
    return this.strengths.length > 0;
  }

  get hasWeaknesses() {
    return this.weaknesses.length > 0;
  }

  get scoredAtText() {
    const at = getFieldValue(this.record, SCORED_AT);
    return at ? format(SCORED_AT_LABEL, { date: formatDate(at) }) : undefined;
  }

  get recomputeDisabled() {
    return this.busy || !this.recordId;
  }

  /** Asks the service for a new score: it hears of the request field's change and writes the score back. */
  async recompute() {
    this.busy = true;
    this.saveError = undefined;
    try {
      await updateRecord({
        fields: { Id: this.recordId, KAM_Recompute_Requested_At__c: new Date().toISOString() },
      });
      this.dispatchEvent(
        new ShowToastEvent({ title: REQUESTED, message: REQUESTED_MESSAGE, variant: 'success' }),
      );
      this.refreshUntilScored();
    } catch (error) {
      this.saveError = errorText(error);
      toastError(this, error);
    } finally {
      this.busy = false;
    }
  }

  /** The new score shows without a reload: the record is read again until it has been scored anew. */
  refreshUntilScored() {
    this.stopRefreshing();
    this.scoredAtBefore = this.record ? getFieldValue(this.record, SCORED_AT) : undefined;
    const recordId = this.recordId;
    this.refreshTimers = REFRESH_DELAYS.map((delay) =>
      setTimeout(() => notifyRecordUpdateAvailable([{ recordId }]), delay),
    );
  }

  stopRefreshing() {
    this.refreshTimers.forEach(clearTimeout);
    this.refreshTimers = [];
  }

  disconnectedCallback() {
    this.stopRefreshing();
  }
}

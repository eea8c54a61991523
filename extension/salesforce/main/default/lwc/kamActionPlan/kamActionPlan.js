import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { graphql, refreshGraphQL } from 'lightning/uiGraphQLApi';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import CURRENCY from '@salesforce/i18n/currency';
import { loadKamViz } from 'c/kamViz';
import { errorText, formProblem, toastError } from 'c/kamErrors';
import { format, formatDate, formatMoney, today, vizLang } from 'c/kamFormat';
import {
  ACCOUNT_PLAN,
  ACTION,
  ACTION_KINDS,
  ACTION_PLAN_QUERY,
  OPPORTUNITY,
  actionFields,
  childRecordInput,
  mapNodes,
  nodesOf,
  toAccountPlan,
  toAction,
  toDeal,
  PAGE_SIZE,
  hasMorePages,
  dealVariables,
} from 'c/kamPlanRecords';
import VIZ_FAILED from '@salesforce/label/c.KAM_Viz_LoadFailed';
import TRUNCATED from '@salesforce/label/c.KAM_List_Truncated';
import TITLE from '@salesforce/label/c.KAM_ActionPlan_Title';
import GOALS from '@salesforce/label/c.KAM_ActionPlan_Goals';
import NO_GOALS from '@salesforce/label/c.KAM_ActionPlan_NoGoals';
import GOAL_LINE from '@salesforce/label/c.KAM_ActionPlan_GoalLine';
import ACTIONS from '@salesforce/label/c.KAM_ActionPlan_Actions';
import PROGRESS from '@salesforce/label/c.KAM_ActionPlan_Progress';
import NO_ACTIONS from '@salesforce/label/c.KAM_ActionPlan_NoActions';
import DUE from '@salesforce/label/c.KAM_ActionPlan_Due';
import OVERDUE from '@salesforce/label/c.KAM_ActionPlan_Overdue';
import NO_OWNER from '@salesforce/label/c.KAM_ActionPlan_NoOwner';
import ADD from '@salesforce/label/c.KAM_ActionPlan_Add';
import COMPLETE from '@salesforce/label/c.KAM_ActionPlan_Complete';
import COMPLETED from '@salesforce/label/c.KAM_ActionPlan_Completed';
import SAVED from '@salesforce/label/c.KAM_ActionPlan_Saved';
import SAVE from '@salesforce/label/c.KAM_ActionPlan_Save';
import CANCEL from '@salesforce/label/c.KAM_ActionPlan_Cancel';
import DUE_BEFORE_START from '@salesforce/label/c.KAM_ActionPlan_DueBeforeStart';
import FIELD_TITLE from '@salesforce/label/c.KAM_ActionPlan_Field_Title';
import FIELD_GOAL from '@salesforce/label/c.KAM_ActionPlan_Field_Goal';
import FIELD_KIND from '@salesforce/label/c.KAM_ActionPlan_Field_Kind';
import FIELD_START from '@salesforce/label/c.KAM_ActionPlan_Field_Start';
import FIELD_DUE from '@salesforce/label/c.KAM_ActionPlan_Field_Due';
import STATUS_PLANNED from '@salesforce/label/c.KAM_ActionPlan_Status_Planned';
import STATUS_IN_PROGRESS from '@salesforce/label/c.KAM_ActionPlan_Status_In_progress';
import STATUS_DONE from '@salesforce/label/c.KAM_ActionPlan_Status_Done';
import STATUS_CANCELLED from '@salesforce/label/c.KAM_ActionPlan_Status_Cancelled';
import KIND_ANALYSIS from '@salesforce/label/c.KAM_ActionPlan_Kind_Analysis';
import KIND_MEETING from '@salesforce/label/c.KAM_ActionPlan_Kind_Meeting';
import KIND_WORKSHOP from '@salesforce/label/c.KAM_ActionPlan_Kind_Workshop';
import KIND_PRESENTATION from '@salesforce/label/c.KAM_ActionPlan_Kind_Presentation';
import KIND_OFFER from '@salesforce/label/c.KAM_ActionPlan_Kind_Offer';
import KIND_REFERENCE_VISIT from '@salesforce/label/c.KAM_ActionPlan_Kind_Reference_visit';
import KIND_EVENT from '@salesforce/label/c.KAM_ActionPlan_Kind_Event';
import KIND_OTHER from '@salesforce/label/c.KAM_ActionPlan_Kind_Other';

const STATUS_LABEL = {
  planned: STATUS_PLANNED,
  in_progress: STATUS_IN_PROGRESS,
  done: STATUS_DONE,
  cancelled: STATUS_CANCELLED,
};
const KIND_LABEL = {
  analysis: KIND_ANALYSIS,
  meeting: KIND_MEETING,
  workshop: KIND_WORKSHOP,
  presentation: KIND_PRESENTATION,
  offer: KIND_OFFER,
  reference_visit: KIND_REFERENCE_VISIT,
  event: KIND_EVENT,
  other: KIND_OTHER,
};

const emptyDraft = () => ({ title: '', kind: 'meeting', start: today(), due: today(), goal: '' });
const byDueThenTitle = (a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.title.localeCompare(b.title));

/**
 * Maßnahmenplanung über die Zeitachse on the Account page: the actions as a timeline with the goals
 * per year (the core's plan analysis), the actions as a list to add to and to complete.
 */
export default class KamActionPlan extends NavigationMixin(LightningElement) {
  @api recordId;

  labels = {
    title: TITLE,
    goals: GOALS,
    noGoals: NO_GOALS,
    actions: ACTIONS,
    noActions: NO_ACTIONS,
    overdue: OVERDUE,
    add: ADD,
    complete: COMPLETE,
    save: SAVE,
    cancel: CANCEL,
    fieldTitle: FIELD_TITLE,
    fieldGoal: FIELD_GOAL,
    fieldKind: FIELD_KIND,
    fieldStart: FIELD_START,
    fieldDue: FIELD_DUE,
  };
  kindOptions = ACTION_KINDS.map((value) => ({ value, label: KIND_LABEL[value] }));

  actions = [];
  analysis;
  errorText;
  vizError;
  /** The answer held only the first page of some list. */
  truncated = false;
  showForm = false;
  draft = emptyDraft();
  formError;
  saving = false;
  wiredPlan;
  plan;
  deals = [];

  get variables() {
    return dealVariables(this.recordId, today());
  }

  @wire(graphql, { query: ACTION_PLAN_QUERY, variables: '$variables' })
  receivePlan(result) {
    this.wiredPlan = result;
    const { data, errors } = result ?? {};
    if (errors?.length) {
      this.showError(errors);
      return;
    }
    if (!data) return;
    this.errorText = undefined;
    this.truncated = hasMorePages(data);
    this.actions = mapNodes(data, ACTION, toAction);
    this.plan = toAccountPlan(nodesOf(data, ACCOUNT_PLAN));
    this.deals = mapNodes(data, OPPORTUNITY, toDeal);
    this.draw();
  }

  /** Loads the renderers (once per page) and draws; a failed load is said inline in words. */
  async draw() {
    let viz;
    try {
      viz = await loadKamViz(this);
      this.vizError = undefined;
    } catch (error) {
      this.vizError = format(VIZ_FAILED, { reason: errorText(error) });
      toastError(this, error);
      return;
    }
    try {
      const snapshot = {
        account: { currency: CURRENCY },
        plan: this.plan,
        actions: this.actions,
        deals: this.deals,
      };
      this.analysis = viz.analysePlan(snapshot, new Date());
      const container = this.template.querySelector('.kam-viz');
      if (!container) return;
      let svg = container.querySelector('svg');
      if (!svg) svg = container.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      viz.renderTimeline(
        svg,
        { actions: this.actions, plan: this.analysis, today: today(), currency: CURRENCY },
        {
          lang: vizLang(),
          width: Math.max(600, container.clientWidth || 0),
          onSelect: (id) => this.openAction(id),
        },
      );
    } catch (error) {
      this.showError(error);
    }
  }

  get hasGoals() {
    return this.goals.length > 0;
  }

  get goals() {
    return (this.analysis?.goals ?? []).map((g) => ({
      year: g.year,
      text: format(GOAL_LINE, {
        target: formatMoney(g.targetRevenue),
        won: formatMoney(g.won),
        pipeline: formatMoney(g.weightedPipeline),
        gap: formatMoney(g.gap),
      }),
    }));
  }

  get hasActions() {
    return this.actions.length > 0;
  }

  get progressText() {
    const done = this.actions.filter((a) => a.status === 'done').length;
    return this.actions.length > 0 ? format(PROGRESS, { done, total: this.actions.length }) : '';
  }

  /** Overdue as the core's plan analysis says: due before today and neither done nor cancelled. */
  get actionRows() {
    const overdue = new Set((this.analysis?.actions.overdue ?? []).map((f) => f.actionId));
    return [...this.actions].sort(byDueThenTitle).map((a) => ({
      id: a.id,
      title: a.title,
      statusLabel: STATUS_LABEL[a.status],
      owner: a.ownerName ?? NO_OWNER,
      dueText: format(DUE, { date: formatDate(a.due) }),
      overdue: overdue.has(a.id),
      canComplete: a.status === 'planned' || a.status === 'in_progress',
      className: `kam-action slds-p-vertical_xx-small${overdue.has(a.id) ? ' kam-overdue' : ''}`,
    }));
  }

  openAction(id) {
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId: id, objectApiName: ACTION, actionName: 'view' },
    });
  }

  handleAdd() {
    this.draft = emptyDraft();
    this.formError = undefined;
    this.showForm = true;
  }

  handleCancel() {
    this.showForm = false;
  }

  handleDraftChange(event) {
    this.draft = { ...this.draft, [event.target.dataset.field]: event.detail.value };
  }

  async handleSave() {
    const draft = { ...this.draft, title: (this.draft.title ?? '').trim() };
    const missing = [
      !draft.title && FIELD_TITLE,
      !draft.start && FIELD_START,
      !draft.due && FIELD_DUE,
    ].filter(Boolean);
    if (missing.length > 0) {
      this.formError = formProblem(this.template, { missing });
      return;
    }
    if (draft.due < draft.start) {
      this.formError = DUE_BEFORE_START;
      return;
    }
    this.saving = true;
    try {
      await createRecord(
        childRecordInput(ACTION, this.recordId, actionFields({ ...draft, status: 'planned' })),
      );
      this.showForm = false;
      this.formError = undefined;
      this.toast(SAVED);
      await refreshGraphQL(this.wiredPlan);
    } catch (error) {
      this.formError = errorText(error);
      toastError(this, error);
    } finally {
      this.saving = false;
    }
  }

  /** Done today: status and completion date together, so the effort counts in this year. */
  async handleComplete(event) {
    const id = event.target.dataset.id;
    try {
      await updateRecord({ fields: { Id: id, Status__c: 'done', Completed_On__c: today() } });
      this.errorText = undefined;
      this.toast(COMPLETED);
      await refreshGraphQL(this.wiredPlan);
    } catch (error) {
      this.showError(error);
    }
  }

  get truncatedText() {
    return format(TRUNCATED, { count: PAGE_SIZE });
  }

  showError(error) {
    this.errorText = errorText(error);
    toastError(this, error);
  }

  toast(title) {
    this.dispatchEvent(new ShowToastEvent({ title, variant: 'success' }));
  }
}

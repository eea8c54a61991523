import { wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { graphql } from 'lightning/uiGraphQLApi';
import { updateRecord } from 'lightning/uiRecordApi';
import CURRENCY from '@salesforce/i18n/currency';
import KamRecordPanel from 'c/kamRecordPanel';
import { formProblem } from 'c/kamErrors';
import { format, formatDate, formatMoney, today, vizLang } from 'c/kamFormat';
import {
  ACCOUNT_PLAN,
  ACTION,
  ACTION_KINDS,
  ACTION_PLAN_QUERY,
  OPPORTUNITY,
  actionFields,
  mapNodes,
  nodesOf,
  toAccountPlan,
  toAction,
  toDeal,
  dealVariables,
} from 'c/kamPlanRecords';
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
export default class KamActionPlan extends NavigationMixin(KamRecordPanel) {
  labels = {
    title: TITLE,
    goals: GOALS,
    noGoals: NO_GOALS,
    actions: ACTIONS,
    noActions: NO_ACTIONS,
    overdue: OVERDUE,
    add: ADD,
    complete: COMPLETE,
    fieldTitle: FIELD_TITLE,
    fieldGoal: FIELD_GOAL,
    fieldKind: FIELD_KIND,
    fieldStart: FIELD_START,
    fieldDue: FIELD_DUE,
  };
  kindOptions = ACTION_KINDS.map((value) => ({ value, label: KIND_LABEL[value] }));

  actions = [];
  analysis;
  draft = emptyDraft();
  plan;
  deals = [];

  get variables() {
    return dealVariables(this.recordId, today());
  }

  @wire(graphql, { query: ACTION_PLAN_QUERY, variables: '$variables' })
  receivePlan(result) {
    this.receive(result, (data) => {
      this.actions = mapNodes(data, ACTION, toAction);
      this.plan = toAccountPlan(nodesOf(data, ACCOUNT_PLAN));
      this.deals = mapNodes(data, OPPORTUNITY, toDeal);
    });
  }

  /** Analyses the plan and draws the timeline; choosing an action in it opens its record. */
  async draw() {
    const viz = await this.loadViz();
    if (!viz) return;
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
      viz.renderTimeline(
        this.svgIn(container),
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

  /** A new action: the plan's list only adds and completes; an action is edited on its record page. */
  openForm() {
    this.editingId = undefined;
    this.draft = emptyDraft();
    this.formError = undefined;
    this.showForm = true;
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
    await this.saveRecord(ACTION, actionFields({ ...draft, status: 'planned' }), SAVED);
  }

  /** Done today: status and completion date together, so the effort counts in this year. */
  handleComplete(event) {
    const id = event.target.dataset.id;
    return this.writeFromList(
      () => updateRecord({ fields: { Id: id, Status__c: 'done', Completed_On__c: today() } }),
      COMPLETED,
    );
  }
}

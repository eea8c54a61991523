import { LightningElement, api, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { graphql, refreshGraphQL } from 'lightning/uiGraphQLApi';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import CURRENCY from '@salesforce/i18n/currency';
import { loadKamViz } from 'c/kamViz';
import { errorText, formProblem, toastError } from 'c/kamErrors';
import { format, formatDate, formatMoney, formatNumber, formatPercent, vizLang, today } from 'c/kamFormat';
import {
  HORIZONS,
  OPPORTUNITIES_QUERY,
  OPPORTUNITY,
  POTENTIAL,
  childRecordInput,
  mapNodes,
  nodesOf,
  potentialFields,
  toDeal,
  toPotential,
  PAGE_SIZE,
  hasMorePages,
  dealVariables,
} from 'c/kamPlanRecords';
import VIZ_FAILED from '@salesforce/label/c.KAM_Viz_LoadFailed';
import TRUNCATED from '@salesforce/label/c.KAM_List_Truncated';
import TITLE from '@salesforce/label/c.KAM_Opportunities_Title';
import POTENTIALS from '@salesforce/label/c.KAM_Opportunities_Potentials';
import NO_POTENTIALS from '@salesforce/label/c.KAM_Opportunities_NoPotentials';
import POTENTIAL_LINE from '@salesforce/label/c.KAM_Opportunities_PotentialLine';
import ADD from '@salesforce/label/c.KAM_Opportunities_Add';
import EDIT from '@salesforce/label/c.KAM_Opportunities_Edit';
import DELETE from '@salesforce/label/c.KAM_Opportunities_Delete';
import SAVE from '@salesforce/label/c.KAM_Opportunities_Save';
import CANCEL from '@salesforce/label/c.KAM_Opportunities_Cancel';
import SAVED from '@salesforce/label/c.KAM_Opportunities_Saved';
import DELETED from '@salesforce/label/c.KAM_Opportunities_Deleted';
import FIELD_PRODUCT_LINE from '@salesforce/label/c.KAM_Opportunities_Field_ProductLine';
import FIELD_HORIZON from '@salesforce/label/c.KAM_Opportunities_Field_Horizon';
import FIELD_VOLUME from '@salesforce/label/c.KAM_Opportunities_Field_VolumePerYear';
import FIELD_PROBABILITY from '@salesforce/label/c.KAM_Opportunities_Field_Probability';
import FIELD_NOTE from '@salesforce/label/c.KAM_Opportunities_Field_Note';
import HORIZON_SHORT from '@salesforce/label/c.KAM_Opportunities_Horizon_Short';
import HORIZON_MEDIUM from '@salesforce/label/c.KAM_Opportunities_Horizon_Medium';
import HORIZON_LONG from '@salesforce/label/c.KAM_Opportunities_Horizon_Long';
import PROJECTS from '@salesforce/label/c.KAM_Opportunities_Projects';
import NO_PROJECTS from '@salesforce/label/c.KAM_Opportunities_NoProjects';
import PROJECT_LINE from '@salesforce/label/c.KAM_Opportunities_ProjectLine';
import EVENT_DRIVEN from '@salesforce/label/c.KAM_Opportunities_EventDriven';
import EVENT_DRIVEN_NO_REVENUE from '@salesforce/label/c.KAM_Opportunities_EventDrivenNoRevenue';

const HORIZON_LABEL = { short: HORIZON_SHORT, medium: HORIZON_MEDIUM, long: HORIZON_LONG };
const emptyDraft = () => ({
  productLine: '',
  horizon: 'short',
  volumePerYear: '',
  probability: '50',
  note: '',
});

/**
 * Analyse der Verkaufschancen on the Account page: potential per horizon and product line against
 * current revenue and share of wallet (the core's horizon analysis, drawn), the potentials to add,
 * edit and delete, and the open projects with the event-driven warning.
 */
export default class KamOpportunities extends LightningElement {
  @api recordId;

  labels = {
    title: TITLE,
    potentials: POTENTIALS,
    noPotentials: NO_POTENTIALS,
    add: ADD,
    edit: EDIT,
    delete: DELETE,
    save: SAVE,
    cancel: CANCEL,
    fieldProductLine: FIELD_PRODUCT_LINE,
    fieldHorizon: FIELD_HORIZON,
    fieldVolumePerYear: FIELD_VOLUME,
    fieldProbability: FIELD_PROBABILITY,
    fieldNote: FIELD_NOTE,
    projects: PROJECTS,
    noProjects: NO_PROJECTS,
  };
  horizonOptions = HORIZONS.map((value) => ({ value, label: HORIZON_LABEL[value] }));

  potentials = [];
  deals = [];
  categorySpend;
  /** The core's analysis of the open projects (konkrete Projekte), once the renderers' bundle is loaded. */
  projectAnalysis;
  errorText;
  vizError;
  /** The answer held only the first page of some list. */
  truncated = false;
  showForm = false;
  /** The potential being edited; undefined for a new one. */
  editingId;
  draft = emptyDraft();
  formError;
  saving = false;
  wiredOpportunities;

  get variables() {
    return dealVariables(this.recordId, today());
  }

  @wire(graphql, { query: OPPORTUNITIES_QUERY, variables: '$variables' })
  receiveOpportunities(result) {
    this.wiredOpportunities = result;
    const { data, errors } = result ?? {};
    if (errors?.length) {
      this.showError(errors);
      return;
    }
    if (!data) return;
    this.errorText = undefined;
    this.truncated = hasMorePages(data);
    const spend = nodesOf(data, 'Account')[0]?.KAM_Category_Spend__c?.value;
    this.categorySpend = typeof spend === 'number' ? spend : undefined;
    this.potentials = mapNodes(data, POTENTIAL, toPotential);
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
      const account = { id: this.recordId, currency: CURRENCY, categorySpendPerYear: this.categorySpend };
      const now = new Date();
      const horizons = viz.analyseHorizons({ account, potentials: this.potentials, deals: this.deals }, now);
      this.projectAnalysis = viz.analyseProjects({ account, deals: this.deals }, now);
      const container = this.template.querySelector('.kam-viz');
      if (!container) return;
      let svg = container.querySelector('svg');
      if (!svg) svg = container.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      viz.renderHorizons(
        svg,
        { horizons, currency: CURRENCY },
        { lang: vizLang(), width: Math.max(600, container.clientWidth || 0) },
      );
    } catch (error) {
      this.showError(error);
    }
  }

  get hasPotentials() {
    return this.potentials.length > 0;
  }

  get potentialRows() {
    return [...this.potentials]
      .sort(
        (a, b) =>
          a.productLine.localeCompare(b.productLine) ||
          HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon),
      )
      .map((p) => ({
        id: p.id,
        productLine: p.productLine,
        horizonLabel: HORIZON_LABEL[p.horizon],
        volumeText: format(POTENTIAL_LINE, {
          volume: formatMoney(p.volumePerYear),
          probability: formatPercent(p.probability),
        }),
        note: p.note,
      }));
  }

  get hasProjects() {
    return this.projectAnalysis?.projects.length > 0;
  }

  get noProjects() {
    return this.projectAnalysis?.projects.length === 0;
  }

  get projectRows() {
    if (!this.projectAnalysis) return [];
    const { projects, revenueYear, currentRevenue } = this.projectAnalysis;
    return projects.map((p) => ({
      id: p.dealId,
      name: p.name,
      figures: format(PROJECT_LINE, { amount: formatMoney(p.amount), date: formatDate(p.decisionDate) }),
      warning:
        p.eventDriven === 'large'
          ? format(EVENT_DRIVEN, {
              multiple: formatNumber(p.relativeToRevenue),
              year: revenueYear,
              revenue: formatMoney(currentRevenue),
            })
          : p.eventDriven === 'no_revenue'
            ? format(EVENT_DRIVEN_NO_REVENUE, { year: revenueYear })
            : undefined,
    }));
  }

  openForm(id) {
    const potential = id ? this.potentials.find((p) => p.id === id) : undefined;
    this.editingId = potential?.id;
    this.draft = potential
      ? {
          productLine: potential.productLine,
          horizon: potential.horizon,
          volumePerYear: String(potential.volumePerYear),
          probability: String(Math.round(potential.probability * 100)),
          note: potential.note ?? '',
        }
      : emptyDraft();
    this.formError = undefined;
    this.showForm = true;
  }

  handleAdd() {
    this.openForm();
  }

  handleEdit(event) {
    this.openForm(event.target.dataset.id);
  }

  handleCancel() {
    this.showForm = false;
  }

  handleDraftChange(event) {
    this.draft = { ...this.draft, [event.target.dataset.field]: event.detail.value };
  }

  async handleSave() {
    const productLine = (this.draft.productLine ?? '').trim();
    const volumePerYear = Number(this.draft.volumePerYear);
    const percent = this.draft.probability === '' ? 50 : Number(this.draft.probability);
    const missing = [
      !productLine && FIELD_PRODUCT_LINE,
      !HORIZONS.includes(this.draft.horizon) && FIELD_HORIZON,
      (this.draft.volumePerYear ?? '') === '' && FIELD_VOLUME,
    ].filter(Boolean);
    const invalid = [
      !missing.includes(FIELD_VOLUME) && !(volumePerYear >= 0) && FIELD_VOLUME,
      !(percent >= 0 && percent <= 100) && FIELD_PROBABILITY,
    ].filter(Boolean);
    if (missing.length > 0 || invalid.length > 0) {
      this.formError = formProblem(this.template, { missing, invalid });
      return;
    }
    this.formError = undefined;
    const fields = potentialFields({
      productLine,
      horizon: this.draft.horizon,
      volumePerYear,
      probability: percent / 100,
      note: this.draft.note?.trim(),
    });
    this.saving = true;
    try {
      if (this.editingId) await updateRecord({ fields: { Id: this.editingId, ...fields } });
      else await createRecord(childRecordInput(POTENTIAL, this.recordId, fields));
      this.showForm = false;
      this.toast(SAVED);
      await refreshGraphQL(this.wiredOpportunities);
    } catch (error) {
      this.formError = errorText(error);
      toastError(this, error);
    } finally {
      this.saving = false;
    }
  }

  async handleDelete(event) {
    const id = event.target.dataset.id;
    try {
      await deleteRecord(id);
      if (this.editingId === id) this.showForm = false;
      this.errorText = undefined;
      this.toast(DELETED);
      await refreshGraphQL(this.wiredOpportunities);
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

import { wire } from 'lwc';
import { graphql } from 'lightning/uiGraphQLApi';
import CURRENCY from '@salesforce/i18n/currency';
import KamRecordPanel from 'c/kamRecordPanel';
import { formProblem } from 'c/kamErrors';
import { format, formatDate, formatMoney, formatNumber, formatPercent, vizLang, today } from 'c/kamFormat';
import {
  HORIZONS,
  OPPORTUNITIES_QUERY,
  OPPORTUNITY,
  POTENTIAL,
  mapNodes,
  nodesOf,
  potentialFields,
  toDeal,
  toPotential,
  dealVariables,
} from 'c/kamPlanRecords';
import TITLE from '@salesforce/label/c.KAM_Opportunities_Title';
import POTENTIALS from '@salesforce/label/c.KAM_Opportunities_Potentials';
import NO_POTENTIALS from '@salesforce/label/c.KAM_Opportunities_NoPotentials';
import POTENTIAL_LINE from '@salesforce/label/c.KAM_Opportunities_PotentialLine';
import ADD from '@salesforce/label/c.KAM_Opportunities_Add';
import EDIT from '@salesforce/label/c.KAM_Opportunities_Edit';
import DELETE from '@salesforce/label/c.KAM_Opportunities_Delete';
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
export default class KamOpportunities extends KamRecordPanel {
  labels = {
    title: TITLE,
    potentials: POTENTIALS,
    noPotentials: NO_POTENTIALS,
    add: ADD,
    edit: EDIT,
    delete: DELETE,
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
  draft = emptyDraft();

  get variables() {
    return dealVariables(this.recordId, today());
  }

  @wire(graphql, { query: OPPORTUNITIES_QUERY, variables: '$variables' })
  receiveOpportunities(result) {
    this.receive(result, (data) => {
      const spend = nodesOf(data, 'Account')[0]?.KAM_Category_Spend__c?.value;
      this.categorySpend = typeof spend === 'number' ? spend : undefined;
      this.potentials = mapNodes(data, POTENTIAL, toPotential);
      this.deals = mapNodes(data, OPPORTUNITY, toDeal);
    });
  }

  /** Analyses the horizons and projects and draws the horizons. */
  async draw() {
    const viz = await this.loadViz();
    if (!viz) return;
    try {
      const account = { id: this.recordId, currency: CURRENCY, categorySpendPerYear: this.categorySpend };
      const now = new Date();
      const horizons = viz.analyseHorizons({ account, potentials: this.potentials, deals: this.deals }, now);
      this.projectAnalysis = viz.analyseProjects({ account, deals: this.deals }, now);
      const container = this.template.querySelector('.kam-viz');
      if (!container) return;
      viz.renderHorizons(
        this.svgIn(container),
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
    await this.saveRecord(POTENTIAL, fields, SAVED);
  }

  handleDelete(event) {
    return this.deleteRecordById(event.target.dataset.id, DELETED);
  }
}

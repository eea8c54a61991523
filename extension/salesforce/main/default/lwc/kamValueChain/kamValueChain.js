import { LightningElement, api, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { graphql, refreshGraphQL } from 'lightning/uiGraphQLApi';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import { loadKamViz } from 'c/kamViz';
import { errorText, formProblem, toastError } from 'c/kamErrors';
import { format, vizLang } from 'c/kamFormat';
import {
  ASSESSMENTS,
  PORTER_ACTIVITIES,
  VALUE_CHAIN_NOTE,
  VALUE_CHAIN_QUERY,
  childRecordInput,
  mapNodes,
  toValueChainNote,
  valueChainNoteFields,
  PAGE_SIZE,
  hasMorePages,
} from 'c/kamPlanRecords';
import VIZ_FAILED from '@salesforce/label/c.KAM_Viz_LoadFailed';
import TRUNCATED from '@salesforce/label/c.KAM_List_Truncated';
import TITLE from '@salesforce/label/c.KAM_ValueChain_Title';
import NOTES from '@salesforce/label/c.KAM_ValueChain_Notes';
import NO_NOTES from '@salesforce/label/c.KAM_ValueChain_NoNotes';
import ADD from '@salesforce/label/c.KAM_ValueChain_Add';
import EDIT from '@salesforce/label/c.KAM_ValueChain_Edit';
import DELETE from '@salesforce/label/c.KAM_ValueChain_Delete';
import SAVE from '@salesforce/label/c.KAM_ValueChain_Save';
import CANCEL from '@salesforce/label/c.KAM_ValueChain_Cancel';
import SAVED from '@salesforce/label/c.KAM_ValueChain_Saved';
import DELETED from '@salesforce/label/c.KAM_ValueChain_Deleted';
import FIELD_ACTIVITY from '@salesforce/label/c.KAM_ValueChain_Field_Activity';
import FIELD_ASSESSMENT from '@salesforce/label/c.KAM_ValueChain_Field_Assessment';
import FIELD_IMPACT from '@salesforce/label/c.KAM_ValueChain_Field_Impact';
import FIELD_NOTE from '@salesforce/label/c.KAM_ValueChain_Field_Note';
import FIELD_OUR_CONTRIBUTION from '@salesforce/label/c.KAM_ValueChain_Field_OurContribution';
import IMPACT_1 from '@salesforce/label/c.KAM_ValueChain_Impact_1';
import IMPACT_2 from '@salesforce/label/c.KAM_ValueChain_Impact_2';
import IMPACT_3 from '@salesforce/label/c.KAM_ValueChain_Impact_3';
import INBOUND_LOGISTICS from '@salesforce/label/c.KAM_ValueChain_Activity_Inbound_logistics';
import OPERATIONS from '@salesforce/label/c.KAM_ValueChain_Activity_Operations';
import OUTBOUND_LOGISTICS from '@salesforce/label/c.KAM_ValueChain_Activity_Outbound_logistics';
import MARKETING_SALES from '@salesforce/label/c.KAM_ValueChain_Activity_Marketing_sales';
import SERVICE from '@salesforce/label/c.KAM_ValueChain_Activity_Service';
import FIRM_INFRASTRUCTURE from '@salesforce/label/c.KAM_ValueChain_Activity_Firm_infrastructure';
import HUMAN_RESOURCES from '@salesforce/label/c.KAM_ValueChain_Activity_Human_resources';
import TECHNOLOGY_DEVELOPMENT from '@salesforce/label/c.KAM_ValueChain_Activity_Technology_development';
import PROCUREMENT from '@salesforce/label/c.KAM_ValueChain_Activity_Procurement';
import STRENGTH from '@salesforce/label/c.KAM_ValueChain_Assessment_Strength';
import WEAKNESS from '@salesforce/label/c.KAM_ValueChain_Assessment_Weakness';
import NEUTRAL from '@salesforce/label/c.KAM_ValueChain_Assessment_Neutral';

const ACTIVITY_LABEL = {
  inbound_logistics: INBOUND_LOGISTICS,
  operations: OPERATIONS,
  outbound_logistics: OUTBOUND_LOGISTICS,
  marketing_sales: MARKETING_SALES,
  service: SERVICE,
  firm_infrastructure: FIRM_INFRASTRUCTURE,
  human_resources: HUMAN_RESOURCES,
  technology_development: TECHNOLOGY_DEVELOPMENT,
  procurement: PROCUREMENT,
};
const ASSESSMENT_LABEL = { strength: STRENGTH, weakness: WEAKNESS, neutral: NEUTRAL };
const IMPACT_LABEL = { 1: IMPACT_1, 2: IMPACT_2, 3: IMPACT_3 };

const emptyDraft = () => ({
  activity: undefined,
  assessment: 'neutral',
  impact: '2',
  note: '',
  ourContribution: '',
});
const activityOrder = (note) => PORTER_ACTIVITIES.indexOf(note.activity);

/**
 * The customer's value chain (Porter) on the Account page: the nine activities with the recorded
 * strengths, weaknesses and where our offer helps; notes to add, edit (also by choosing one in the
 * drawing) and delete.
 */
export default class KamValueChain extends LightningElement {
  @api recordId;

  labels = {
    title: TITLE,
    notes: NOTES,
    noNotes: NO_NOTES,
    add: ADD,
    edit: EDIT,
    delete: DELETE,
    save: SAVE,
    cancel: CANCEL,
    fieldActivity: FIELD_ACTIVITY,
    fieldAssessment: FIELD_ASSESSMENT,
    fieldImpact: FIELD_IMPACT,
    fieldNote: FIELD_NOTE,
    fieldOurContribution: FIELD_OUR_CONTRIBUTION,
  };
  activityOptions = PORTER_ACTIVITIES.map((value) => ({ value, label: ACTIVITY_LABEL[value] }));
  assessmentOptions = ASSESSMENTS.map((value) => ({ value, label: ASSESSMENT_LABEL[value] }));
  impactOptions = [1, 2, 3].map((n) => ({ value: String(n), label: IMPACT_LABEL[n] }));

  notes = [];
  errorText;
  vizError;
  /** The answer held only the first page of some list. */
  truncated = false;
  showForm = false;
  /** The note being edited; undefined for a new one. */
  editingId;
  draft = emptyDraft();
  formError;
  saving = false;
  wiredNotes;

  get variables() {
    return { recordId: this.recordId };
  }

  @wire(graphql, { query: VALUE_CHAIN_QUERY, variables: '$variables' })
  receiveNotes(result) {
    this.wiredNotes = result;
    const { data, errors } = result ?? {};
    if (errors?.length) {
      this.showError(errors);
      return;
    }
    if (!data) return;
    this.errorText = undefined;
    this.truncated = hasMorePages(data);
    this.notes = mapNodes(data, VALUE_CHAIN_NOTE, toValueChainNote);
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
      const container = this.template.querySelector('.kam-viz');
      if (!container) return;
      let svg = container.querySelector('svg');
      if (!svg) svg = container.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      viz.renderValueChain(
        svg,
        { notes: this.notes },
        {
          lang: vizLang(),
          width: Math.max(640, container.clientWidth || 0),
          onSelect: (id) => this.openForm(id),
        },
      );
    } catch (error) {
      this.showError(error);
    }
  }

  get hasNotes() {
    return this.notes.length > 0;
  }

  get noteRows() {
    return [...this.notes]
      .sort((a, b) => activityOrder(a) - activityOrder(b) || b.impact - a.impact)
      .map((n) => ({
        id: n.id,
        activityLabel: ACTIVITY_LABEL[n.activity],
        assessmentLabel: ASSESSMENT_LABEL[n.assessment],
        impactLabel: `${FIELD_IMPACT}: ${IMPACT_LABEL[n.impact]}`,
        note: n.note,
        ourContribution: n.ourContribution,
      }));
  }

  openForm(id) {
    const note = id ? this.notes.find((n) => n.id === id) : undefined;
    this.editingId = note?.id;
    this.draft = note
      ? {
          activity: note.activity,
          assessment: note.assessment,
          impact: String(note.impact),
          note: note.note ?? '',
          ourContribution: note.ourContribution ?? '',
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
    const { activity, assessment, impact, note, ourContribution } = this.draft;
    if (!PORTER_ACTIVITIES.includes(activity)) {
      this.formError = formProblem(this.template, { missing: [FIELD_ACTIVITY] });
      return;
    }
    this.formError = undefined;
    const fields = valueChainNoteFields({
      activity,
      assessment,
      impact: Number(impact),
      note: note?.trim(),
      ourContribution: ourContribution?.trim(),
    });
    this.saving = true;
    try {
      if (this.editingId) await updateRecord({ fields: { Id: this.editingId, ...fields } });
      else await createRecord(childRecordInput(VALUE_CHAIN_NOTE, this.recordId, fields));
      this.showForm = false;
      this.toast(SAVED);
      await refreshGraphQL(this.wiredNotes);
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
      await refreshGraphQL(this.wiredNotes);
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

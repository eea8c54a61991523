import { wire } from 'lwc';
import { graphql } from 'lightning/uiGraphQLApi';
import KamRecordPanel from 'c/kamRecordPanel';
import { formProblem } from 'c/kamErrors';
import { vizLang } from 'c/kamFormat';
import {
  ASSESSMENTS,
  PORTER_ACTIVITIES,
  VALUE_CHAIN_NOTE,
  VALUE_CHAIN_QUERY,
  mapNodes,
  toValueChainNote,
  valueChainNoteFields,
} from 'c/kamPlanRecords';
import TITLE from '@salesforce/label/c.KAM_ValueChain_Title';
import NOTES from '@salesforce/label/c.KAM_ValueChain_Notes';
import NO_NOTES from '@salesforce/label/c.KAM_ValueChain_NoNotes';
import ADD from '@salesforce/label/c.KAM_ValueChain_Add';
import EDIT from '@salesforce/label/c.KAM_ValueChain_Edit';
import DELETE from '@salesforce/label/c.KAM_ValueChain_Delete';
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
export default class KamValueChain extends KamRecordPanel {
  labels = {
    title: TITLE,
    notes: NOTES,
    noNotes: NO_NOTES,
    add: ADD,
    edit: EDIT,
    delete: DELETE,
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
  draft = emptyDraft();

  get variables() {
    return { recordId: this.recordId };
  }

  @wire(graphql, { query: VALUE_CHAIN_QUERY, variables: '$variables' })
  receiveNotes(result) {
    this.receive(result, (data) => {
      this.notes = mapNodes(data, VALUE_CHAIN_NOTE, toValueChainNote);
    });
  }

  /** Draws the value chain; choosing a note in the drawing opens it in the form. */
  async draw() {
    const viz = await this.loadViz();
    if (!viz) return;
    try {
      const container = this.template.querySelector('.kam-viz');
      if (!container) return;
      viz.renderValueChain(
        this.svgIn(container),
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
    await this.saveRecord(VALUE_CHAIN_NOTE, fields, SAVED);
  }

  handleDelete(event) {
    return this.deleteRecordById(event.target.dataset.id, DELETED);
  }
}

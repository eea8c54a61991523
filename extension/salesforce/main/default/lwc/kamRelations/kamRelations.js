import { wire } from 'lwc';
import { graphql } from 'lightning/uiGraphQLApi';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import KamRecordPanel from 'c/kamRecordPanel';
import { vizLang } from 'c/kamFormat';
import {
  PEOPLE_QUERY,
  RELATIONSHIP_KINDS,
  peopleFromGraphQL,
  peopleVariables,
  relationshipCreate,
  relationshipUpdate,
  PAGE_SIZE,
  hasMorePages,
} from 'c/kamPeopleRecords';
import { pathInWords, KIND_LABELS, STRENGTH_LABELS } from './relationsText';
import TITLE from '@salesforce/label/c.KAM_Relations_Title';
import LOADING from '@salesforce/label/c.KAM_Relations_Loading';
import SOCIOGRAM from '@salesforce/label/c.KAM_Relations_Sociogram';
import ORG_CHART from '@salesforce/label/c.KAM_Relations_OrgChart';
import CHAMPIONS from '@salesforce/label/c.KAM_Relations_Champions';
import BLOCKERS from '@salesforce/label/c.KAM_Relations_Blockers';
import HIDDEN from '@salesforce/label/c.KAM_Relations_Hidden';
import NOBODY from '@salesforce/label/c.KAM_Relations_Nobody';
import PATH_TITLE from '@salesforce/label/c.KAM_Relations_PathTitle';
import NO_DECIDER from '@salesforce/label/c.KAM_Relations_Path_NoDecider';
import LIST from '@salesforce/label/c.KAM_Relations_List';
import NONE from '@salesforce/label/c.KAM_Relations_None';
import NO_CONTACTS from '@salesforce/label/c.KAM_Relations_NoContacts';
import FROM from '@salesforce/label/c.KAM_Relations_From';
import TO from '@salesforce/label/c.KAM_Relations_To';
import KIND from '@salesforce/label/c.KAM_Relations_Kind';
import STRENGTH from '@salesforce/label/c.KAM_Relations_Strength';
import NOTE from '@salesforce/label/c.KAM_Relations_Note';
import ADD from '@salesforce/label/c.KAM_Relations_Add';
import EDIT_TITLE from '@salesforce/label/c.KAM_Relations_EditTitle';
import EDIT from '@salesforce/label/c.KAM_Relations_Edit';
import DELETE from '@salesforce/label/c.KAM_Relations_Delete';
import SAME_PERSON from '@salesforce/label/c.KAM_Relations_SamePerson';
import PICK_PEOPLE from '@salesforce/label/c.KAM_Relations_PickPeople';
import SAVED from '@salesforce/label/c.KAM_Relations_Saved';
import DELETED from '@salesforce/label/c.KAM_Relations_Deleted';

/** Same data, same picture: the sociogram's layout is seeded. */
const SEED = 1;

/** The customer's informal network and formal hierarchy, what they say, and the ties to edit. */
export default class KamRelations extends KamRecordPanel {
  label = { TITLE, LOADING, SOCIOGRAM, ORG_CHART, CHAMPIONS, BLOCKERS, HIDDEN, PATH_TITLE, LIST, NONE };
  text = { NO_CONTACTS, FROM, TO, KIND, STRENGTH, NOTE, ADD, EDIT, DELETE };
  kindOptions = RELATIONSHIP_KINDS.map((kind) => ({ label: KIND_LABELS[kind], value: kind }));
  strengthOptions = [1, 2, 3].map((s) => ({ label: STRENGTH_LABELS[s], value: `${s}` }));

  pageSize = PAGE_SIZE;
  people;
  viz;
  analysis;
  draft;
  /** A failed delete, shown at the list (the read's failure shows above the card's content). */
  listError;
  drawn;

  get variables() {
    return peopleVariables(this.recordId);
  }

  @wire(graphql, { query: PEOPLE_QUERY, variables: '$variables' })
  wiredPeople(result) {
    this.wired = result;
    const { data, errors } = result;
    if (errors) {
      this.showError(errors);
    } else if (data) {
      this.people = peopleFromGraphQL(data);
      this.truncated = hasMorePages(data);
      this.errorText = undefined;
      this.analyse();
    }
  }

  async connectedCallback() {
    this.viz = await this.loadViz();
    this.analyse();
  }

  analyse() {
    if (!this.viz || !this.people) return;
    const { contacts } = this.people;
    this.safely(() => {
      this.analysis = {
        sociogram: this.viz.analyseSociogram(this.people),
        buyingCenter: this.viz.analyseBuyingCenter({ contacts }, new Date()),
        orgChart: this.viz.buildOrgChart(this.people),
      };
    });
  }

  renderedCallback() {
    const sociogram = this.template.querySelector('svg.kam-sociogram');
    const orgChart = this.template.querySelector('svg.kam-org-chart');
    if (!sociogram || !orgChart || this.drawn === this.analysis) return;
    this.drawn = this.analysis;
    const { contacts, relationships } = this.people;
    const options = { lang: vizLang(), seed: SEED };
    this.viz.renderSociogram(
      sociogram,
      {
        contacts,
        relationships,
        sociogram: this.analysis.sociogram,
        buyingCenter: this.analysis.buyingCenter,
      },
      options,
    );
    this.viz.renderOrgChart(orgChart, { contacts, orgChart: this.analysis.orgChart }, options);
  }

  get loading() {
    return !this.people && !this.errorText;
  }

  get hasContacts() {
    return this.people?.contacts.length > 0;
  }

  get showViews() {
    return Boolean(this.analysis) && this.hasContacts;
  }

  nameOf = (id) => this.people?.contacts.find((c) => c.id === id)?.name ?? id;

  get signals() {
    if (!this.analysis) return [];
    const { sociogram } = this.analysis;
    const names = (list) => list.map((p) => this.nameOf(p.contactId)).join(', ') || NOBODY;
    return [
      { key: 'champions', title: CHAMPIONS, names: names(sociogram.champions) },
      { key: 'blockers', title: BLOCKERS, names: names(sociogram.blockers) },
      { key: 'hidden', title: HIDDEN, names: names(sociogram.hiddenInfluencers) },
    ];
  }

  get paths() {
    if (!this.analysis) return [];
    const paths = this.analysis.sociogram.deciderPaths;
    if (paths.length === 0) return [{ key: 'none', text: NO_DECIDER }];
    return paths.map((path) => ({ key: path.deciderId, text: pathInWords(path, this.nameOf) }));
  }

  get contactOptions() {
    return (this.people?.contacts ?? []).map((c) => ({ label: c.name, value: c.id }));
  }

  get rows() {
    return (this.people?.relationships ?? []).map((r) => ({
      id: r.id,
      text: `${this.nameOf(r.fromId)} ${KIND_LABELS[r.kind]} ${this.nameOf(r.toId)} (${STRENGTH_LABELS[r.strength]})`,
      note: r.note,
    }));
  }

  get hasRelationships() {
    return this.rows.length > 0;
  }

  get formTitle() {
    return this.draft?.id ? EDIT_TITLE : ADD;
  }

  startAdd() {
    this.formError = undefined;
    this.draft = { fromId: '', toId: '', kind: 'influences', strength: '2', note: '' };
  }

  handleEdit(event) {
    const r = this.people.relationships.find((x) => x.id === event.target.dataset.relationshipId);
    if (!r) return;
    this.formError = undefined;
    this.draft = {
      id: r.id,
      fromId: r.fromId,
      toId: r.toId,
      kind: r.kind,
      strength: `${r.strength}`,
      note: r.note ?? '',
    };
  }

  cancelEdit() {
    this.draft = undefined;
    this.formError = undefined;
  }

  async saveDraft() {
    const draft = this.draft;
    if (!draft.fromId || !draft.toId || !draft.kind) {
      this.formError = PICK_PEOPLE;
      return;
    }
    if (draft.fromId === draft.toId) {
      this.formError = SAME_PERSON;
      return;
    }
    this.formError = undefined;
    await this.write(
      () =>
        draft.id
          ? updateRecord(relationshipUpdate(draft.id, draft))
          : createRecord(relationshipCreate(this.recordId, draft)),
      SAVED,
      {
        saved: () => {
          this.draft = undefined;
        },
        failed: (text) => {
          this.formError = text;
        },
      },
    );
  }

  /** A delete from the list: its failure shows at the list; a form open for another tie stays open. */
  async handleDelete(event) {
    const id = event.target.dataset.relationshipId;
    this.listError = undefined;
    await this.write(() => deleteRecord(id), DELETED, {
      saved: () => {
        if (this.draft?.id === id) this.draft = undefined;
      },
      failed: (text) => {
        this.listError = text;
      },
    });
  }
}

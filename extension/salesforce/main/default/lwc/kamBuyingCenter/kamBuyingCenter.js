import { wire } from 'lwc';
import { graphql } from 'lightning/uiGraphQLApi';
import { updateRecord } from 'lightning/uiRecordApi';
import KamRecordPanel from 'c/kamRecordPanel';
import { format, formatPercent, vizLang } from 'c/kamFormat';
import {
  BUYING_ROLES,
  PEOPLE_QUERY,
  contactUpdate,
  peopleFromGraphQL,
  peopleVariables,
  PAGE_SIZE,
  hasMorePages,
} from 'c/kamPeopleRecords';
import TITLE from '@salesforce/label/c.KAM_BuyingCenter_Title';
import LOADING from '@salesforce/label/c.KAM_BuyingCenter_Loading';
import INITIATOR from '@salesforce/label/c.KAM_BuyingCenter_Role_Initiator';
import USER from '@salesforce/label/c.KAM_BuyingCenter_Role_User';
import INFLUENCER from '@salesforce/label/c.KAM_BuyingCenter_Role_Influencer';
import BUYER from '@salesforce/label/c.KAM_BuyingCenter_Role_Buyer';
import DECIDER from '@salesforce/label/c.KAM_BuyingCenter_Role_Decider';
import GATEKEEPER from '@salesforce/label/c.KAM_BuyingCenter_Role_Gatekeeper';
import COACH from '@salesforce/label/c.KAM_BuyingCenter_Role_Coach';
import OPPONENT from '@salesforce/label/c.KAM_BuyingCenter_Attitude_Opponent';
import CRITICAL from '@salesforce/label/c.KAM_BuyingCenter_Attitude_Critical';
import NEUTRAL from '@salesforce/label/c.KAM_BuyingCenter_Attitude_Neutral';
import FAVOURABLE from '@salesforce/label/c.KAM_BuyingCenter_Attitude_Favourable';
import SUPPORTER from '@salesforce/label/c.KAM_BuyingCenter_Attitude_Supporter';
import PERSON from '@salesforce/label/c.KAM_BuyingCenter_Person';
import ROLES from '@salesforce/label/c.KAM_BuyingCenter_Roles';
import INFLUENCE from '@salesforce/label/c.KAM_BuyingCenter_Influence';
import INFLUENCE_VALUE from '@salesforce/label/c.KAM_BuyingCenter_InfluenceValue';
import ATTITUDE from '@salesforce/label/c.KAM_BuyingCenter_Attitude';
import NEEDS_FACTUAL from '@salesforce/label/c.KAM_BuyingCenter_NeedsFactual';
import NEEDS_EMOTIONAL from '@salesforce/label/c.KAM_BuyingCenter_NeedsEmotional';
import UNKNOWN from '@salesforce/label/c.KAM_BuyingCenter_Unknown';
import NO_ROLE from '@salesforce/label/c.KAM_BuyingCenter_NoRole';
import NO_CONTACTS from '@salesforce/label/c.KAM_BuyingCenter_NoContacts';
import COVERAGE from '@salesforce/label/c.KAM_BuyingCenter_Coverage';
import GAPS from '@salesforce/label/c.KAM_BuyingCenter_Gaps';
import NO_GAPS from '@salesforce/label/c.KAM_BuyingCenter_NoGaps';
import GAP_NO_DECIDER from '@salesforce/label/c.KAM_BuyingCenter_Gap_NoDecider';
import GAP_AGAINST_US from '@salesforce/label/c.KAM_BuyingCenter_Gap_DeciderAgainstUs';
import GAP_NO_BUYING_CENTER from '@salesforce/label/c.KAM_BuyingCenter_Gap_NoBuyingCenter';
import GAP_SINGLE_THREADED from '@salesforce/label/c.KAM_BuyingCenter_Gap_SingleThreaded';
import GAP_NO_COACH from '@salesforce/label/c.KAM_BuyingCenter_Gap_NoCoach';
import EDIT from '@salesforce/label/c.KAM_BuyingCenter_Edit';
import EDIT_TITLE from '@salesforce/label/c.KAM_BuyingCenter_EditTitle';
import SAVED from '@salesforce/label/c.KAM_BuyingCenter_Saved';

const ROLE_LABELS = {
  initiator: INITIATOR,
  user: USER,
  influencer: INFLUENCER,
  buyer: BUYER,
  decider: DECIDER,
  gatekeeper: GATEKEEPER,
  coach: COACH,
};
const ATTITUDE_LABELS = { '-2': OPPONENT, '-1': CRITICAL, 0: NEUTRAL, 1: FAVOURABLE, 2: SUPPORTER };
const attitudeText = (a) => (a === undefined ? UNKNOWN : `${a > 0 ? '+' : ''}${a} ${ATTITUDE_LABELS[a]}`);

/** The coverage gaps a key account manager acts on first, from the core's buying-center analysis. */
export function coverageGaps(coverage, contacts) {
  const gaps = [];
  const inCenter = contacts.filter((c) => c.roles.length > 0).length;
  if (coverage.deciders.length === 0) gaps.push({ key: 'noDecider', text: GAP_NO_DECIDER });
  else if (coverage.deciderAttitude !== undefined && coverage.deciderAttitude < 0)
    gaps.push({ key: 'deciderAgainstUs', text: GAP_AGAINST_US });
  if (inCenter === 0) gaps.push({ key: 'noBuyingCenter', text: GAP_NO_BUYING_CENTER });
  else if (coverage.singleThreaded) gaps.push({ key: 'singleThreaded', text: GAP_SINGLE_THREADED });
  if (coverage.keyRolesMissing.includes('coach')) gaps.push({ key: 'noCoach', text: GAP_NO_COACH });
  return gaps;
}

/** The Buying Center of the Account: who holds which role, how they stand to us, and what is missing. */
export default class KamBuyingCenter extends KamRecordPanel {
  label = { TITLE, LOADING, PERSON, ROLES, INFLUENCE, ATTITUDE, NEEDS_FACTUAL, NEEDS_EMOTIONAL };
  text = { NO_CONTACTS, GAPS, NO_GAPS, EDIT };
  roleOptions = BUYING_ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role }));
  influenceOptions = [
    { label: UNKNOWN, value: '' },
    ...[1, 2, 3, 4, 5].map((n) => ({ label: `${n}`, value: `${n}` })),
  ];
  attitudeOptions = [
    { label: UNKNOWN, value: '' },
    ...[-2, -1, 0, 1, 2].map((a) => ({ label: attitudeText(a), value: `${a}` })),
  ];

  pageSize = PAGE_SIZE;
  people;
  viz;
  coverage;
  draft;
  saveError;
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
    this.safely(() => {
      this.coverage = this.viz.analyseBuyingCenter({ contacts: this.people.contacts }, new Date());
    });
  }

  renderedCallback() {
    const svg = this.template.querySelector('svg.kam-buying-center');
    if (!svg || !this.coverage || this.drawn === this.coverage) return;
    this.drawn = this.coverage;
    this.safely(() =>
      this.viz.renderBuyingCenter(
        svg,
        { contacts: this.people.contacts, buyingCenter: this.coverage },
        { lang: vizLang(), onSelect: (id) => this.startEdit(id) },
      ),
    );
  }

  get loading() {
    return !this.people && !this.errorText;
  }

  get hasContacts() {
    return this.people?.contacts.length > 0;
  }

  get showChart() {
    return Boolean(this.coverage) && this.hasContacts;
  }

  get rows() {
    return (this.people?.contacts ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      jobTitle: c.jobTitle,
      roles: c.roles.length > 0 ? c.roles.map((r) => ROLE_LABELS[r]).join(', ') : NO_ROLE,
      influence: c.influence === undefined ? UNKNOWN : format(INFLUENCE_VALUE, { value: c.influence }),
      attitude: attitudeText(c.attitude),
      needs: [c.needsFactual, c.needsEmotional].filter(Boolean).join(' · '),
      editLabel: format(EDIT_TITLE, { name: c.name }),
    }));
  }

  get coverageText() {
    return this.coverage ? format(COVERAGE, { share: formatPercent(this.coverage.coverage) }) : undefined;
  }

  get gaps() {
    return this.coverage ? coverageGaps(this.coverage, this.people.contacts) : [];
  }

  get hasGaps() {
    return this.gaps.length > 0;
  }

  get editTitle() {
    return this.draft ? format(EDIT_TITLE, { name: this.draft.name }) : undefined;
  }

  handleEdit(event) {
    this.startEdit(event.target.dataset.contactId);
  }

  startEdit(contactId) {
    const contact = this.people?.contacts.find((c) => c.id === contactId);
    if (!contact) return;
    this.saveError = undefined;
    this.draft = {
      id: contact.id,
      name: contact.name,
      roles: [...contact.roles],
      influence: contact.influence === undefined ? '' : `${contact.influence}`,
      attitude: contact.attitude === undefined ? '' : `${contact.attitude}`,
      needsFactual: contact.needsFactual ?? '',
      needsEmotional: contact.needsEmotional ?? '',
    };
  }

  cancelEdit() {
    this.draft = undefined;
    this.saveError = undefined;
  }

  async saveEdit() {
    const draft = this.draft;
    this.saveError = undefined;
    await this.write(
      () => updateRecord(contactUpdate(draft.id, draft)),
      format(SAVED, { name: draft.name }),
      {
        saved: () => {
          this.draft = undefined;
        },
        failed: (text) => {
          this.saveError = text;
        },
      },
    );
  }
}

import type { Contact, Deal, KeyAccount } from '../../../core/model/index.js';
import { BUYING_ROLES, SELECTION_RATINGS } from '../../../core/model/index.js';
import { SF } from '../metadata/names.js';
import { dateOfInstant, numberToCrm, percentToCrm, textToCrm } from './convert.js';
import { splitPersonName } from '../../person-name.js';
import { COMPLETED_TASK_STATUS, LAST_ACTIVITY_SUBJECT, STANDARD_STAGES, STD } from './standard-fields.js';
import type { SfFields, SfRecordDraft, SfRef } from './wire.js';

const { account: A, contact: C, opportunity: O } = SF;

export interface DraftOptions {
  /** Local key of the draft; default `<object>/<core id>`. */
  readonly key?: string;
}

/** Options of a record that belongs to an account. */
export interface ChildDraftOptions extends DraftOptions {
  readonly account: SfRef;
}

export const draftKey = (object: string, id: string): string => `${object}/${id}`;

/** Text and number writers for one draft: limits from the field, failures name the draft. */
export function writers(object: string, key: string) {
  return {
    text: (field: string, value: string | undefined) => textToCrm(object, field, value),
    num: (field: string, value: number | undefined) => numberToCrm(object, field, value, key),
  };
}

/**
 * The account's fields. `OwnerId` is a User lookup the core knows by name only: left unset here (see
 * the write plan's user links). Writing an account marks it as part of the KAM programme.
 */
export function accountToCrm(account: KeyAccount, options: DraftOptions = {}): SfRecordDraft {
  const key = options.key ?? draftKey(A.object, account.id);
  const { text, num } = writers(A.object, key);
  const fields: Record<string, SfFields[string]> = {
    [A.name]: text(A.name, account.name),
    [A.industry]: text(A.industry, account.industry),
    [A.country]: account.country ?? null,
    [A.city]: text(A.city, account.city),
    [A.employees]: num(A.employees, account.employees),
    [A.annualRevenue]: num(A.annualRevenue, account.annualRevenue),
    [A.categorySpend]: num(A.categorySpend, account.categorySpendPerYear),
    [A.stage]: account.stage,
    [A.isKeyAccount]: true,
  };
  for (const rating of SELECTION_RATINGS)
    fields[A.ratings[rating]] = num(A.ratings[rating], account.ratings[rating]);
  return { key, object: A.object, fields, refs: {} };
}

/**
 * `Account.LastActivityDate` is read-only: Salesforce derives it from completed tasks and events.
 * The account's last activity is therefore written as a completed task on that day (undefined when
 * the account has none). The time of day is lost: a Date holds none.
 */
export function lastActivityToCrm(
  account: KeyAccount,
  options: ChildDraftOptions,
): SfRecordDraft | undefined {
  if (account.lastActivityAt === undefined) return undefined;
  return {
    key: options.key ?? draftKey(STD.task.object, account.id),
    object: STD.task.object,
    fields: {
      [STD.task.subject]: LAST_ACTIVITY_SUBJECT,
      [STD.task.activityDate]: dateOfInstant(account.lastActivityAt),
      [STD.task.status]: COMPLETED_TASK_STATUS,
    },
    refs: { [STD.task.relatedTo]: options.account },
  };
}

export interface ContactDraftOptions extends ChildDraftOptions {
  /** The manager's record, when known now; otherwise the write plan links it after creation. */
  readonly reportsTo?: SfRef;
}

/**
 * A contact. The name splits into FirstName/LastName (titles stay in FirstName, particles such as
 * "von" go with the last name). Roles are written in picklist order, as Salesforce returns them. An
 * e-mail address longer than the field (80) cannot be stored and is left empty rather than cut.
 */
export function contactToCrm(contact: Contact, options: ContactDraftOptions): SfRecordDraft {
  const key = options.key ?? draftKey(C.object, contact.id);
  const { text, num } = writers(C.object, key);
  const name = splitPersonName(contact.name);
  const roles = BUYING_ROLES.filter((role) => contact.roles.includes(role));
  const fields: Record<string, SfFields[string]> = {
    [STD.contact.firstName]: text(STD.contact.firstName, name.firstName),
    [STD.contact.lastName]: text(STD.contact.lastName, name.lastName),
    [STD.contact.title]: text(STD.contact.title, contact.jobTitle),
    [STD.contact.department]: text(STD.contact.department, contact.department),
    [STD.contact.email]: contact.email !== undefined && contact.email.length <= 80 ? contact.email : null,
    [C.roles]: roles.length > 0 ? roles.join(';') : null,
    [C.influence]: num(C.influence, contact.influence),
    [C.attitude]: num(C.attitude, contact.attitude),
    [C.needsFactual]: text(C.needsFactual, contact.needsFactual),
    [C.needsEmotional]: text(C.needsEmotional, contact.needsEmotional),
    [C.lastConfirmed]: contact.lastConfirmedAt ?? null,
  };
  if (contact.reportsToId === undefined) fields[C.reportsTo] = null;
  const refs: Record<string, SfRef> = { [C.account]: options.account };
  if (options.reportsTo) refs[C.reportsTo] = options.reportsTo;
  return { key, object: C.object, fields, refs };
}

/**
 * The stage to write. `IsClosed`/`IsWon` are read-only and follow the stage, so a won or lost deal
 * gets the standard closed stage (its own stage text would be a label, not the org's API value) and
 * an open deal keeps its stage, unless that names a closed one.
 */
export function stageToCrm(deal: Deal): string {
  if (deal.status !== 'open') return STANDARD_STAGES[deal.status];
  const closed: readonly string[] = [STANDARD_STAGES.won, STANDARD_STAGES.lost];
  return deal.stage !== undefined && !closed.includes(deal.stage) ? deal.stage : STANDARD_STAGES.open;
}

/** A deal as an Opportunity. Probability goes 0…1 → whole percent 0–100. */
export function dealToCrm(deal: Deal, options: ChildDraftOptions): SfRecordDraft {
  const key = options.key ?? draftKey(O.object, deal.id);
  const { text, num } = writers(O.object, key);
  return {
    key,
    object: O.object,
    fields: {
      [STD.opportunity.name]: text(STD.opportunity.name, deal.name),
      [O.amount]: num(O.amount, deal.amount),
      [O.contributionMargin]: num(O.contributionMargin, deal.contributionMargin),
      [O.stage]: text(O.stage, stageToCrm(deal)),
      [O.probability]: num(O.probability, percentToCrm(deal.probability)),
      [O.closeDate]: deal.closeDate,
      [O.productLine]: text(O.productLine, deal.productLine),
      [O.resourceHours]: num(O.resourceHours, deal.resourceHours),
      [O.strategicProject]: deal.strategic,
    },
    refs: { [O.account]: options.account },
  };
}

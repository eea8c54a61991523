import type { z } from 'zod';
import type { Contact, Deal, KeyAccount, SelectionRatingKey } from '../../../core/model/index.js';
import { BUYING_ROLES, DEVELOPMENT_STAGES, SELECTION_RATINGS } from '../../../core/model/index.js';
import { SF } from '../metadata/names.js';
import { instantOfDate, percentFromCrm, truncate } from './convert.js';
import { joinPersonName } from '../../person-name.js';
import type { Read } from './read-origin.js';
import { NON_NEGATIVE, PERCENT, RATING, read } from './read-origin.js';
import type { RecordReader } from './record-reader.js';
import { userNameField } from './snapshot-fields.js';
import { STD } from './standard-fields.js';
import type { SfRecord } from './wire.js';

const { account: A, contact: C, opportunity: O } = SF;

/** The core holds 120 characters of a person's name; a Salesforce user's full name can be 121. */
export function userName(r: RecordReader, lookup: string): string | undefined {
  const name = r.text(userNameField(lookup));
  return name === undefined ? undefined : truncate(name, 120);
}

/** Only an ISO code is a code: "DE" → "DE", "de" → "DE"; a country name ("Deutschland") is no code. */
const countryCode = (value: string | undefined): string | undefined =>
  value !== undefined && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : undefined;

const ACCOUNT_ORIGIN: Record<string, string> = {
  id: STD.id,
  name: A.name,
  industry: A.industry,
  country: A.country,
  city: A.city,
  employees: A.employees,
  annualRevenue: A.annualRevenue,
  categorySpendPerYear: A.categorySpend,
  ownerName: userNameField(A.owner),
  stage: A.stage,
  lastActivityAt: A.lastActivity,
  ...Object.fromEntries(SELECTION_RATINGS.map((k) => [`ratings.${k}`, A.ratings[k]])),
};

// The `?? ''` placeholders below only stand in where an issue was already reported: the snapshot
// read fails on any issue before the core ever sees them.

/**
 * Salesforce keeps no currency per account unless multi-currency is on; the caller says which
 * currency the org's amounts are in.
 */
export function readAccount(r: RecordReader, currency: string): Read<z.input<typeof KeyAccount>> {
  const ratings: Partial<Record<SelectionRatingKey, number>> = {};
  for (const key of SELECTION_RATINGS) {
    const rating = r.number(A.ratings[key], RATING);
    if (rating !== undefined) ratings[key] = rating;
  }
  const lastActivity = r.date(A.lastActivity);
  return read(r, ACCOUNT_ORIGIN, {
    id: r.id,
    name: r.required(A.name, r.text(A.name)) ?? '',
    industry: r.text(A.industry),
    country: countryCode(r.text(A.country)),
    city: r.text(A.city),
    employees: r.number(A.employees, { ...NON_NEGATIVE, integer: true }),
    annualRevenue: r.number(A.annualRevenue, NON_NEGATIVE),
    categorySpendPerYear: r.number(A.categorySpend, NON_NEGATIVE),
    currency,
    ownerName: userName(r, A.owner),
    ratings,
    stage: r.picklist(A.stage, DEVELOPMENT_STAGES),
    lastActivityAt: lastActivity === undefined ? undefined : instantOfDate(lastActivity),
  });
}

/**
 * Whether an account record (of `accountSnapshotQuery`) is a key account. The checkbox is never null
 * in Salesforce; anything but `true` is read as no, as the listing's `= true` filter does.
 */
export function isKeyAccountRecord(record: SfRecord): boolean {
  return record[A.isKeyAccount] === true;
}

const CONTACT_ORIGIN: Record<string, string> = {
  id: STD.id,
  name: STD.contact.lastName,
  jobTitle: STD.contact.title,
  department: STD.contact.department,
  email: STD.contact.email,
  reportsToId: C.reportsTo,
  roles: C.roles,
  influence: C.influence,
  attitude: C.attitude,
  needsFactual: C.needsFactual,
  needsEmotional: C.needsEmotional,
  lastConfirmedAt: C.lastConfirmed,
};

export function readContact(r: RecordReader): Read<z.input<typeof Contact>> {
  const lastName = r.required(STD.contact.lastName, r.text(STD.contact.lastName));
  return read(r, CONTACT_ORIGIN, {
    id: r.id,
    name: joinPersonName(r.text(STD.contact.firstName), lastName),
    jobTitle: r.text(STD.contact.title),
    department: r.text(STD.contact.department),
    email: r.text(STD.contact.email),
    reportsToId: r.text(C.reportsTo),
    roles: r.multiPicklist(C.roles, BUYING_ROLES),
    influence: r.number(C.influence, RATING),
    attitude: r.number(C.attitude, { min: -2, max: 2, integer: true }),
    needsFactual: r.text(C.needsFactual),
    needsEmotional: r.text(C.needsEmotional),
    lastConfirmedAt: r.date(C.lastConfirmed),
  });
}

const DEAL_ORIGIN: Record<string, string> = {
  id: STD.id,
  name: STD.opportunity.name,
  amount: O.amount,
  contributionMargin: O.contributionMargin,
  status: STD.opportunity.isClosed,
  stage: O.stage,
  probability: O.probability,
  closeDate: O.closeDate,
  productLine: O.productLine,
  resourceHours: O.resourceHours,
  strategic: O.strategicProject,
};

/** Won, lost or open from `IsClosed` and `IsWon`, which the org derives from the stage. */
function dealStatus(r: RecordReader): Deal['status'] | undefined {
  const closed = r.required(STD.opportunity.isClosed, r.boolean(STD.opportunity.isClosed));
  const won = r.required(STD.opportunity.isWon, r.boolean(STD.opportunity.isWon));
  if (closed === undefined || won === undefined) return undefined;
  if (won && !closed) r.issue(STD.opportunity.isWon, 'is true for an opportunity that is not closed');
  return !closed ? 'open' : won ? 'won' : 'lost';
}

export function readDeal(r: RecordReader): Read<z.input<typeof Deal>> {
  return read(r, DEAL_ORIGIN, {
    id: r.id,
    name: r.required(STD.opportunity.name, r.text(STD.opportunity.name)) ?? '',
    amount: r.required(O.amount, r.number(O.amount, NON_NEGATIVE)) ?? 0,
    contributionMargin: r.number(O.contributionMargin),
    status: dealStatus(r) ?? 'open',
    stage: r.text(O.stage),
    probability: percentFromCrm(r.number(O.probability, PERCENT)),
    closeDate: r.required(O.closeDate, r.date(O.closeDate)) ?? '',
    productLine: r.text(O.productLine),
    resourceHours: r.number(O.resourceHours, NON_NEGATIVE),
    strategic: r.boolean(O.strategicProject) ?? false,
  });
}

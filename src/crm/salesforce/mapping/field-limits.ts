import { SF } from '../metadata/names.js';
import { STD } from './standard-fields.js';

/**
 * What a Salesforce field can hold. Custom fields: from `metadata/salesforce` (a test holds this
 * table to the XML); standard fields: from Salesforce's field reference (they are not in our source).
 */
export type FieldLimit =
  | { readonly kind: 'text'; readonly length: number }
  | { readonly kind: 'number'; readonly precision: number; readonly scale: number };

const text = (length: number): FieldLimit => ({ kind: 'text', length });
const num = (precision: number, scale: number): FieldLimit => ({ kind: 'number', precision, scale });

const { account: A, contact: C, opportunity: O, relationship: R, valueChainNote: V } = SF;
const { potential: P, accountPlan: L, action: X } = SF;

export const FIELD_LIMITS: Readonly<Record<string, Readonly<Record<string, FieldLimit>>>> = {
  [A.object]: {
    [A.name]: text(255),
    [A.industry]: text(40),
    [A.city]: text(40),
    [A.country]: text(80),
    [A.employees]: num(8, 0),
    [A.annualRevenue]: num(18, 0),
    [A.categorySpend]: num(16, 2),
    ...Object.fromEntries(Object.values(A.ratings).map((f) => [f, num(1, 0)])),
    [A.score]: num(4, 1),
    [A.attractiveness]: num(4, 1),
    [A.position]: num(4, 1),
    [A.scoreReasons]: text(32768),
    [A.scoreModel]: text(80),
  },
  [C.object]: {
    [STD.contact.firstName]: text(40),
    [STD.contact.lastName]: text(80),
    [STD.contact.title]: text(128),
    [STD.contact.department]: text(80),
    [STD.contact.email]: text(80),
    [C.influence]: num(1, 0),
    [C.attitude]: num(1, 0),
    [C.needsFactual]: text(2000),
    [C.needsEmotional]: text(2000),
  },
  [O.object]: {
    [STD.opportunity.name]: text(120),
    [O.stage]: text(40),
    [O.amount]: num(16, 2),
    [O.probability]: num(3, 0),
    [O.contributionMargin]: num(16, 2),
    [O.resourceHours]: num(8, 1),
    [O.productLine]: text(120),
  },
  [R.object]: { [R.strength]: num(1, 0), [R.note]: text(2000) },
  [V.object]: { [V.impact]: num(1, 0), [V.note]: text(2000), [V.ourContribution]: text(2000) },
  [P.object]: {
    [P.productLine]: text(120),
    [P.volumePerYear]: num(16, 2),
    [P.probability]: num(3, 0),
    [P.note]: text(2000),
  },
  [L.object]: {
    [L.year]: num(4, 0),
    [L.targetRevenue]: num(16, 2),
    [L.capacityHours]: num(7, 1),
    [L.strategy]: text(4000),
    [L.goalNote]: text(2000),
  },
  [X.object]: {
    // A Text name field always holds 80 characters.
    [X.title]: text(80),
    [X.goal]: text(500),
    [X.effortHours]: num(6, 1),
  },
  [STD.task.object]: { [STD.task.subject]: text(255) },
  // Read only: a user's full name (First 40 + space + Last 80).
  [STD.user.object]: { [STD.user.name]: text(121) },
};

/** The limit of a field, or an error naming it: every written text and number field has one. */
export function fieldLimit(object: string, field: string): FieldLimit {
  const limit = FIELD_LIMITS[object]?.[field];
  if (!limit) throw new Error(`no field limit known for ${object}.${field}`);
  return limit;
}

import { number, oneOf, text, withoutUndefined } from './graphqlNodes';

/** Notes on the customer's value chain (Porter): `KAM_Value_Chain_Note__c` ↔ `ValueChainNote`. */

export const PORTER_ACTIVITIES = [
  'inbound_logistics',
  'operations',
  'outbound_logistics',
  'marketing_sales',
  'service',
  'firm_infrastructure',
  'human_resources',
  'technology_development',
  'procurement',
];
export const ASSESSMENTS = ['strength', 'weakness', 'neutral'];

export const VALUE_CHAIN_NOTE = 'KAM_Value_Chain_Note__c';

/** `KAM_Value_Chain_Note__c` → `ValueChainNote`. */
export function toValueChainNote(node) {
  const activity = oneOf(node, 'Activity__c', PORTER_ACTIVITIES);
  if (!node?.Id || !activity) return undefined;
  const impact = number(node, 'Impact__c');
  return withoutUndefined({
    id: node.Id,
    activity,
    assessment: oneOf(node, 'Assessment__c', ASSESSMENTS) ?? 'neutral',
    note: text(node, 'Note__c'),
    ourContribution: text(node, 'Our_Contribution__c'),
    impact: Number.isInteger(impact) && impact >= 1 && impact <= 3 ? impact : 2,
  });
}

/** The fields of a `ValueChainNote` as `KAM_Value_Chain_Note__c` stores them. */
export function valueChainNoteFields(note) {
  return {
    Activity__c: note.activity,
    Assessment__c: note.assessment,
    Impact__c: note.impact,
    Note__c: note.note || null,
    Our_Contribution__c: note.ourContribution || null,
  };
}

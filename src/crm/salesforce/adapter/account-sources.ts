import { SF } from '../metadata/index.js';

/** An object whose records belong to one account, and how SOQL reaches that account from it. */
export interface AccountSource {
  readonly object: string;
  /** The lookup naming the account (`AccountId`, `Account__c`). */
  readonly account: string;
  /** The account's key-account flag through that lookup, for a WHERE clause. */
  readonly keyAccountFlag: string;
}

const source = (object: string, account: string): AccountSource => ({
  object,
  account,
  // Standard lookups traverse by the name without `Id`, custom ones by `__r`.
  keyAccountFlag: `${account.endsWith('__c') ? account.replace(/__c$/, '__r') : account.replace(/Id$/, '')}.${SF.account.isKeyAccount}`,
});

/** Objects whose change can change a score, with the field that names their account. */
export const CHILD_SOURCES: readonly AccountSource[] = [
  source(SF.contact.object, SF.contact.account),
  source(SF.opportunity.object, SF.opportunity.account),
  source(SF.relationship.object, SF.relationship.account),
  source(SF.valueChainNote.object, SF.valueChainNote.account),
  source(SF.potential.object, SF.potential.account),
  source(SF.accountPlan.object, SF.accountPlan.account),
  source(SF.action.object, SF.action.account),
];

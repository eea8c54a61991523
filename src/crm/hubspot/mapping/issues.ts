/** A problem with one value of one HubSpot record, worded for the admin who has to fix it. */
export interface ReadIssue {
  /** `contact 123`, `company 42`, … */
  readonly record: string;
  /** The HubSpot property, when one is to blame. */
  readonly property?: string;
  readonly message: string;
}

export function formatIssue(issue: ReadIssue): string {
  return issue.property
    ? `${issue.record}: ${issue.property}: ${issue.message}`
    : `${issue.record}: ${issue.message}`;
}

/** What each kind of record is called in messages. */
export const RECORD_NOUN = {
  company: 'company',
  contacts: 'contact',
  deals: 'deal',
  relationships: 'relationship',
  valueChainNotes: 'value chain note',
  potentials: 'potential',
  accountPlans: 'account plan',
  actions: 'action',
} as const;

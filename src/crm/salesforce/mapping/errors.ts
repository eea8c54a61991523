/** One problem with one field of one Salesforce record. */
export interface MappingIssue {
  /** What and which, e.g. `contact 003AA000001bCdEYAU`. */
  readonly record: string;
  /** The Salesforce field (API name), or the core field when no Salesforce field stands behind it. */
  readonly field: string;
  readonly message: string;
}

export type MappingErrorCode =
  /** A record read from Salesforce does not make a valid core object. */
  | 'invalid_record'
  /** A child list arrived with `done: false`: its remaining pages were not fetched. */
  | 'incomplete_children'
  /** A core value cannot be stored in its Salesforce field (e.g. a number above the field's precision). */
  | 'value_does_not_fit'
  /** Not a Salesforce record id. */
  | 'invalid_id'
  /** A write draft refers to a local key that has no Salesforce id yet. */
  | 'unresolved_reference';

export const formatIssue = (i: MappingIssue): string => `${i.record}: ${i.field}: ${i.message}`;

/** The mapping's one error type: a stable code plus every issue found, one line each. */
export class SalesforceMappingError extends Error {
  override readonly name = 'SalesforceMappingError';
  constructor(
    readonly code: MappingErrorCode,
    readonly issues: readonly MappingIssue[],
  ) {
    super(issues.map(formatIssue).join('\n'));
  }
}

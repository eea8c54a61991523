/**
 * Salesforce shapes as jsforce hands them over (REST JSON), and the drafts the mapping produces for
 * writes. These types stay inside the Salesforce adapter.
 */

/** A value of a field in REST JSON: typed numbers and booleans, dates and texts as strings. */
export type SfValue = string | number | boolean | null;

/**
 * A record from a query: `attributes`, `Id`, its fields, parent fields as nested records
 * (`{ Owner: { attributes, Name } }`, null when the lookup is empty) and child relationships as
 * {@link SfChildResult} (null when there are no children).
 */
export interface SfRecord {
  readonly attributes?: { readonly type: string; readonly url?: string };
  readonly Id?: string;
  readonly [field: string]: unknown;
}

/** A child relationship in a query result. `done: false` means more pages wait at `nextRecordsUrl`. */
export interface SfChildResult {
  readonly totalSize: number;
  readonly done: boolean;
  readonly records: readonly SfRecord[];
  readonly nextRecordsUrl?: string;
}

/** Field values for create or update, keyed by API name. */
export type SfFields = Readonly<Record<string, SfValue>>;

/** A lookup target: a record of this write (by its local key) or one that already exists (by id). */
export type SfRef = { readonly key: string } | { readonly id: string };

/** A record to create or update. `refs` are lookups, filled with ids when the record is written. */
export interface SfRecordDraft {
  /** Caller-chosen local key, unique within one write: how later drafts and links refer to it. */
  readonly key: string;
  readonly object: string;
  readonly fields: SfFields;
  /** Lookup field → target. Every `{ key }` target is a record written before this one. */
  readonly refs: Readonly<Record<string, SfRef>>;
}

/** A lookup set by an update once both records exist (the target may be created in the same batch). */
export interface SfLinkDraft {
  readonly key: string;
  readonly object: string;
  readonly field: string;
  readonly target: SfRef;
}

/**
 * A User lookup the core knows by name only (account owner, plan owner, action assignee). The
 * drafts leave the field unset; a writer that can find or create the User sets it afterwards.
 */
export interface SfUserLink {
  readonly key: string;
  readonly object: string;
  readonly field: string;
  readonly userName: string;
}

/** Everything one snapshot becomes: records in dependency order, then links, then user links. */
export interface SfWritePlan {
  readonly records: readonly SfRecordDraft[];
  readonly links: readonly SfLinkDraft[];
  readonly userLinks: readonly SfUserLink[];
}

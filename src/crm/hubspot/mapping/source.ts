import type { HubSpotRecord } from './records.js';

/**
 * Where a core object came from: the record and which property holds each field, so a value the
 * core model rejects is reported against the HubSpot property an admin can fix.
 */
export interface RecordSource {
  readonly label: string;
  readonly record: HubSpotRecord;
  /** Core field → HubSpot property (or properties, as `firstname/lastname`). */
  readonly properties: Readonly<Record<string, string>>;
}

/** A core input object read from one record, not yet checked by the core model. */
export interface RecordRead<T> {
  readonly input: T;
  readonly source: RecordSource;
}

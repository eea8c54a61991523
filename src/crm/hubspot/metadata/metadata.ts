import type { GroupsFile, PropertiesFile, SchemaFile } from './file-schemas.js';

/** A validated file and the path it was read from (as shown in messages). */
export interface Located<T> {
  readonly file: string;
  readonly data: T;
}

/** Everything under `metadata/hubspot/`, validated. */
export interface HubSpotMetadata {
  readonly groups: Located<GroupsFile>;
  readonly properties: readonly Located<PropertiesFile>[];
  readonly schemas: readonly Located<SchemaFile>[];
}

import type { z } from 'zod';

/** One thing wrong with the metadata: the file, where in it, and what. */
export interface MetadataIssue {
  readonly file: string;
  /** Like `properties[3].fieldType`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export function formatIssue(issue: MetadataIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

export function fromZod(file: string, error: z.ZodError): MetadataIssue[] {
  return error.issues.map((i) => ({ file, path: formatPath(i.path), message: i.message }));
}

/** Thrown by `loadHubSpotMetadata`; the message lists every issue, one per line. */
export class HubSpotMetadataError extends Error {
  readonly code = 'HUBSPOT_METADATA_INVALID';
  constructor(readonly issues: readonly MetadataIssue[]) {
    super(`HubSpot metadata is invalid:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'HubSpotMetadataError';
  }
}

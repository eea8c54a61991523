import { readdir, readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { checkNames } from './check-names.js';
import type { GroupsFile, SchemaFile } from './file-schemas.js';
import {
  GroupsFile as GroupsFileSchema,
  PropertiesFile,
  SchemaFile as SchemaFileSchema,
} from './file-schemas.js';
import type { MetadataIssue } from './issues.js';
import { fromZod, HubSpotMetadataError } from './issues.js';
import type { HubSpotMetadata, Located } from './metadata.js';

/** `metadata/hubspot/` of this package, from the sources and from `dist/` alike. */
export const HUBSPOT_METADATA_DIR = fileURLToPath(new URL('../../../../metadata/hubspot/', import.meta.url));

export type MetadataResult =
  | { readonly ok: true; readonly metadata: HubSpotMetadata }
  | { readonly ok: false; readonly issues: readonly MetadataIssue[] };

/** Paths in messages: relative to the working directory when inside it. */
function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

async function readJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  issues: MetadataIssue[],
): Promise<Located<z.infer<S>> | undefined> {
  const file = display(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    issues.push({
      file,
      path: '',
      message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    issues.push({ file, path: '', message: `is not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    issues.push(...fromZod(file, parsed.error));
    return undefined;
  }
  return { file, data: parsed.data };
}

async function jsonFilesIn(dir: string, issues: MetadataIssue[]): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f));
  } catch (e) {
    issues.push({
      file: display(dir),
      path: '',
      message: `cannot be read (${(e as NodeJS.ErrnoException).code})`,
    });
    return [];
  }
}

const baseName = (path: string) => basename(path, '.json');

/** References between files and our naming conventions, which no single file can check. */
function crossCheck(metadata: HubSpotMetadata): MetadataIssue[] {
  const issues: MetadataIssue[] = [];
  for (const { file, data } of metadata.properties) {
    if (baseName(file) !== data.objectType) {
      issues.push({
        file,
        path: 'objectType',
        message: `"${data.objectType}" belongs in ${data.objectType}.json`,
      });
    }
    const groups = metadata.groups.data.groups
      .filter((g) => g.objectType === data.objectType)
      .map((g) => g.name);
    data.properties.forEach((p, i) => {
      if (!groups.includes(p.groupName)) {
        issues.push({
          file,
          path: `properties[${i}].groupName`,
          message: `unknown group "${p.groupName}" on ${data.objectType} (defined: ${groups.join(', ') || 'none'})`,
        });
      }
      if (!p.name.startsWith('kam_')) {
        issues.push({ file, path: `properties[${i}].name`, message: `"${p.name}" must start with "kam_"` });
      }
    });
  }
  for (const { file, data } of metadata.schemas) checkSchemaNaming(file, data, issues);
  return issues;
}

function checkSchemaNaming(file: string, schema: SchemaFile, issues: MetadataIssue[]): void {
  if (baseName(file) !== schema.name) {
    issues.push({ file, path: 'name', message: `"${schema.name}" belongs in ${schema.name}.json` });
  }
  if (!schema.name.startsWith('kam_')) {
    issues.push({ file, path: 'name', message: `"${schema.name}" must start with "kam_"` });
  }
  schema.properties.forEach((p, i) => {
    if (p.name.startsWith('kam_')) {
      issues.push({
        file,
        path: `properties[${i}].name`,
        message: `"${p.name}" needs no "kam_" inside a KAM object`,
      });
    }
  });
}

/** Reads and validates every file; returns all issues rather than stopping at the first. */
export async function readHubSpotMetadata(dir: string = HUBSPOT_METADATA_DIR): Promise<MetadataResult> {
  const issues: MetadataIssue[] = [];
  const groups = await readJsonFile<typeof GroupsFileSchema>(
    join(dir, 'property-groups.json'),
    GroupsFileSchema,
    issues,
  );
  const properties = [];
  for (const path of await jsonFilesIn(join(dir, 'properties'), issues)) {
    properties.push(await readJsonFile(path, PropertiesFile, issues));
  }
  const schemas = [];
  for (const path of await jsonFilesIn(join(dir, 'schemas'), issues)) {
    schemas.push(await readJsonFile(path, SchemaFileSchema, issues));
  }
  if (issues.length > 0 || !groups) return { ok: false, issues };
  const metadata: HubSpotMetadata = {
    groups: groups as Located<GroupsFile>,
    properties: properties.filter((p) => p !== undefined),
    schemas: schemas.filter((s) => s !== undefined),
  };
  issues.push(...crossCheck(metadata), ...checkNames(metadata));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, metadata };
}

/** Like `readHubSpotMetadata`, but throws a `HubSpotMetadataError` listing every issue. */
export async function loadHubSpotMetadata(dir?: string): Promise<HubSpotMetadata> {
  const result = await readHubSpotMetadata(dir);
  if (!result.ok) throw new HubSpotMetadataError(result.issues);
  return result.metadata;
}

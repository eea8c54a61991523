import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MetadataResult } from '../../../src/crm/hubspot/metadata/index.js';
import { HUBSPOT_METADATA_DIR, readHubSpotMetadata } from '../../../src/crm/hubspot/metadata/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break files on purpose
export type Json = any;

/** A copy of the real metadata in a temp directory, so tests can break files without touching ours. */
export async function withMetadataCopy<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'kam-hubspot-metadata-'));
  try {
    await cp(HUBSPOT_METADATA_DIR, dir, { recursive: true });
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function editJson(dir: string, file: string, edit: (json: Json) => void): Promise<void> {
  const path = join(dir, file);
  const json: Json = JSON.parse(await readFile(path, 'utf8'));
  edit(json);
  await writeFile(path, JSON.stringify(json));
}

/** Reads a copy of the metadata with one file edited; the result of validating it. */
export async function readWithEdit(file: string, edit: (json: Json) => void): Promise<MetadataResult> {
  return withMetadataCopy(async (dir) => {
    await editJson(dir, file, edit);
    return readHubSpotMetadata(dir);
  });
}

/** Index of a property by name in a properties or schema file. */
export function indexOf(json: Json, name: string): number {
  const i = (json.properties as { name: string }[]).findIndex((p) => p.name === name);
  if (i < 0) throw new Error(`no property ${name}`);
  return i;
}

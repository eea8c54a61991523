import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSalesforceMetadata } from '../../../src/crm/salesforce/metadata/load.js';
import type { SalesforceMetadata } from '../../../src/crm/salesforce/metadata/model.js';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
export const SOURCE_ROOT = join(PROJECT_ROOT, 'metadata/salesforce/main/default');

export function loadReal(): SalesforceMetadata {
  const loaded = loadSalesforceMetadata(SOURCE_ROOT);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return loaded.metadata;
}

/** A throw-away copy of the source, so tests can break files without touching the real ones. */
export function withCopy<T>(
  fn: (root: string, edit: (file: string, change: (xml: string) => string) => void) => T,
): T {
  const dir = mkdtempSync(join(tmpdir(), 'kam-sf-'));
  try {
    cpSync(SOURCE_ROOT, dir, { recursive: true });
    const edit = (file: string, change: (xml: string) => string): void => {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`edit of ${file} changed nothing`);
      writeFileSync(path, after);
    };
    return fn(dir, edit);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

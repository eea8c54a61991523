import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  customLabels,
  customLabelsXml,
  labelName,
  withGermanLabels,
} from '../../../src/crm/salesforce/labels/custom-labels.js';

const DEFAULT_DIR = 'metadata/salesforce/main/default';
const LWC_DIR = 'extension/salesforce/main/default/lwc';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('custom labels of the Salesforce components', () => {
  const labels = customLabels();

  it('are the catalog’s lwc.* texts as written by npm run lwc-labels (English and German)', () => {
    expect(readFileSync(join(DEFAULT_DIR, 'labels/CustomLabels.labels-meta.xml'), 'utf8')).toBe(
      customLabelsXml(labels),
    );
    const de = readFileSync(join(DEFAULT_DIR, 'translations/de.translation-meta.xml'), 'utf8');
    expect(de).toBe(withGermanLabels(de, labels));
    // the rest of the translation file is kept
    expect(de).toContain('<reportTypes>');
  });

  it('have names Salesforce accepts, each once', () => {
    expect(labelName('lwc.buyingCenter.addPerson')).toBe('KAM_BuyingCenter_AddPerson');
    for (const l of labels) {
      expect(l.name).toMatch(/^[A-Za-z](?!.*__)[A-Za-z0-9_]{0,79}$/);
      expect(l.name.endsWith('_')).toBe(false);
    }
    expect(new Set(labels.map((l) => l.name)).size).toBe(labels.length);
  });

  it('include every label a component imports', () => {
    const names = new Set(labels.map((l) => l.name));
    const used = files(LWC_DIR)
      .filter((f) => f.endsWith('.js') && !f.includes('__tests__'))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/@salesforce\/label\/c\.(\w+)/g)].map((m) => m[1]!),
      );
    expect(used.filter((n) => !names.has(n))).toEqual([]);
  });
});

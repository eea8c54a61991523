import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_LIMITS } from '../../../../src/crm/salesforce/mapping/index.js';
import type { FieldLimit } from '../../../../src/crm/salesforce/mapping/index.js';
import { SOURCE_ROOT } from '../../../metadata/salesforce/helpers.js';

/** Length, or precision and scale, of every custom text and number field in the SFDX source. */
function limitsInSource(): Map<string, FieldLimit> {
  const out = new Map<string, FieldLimit>();
  const objects = join(SOURCE_ROOT, 'objects');
  for (const object of readdirSync(objects)) {
    let files: string[] = [];
    try {
      files = readdirSync(join(objects, object, 'fields'));
    } catch {
      continue;
    }
    for (const file of files) {
      const xml = readFileSync(join(objects, object, 'fields', file), 'utf8');
      const tag = (name: string) => xml.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];
      const field = `${object}.${tag('fullName')}`;
      const length = tag('length');
      const precision = tag('precision');
      if (length) out.set(field, { kind: 'text', length: Number(length) });
      else if (precision)
        out.set(field, { kind: 'number', precision: Number(precision), scale: Number(tag('scale')) });
    }
  }
  return out;
}

describe('FIELD_LIMITS', () => {
  const source = limitsInSource();
  const table = new Map<string, FieldLimit>(
    Object.entries(FIELD_LIMITS).flatMap(([object, fields]) =>
      Object.entries(fields).map(([field, limit]) => [`${object}.${field}`, limit] as const),
    ),
  );

  it('gives every custom field the length, precision and scale of the metadata', () => {
    const custom = [...table].filter(([name]) => name.endsWith('__c'));
    expect(custom.length).toBeGreaterThan(30);
    for (const [name, limit] of custom) expect([name, source.get(name)]).toEqual([name, limit]);
  });

  it('knows every custom text, number and percent field of the metadata', () => {
    const missing = [...source.keys()].filter((name) => !table.has(name));
    expect(missing).toEqual([]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePortfolio } from '../../src/core/demo/index.js';
import { DEFAULT_MODEL, QUADRANTS, score, TIERS } from '../../src/core/scoring/index.js';
import { accountSubject } from '../../src/jobs/subjects.js';
import { workflowOutputs } from '../../src/service/hubspot-callbacks.js';
import type { WorkflowActionRequest } from '../../src/service/intake/index.js';
import { workflowSubject } from '../../src/service/intake/index.js';
import type { FieldMeta, WorkflowActionMeta } from './project-files.js';
import { readMeta, ROOT } from './project-files.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const { config } = readMeta<WorkflowActionMeta>('app/workflow-actions/recompute-hsmeta.json');

interface PropertyFile {
  readonly properties: readonly {
    readonly name: string;
    readonly label: string;
    readonly i18n: { readonly de: { readonly label: string } };
    readonly options?: readonly { readonly value: string; readonly label: string }[];
  }[];
}
const companyProperties = (
  JSON.parse(readFileSync(join(ROOT, 'metadata/hubspot/properties/companies.json'), 'utf8')) as PropertyFile
).properties;
const property = (name: string) => {
  const found = companyProperties.find((p) => p.name === name);
  if (!found) throw new Error(`no company property ${name} in metadata/hubspot`);
  return found;
};

const field = (name: string): FieldMeta['typeDefinition'] => {
  const found = config.outputFields.find((f) => f.typeDefinition.name === name);
  if (!found) throw new Error(`no output field ${name}`);
  return found.typeDefinition;
};

describe('workflow action "recompute key-account score"', () => {
  it('declares every output field the service answers with, and no other', () => {
    const snapshot = generatePortfolio({ now: NOW })[0]!;
    const scored = workflowOutputs({ kind: 'scored', result: score(snapshot, DEFAULT_MODEL, NOW) });
    const failed = workflowOutputs({ kind: 'failed', reason: 'no key account' });
    const answered = new Set([...Object.keys(scored), ...Object.keys(failed)]);
    answered.delete('hs_execution_state');
    expect(config.outputFields.map((f) => f.typeDefinition.name).sort()).toEqual([...answered].sort());
    expect(config.inputFields).toEqual([]);
  });

  it("offers the tiers and quadrants the score uses, labelled like the company's KAM properties", () => {
    expect(field('kam_score').type).toBe('number');
    for (const [name, values] of [
      ['kam_tier', TIERS],
      ['kam_quadrant', QUADRANTS],
    ] as const) {
      expect(field(name).options?.map((o) => o.value)).toEqual([...values]);
      expect(field(name).options).toEqual(
        property(name).options?.map(({ value, label }) => ({ value, label })),
      );
    }
  });

  it('runs on companies, which the service scores as key accounts', () => {
    expect(config.objectTypes).toEqual(['COMPANY']);
    for (const objectType of config.objectTypes) {
      const request = { object: { objectId: '4711', objectType } } as unknown as WorkflowActionRequest;
      expect(workflowSubject(request)).toBe(accountSubject('4711'));
    }
  });

  it('is labelled in German and English, output fields named like the properties', () => {
    expect(Object.keys(config.labels).sort()).toEqual(['de', 'en']);
    expect(config.labels['de']?.actionName).toBe('Key-Account-Score neu berechnen');
    expect(config.labels['en']?.actionName).toBe('Recompute key-account score');
    const names = config.outputFields.map((f) => f.typeDefinition.name).sort();
    for (const lang of ['de', 'en'] as const) {
      const labels = config.labels[lang]?.outputFieldLabels ?? {};
      expect(Object.keys(labels).sort()).toEqual(names);
      for (const name of ['kam_score', 'kam_tier', 'kam_quadrant'])
        expect(labels[name]).toBe(lang === 'en' ? property(name).label : property(name).i18n.de.label);
    }
  });
});

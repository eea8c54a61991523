import { beforeAll, describe, expect, it } from '@jest/globals';
import { catalog, isMessageKey } from '../../../src/core/i18n/catalog.js';
import { DEFAULT_MODEL } from '../../../src/core/scoring/default-model.js';
import type { HubSpotMetadata, OptionDef } from '../../../src/crm/hubspot/metadata/index.js';
import {
  formatIssue,
  HS,
  loadHubSpotMetadata,
  readHubSpotMetadata,
} from '../../../src/crm/hubspot/metadata/index.js';

let metadata: HubSpotMetadata;
beforeAll(async () => {
  metadata = await loadHubSpotMetadata();
});

const standard = (objectType: string) =>
  metadata.properties.find((p) => p.data.objectType === objectType)!.data;
const schema = (name: string) => metadata.schemas.find((s) => s.data.name === name)!.data;

describe('metadata/hubspot files', () => {
  it('all load and validate without a single issue', async () => {
    const result = await readHubSpotMetadata();
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('define the group kam on companies, contacts and deals and nothing else', () => {
    expect(metadata.groups.data.groups.map((g) => `${g.objectType}/${g.name}`)).toEqual([
      'companies/kam',
      'contacts/kam',
      'deals/kam',
    ]);
    expect(metadata.properties.map((p) => p.data.objectType).sort()).toEqual([
      'companies',
      'contacts',
      'deals',
    ]);
  });

  it('define the five custom objects, each associated with its company', () => {
    expect(metadata.schemas.map((s) => s.data.name).sort()).toEqual([
      'kam_account_plan',
      'kam_action',
      'kam_potential',
      'kam_relationship',
      'kam_value_chain_note',
    ]);
    for (const { data } of metadata.schemas) expect(data.associatedObjects).toContain('COMPANY');
    expect(schema('kam_relationship').associatedObjects).toEqual(['COMPANY', 'CONTACT']);
    expect(schema('kam_action').associatedObjects).toEqual(['COMPANY', 'CONTACT']);
  });

  it('keep scoring outputs out of forms and say they are overwritten', () => {
    const outputs = standard('companies').properties.filter((p) => p.output);
    expect(outputs.map((p) => p.name)).toContain(HS.company.score);
    for (const p of outputs) {
      expect(p.formField).toBe(false);
      expect(p.description).toMatch(/overwritten/);
      expect(p.i18n.de.description).toMatch(/überschrieben/);
    }
    const input = standard('companies').properties.find((p) => p.name === HS.company.recomputeRequestedAt)!;
    expect(input.output).toBeUndefined();
  });

  it('use valid type/fieldType pairs for the agreed kinds of data', () => {
    const pairOf = (name: string) => {
      const p = [...standard('companies').properties, ...standard('contacts').properties].find(
        (q) => q.name === name,
      )!;
      return `${p.type}/${p.fieldType}`;
    };
    expect(pairOf(HS.company.isKeyAccount)).toBe('enumeration/booleancheckbox');
    expect(pairOf(HS.company.scoredAt)).toBe('datetime/date');
    expect(pairOf(HS.company.scoreReasons)).toBe('string/textarea');
    expect(pairOf(HS.company.tier)).toBe('enumeration/select');
    expect(pairOf(HS.contact.roles)).toBe('enumeration/checkbox');
    expect(pairOf(HS.contact.lastConfirmed)).toBe('date/date');
  });
});

describe('option labels reuse the product vocabulary', () => {
  /** Option labels must equal the catalog entry `${prefix}.${value}` in both languages. */
  const expectCatalogLabels = (options: readonly OptionDef[] | undefined, prefix: string) => {
    expect(options?.length).toBeGreaterThan(0);
    for (const o of options ?? []) {
      const key = `${prefix}.${o.value}`;
      if (!isMessageKey(key)) throw new Error(`no catalog entry ${key}`);
      expect({ en: o.label, de: o.i18n.de.label }).toEqual({ en: catalog[key].en, de: catalog[key].de });
    }
  };
  const option = (props: { name: string; options?: readonly OptionDef[] }[], name: string) =>
    props.find((p) => p.name === name)!.options;

  it.each([
    ['contacts', HS.contact.roles, 'role'],
    ['companies', HS.company.stage, 'stage'],
  ])('%s %s uses %s.* terms', (objectType, name, prefix) => {
    expectCatalogLabels(option(standard(objectType).properties, name), prefix);
  });

  it.each([
    [HS.relationship.object, HS.relationship.kind, 'relationship'],
    [HS.valueChainNote.object, HS.valueChainNote.activity, 'porter'],
    [HS.valueChainNote.object, HS.valueChainNote.assessment, 'assessment'],
    [HS.potential.object, HS.potential.horizon, 'horizon'],
    [HS.action.object, HS.action.status, 'actionStatus'],
    [HS.action.object, HS.action.kind, 'actionKind'],
  ])('%s.%s uses %s.* terms', (object, name, prefix) => {
    expectCatalogLabels(option(schema(object).properties, name), prefix);
  });

  it('names quadrants as the default scoring model does', () => {
    for (const o of option(standard('companies').properties, HS.company.quadrant) ?? []) {
      const label = DEFAULT_MODEL.quadrants[o.value as keyof typeof DEFAULT_MODEL.quadrants].label;
      expect({ en: o.label, de: o.i18n.de.label }).toEqual(label);
    }
  });

  it('labels each selection rating with its term', () => {
    for (const [key, name] of Object.entries(HS.company.ratings)) {
      const p = standard('companies').properties.find((q) => q.name === name)!;
      const term = catalog[`rating.${key}` as keyof typeof catalog];
      expect(p.label.endsWith(term.en)).toBe(true);
      expect(p.i18n.de.label.endsWith(term.de)).toBe(true);
    }
  });
});

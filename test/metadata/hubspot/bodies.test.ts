import { beforeAll, describe, expect, it } from '@jest/globals';
import { LANGS } from '../../../src/core/i18n/types.js';
import type { HubSpotMetadata, HubSpotSetupBodies } from '../../../src/crm/hubspot/metadata/index.js';
import {
  BatchPropertyCreate,
  HS,
  hubSpotSetupBodies,
  loadHubSpotMetadata,
  ObjectSchemaCreate,
  PropertyGroupCreate,
} from '../../../src/crm/hubspot/metadata/index.js';

let metadata: HubSpotMetadata;
let de: HubSpotSetupBodies;
let en: HubSpotSetupBodies;
beforeAll(async () => {
  metadata = await loadHubSpotMetadata();
  de = hubSpotSetupBodies(metadata, 'de');
  en = hubSpotSetupBodies(metadata, 'en');
});

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

/** The body with every text a person reads blanked out: what must not depend on the language. */
function withoutTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTexts);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'label' || k === 'description' || k === 'singular' || k === 'plural' ? '…' : withoutTexts(v),
      ]),
    );
  }
  return value;
}

describe('setup request bodies', () => {
  it('contain none of the keys our files add', () => {
    for (const lang of LANGS) {
      const bodies = hubSpotSetupBodies(metadata, lang);
      // objectType is on the envelope (it goes into the URL), never inside a body
      const keys = keysOf([
        ...bodies.groups.map((g) => g.body),
        ...bodies.properties.map((p) => p.body),
        bodies.schemas,
      ]);
      for (const ours of ['i18n', 'output', 'objectType']) expect(keys.has(ours)).toBe(false);
      expect(keys.has('label')).toBe(true);
    }
  });

  it('pass the strict request-body schemas in every language', () => {
    for (const lang of LANGS) {
      const bodies = hubSpotSetupBodies(metadata, lang);
      for (const g of bodies.groups) expect(PropertyGroupCreate.safeParse(g.body).success).toBe(true);
      for (const p of bodies.properties) expect(BatchPropertyCreate.safeParse(p.body).success).toBe(true);
      for (const s of bodies.schemas) expect(ObjectSchemaCreate.safeParse(s).success).toBe(true);
    }
  });

  it('differ between German and English only in the texts people read', () => {
    expect(withoutTexts(de)).toEqual(withoutTexts(en));
    expect(de).not.toEqual(en);
  });

  it('carry German labels for --lang de and English ones for --lang en', () => {
    const score = (b: HubSpotSetupBodies) =>
      b.properties
        .find((p) => p.objectType === 'companies')!
        .body.inputs.find((p) => p.name === HS.company.score)!;
    expect(score(de).label).toBe('KAM-Score');
    expect(score(en).label).toBe('KAM score');
    const action = (b: HubSpotSetupBodies) => b.schemas.find((s) => s.name === HS.action.object)!;
    expect(action(de).labels).toEqual({ singular: 'KAM-Maßnahme', plural: 'KAM-Maßnahmen' });
    const roles = (b: HubSpotSetupBodies) =>
      b.properties
        .find((p) => p.objectType === 'contacts')!
        .body.inputs.find((p) => p.name === HS.contact.roles)!.options!;
    expect(roles(de).find((o) => o.value === 'decider')!.label).toBe('Entscheider');
    expect(roles(en).find((o) => o.value === 'decider')!.label).toBe('Decider');
  });

  it('come in setup order: one group per standard object, then its properties, then the schemas', () => {
    expect(en.groups.map((g) => g.body)).toEqual([
      { name: 'kam', label: 'Key account management' },
      { name: 'kam', label: 'Key account management' },
      { name: 'kam', label: 'Key account management' },
    ]);
    for (const p of en.properties) for (const input of p.body.inputs) expect(input.groupName).toBe(HS.group);
    expect(en.schemas).toHaveLength(5);
  });
});

import { describe, expect, it } from '@jest/globals';
import type { z } from 'zod';
import {
  BatchPropertyCreate,
  FIELD_TYPES_BY_TYPE,
  ObjectSchemaCreate,
  PROPERTY_TYPES,
  PropertyCreate,
} from '../../../src/crm/hubspot/metadata/index.js';

const issues = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const option = (value: string, displayOrder = 1) => ({ label: value, value, displayOrder, hidden: false });
const property = (over: Record<string, unknown> = {}) => ({
  name: 'kam_example',
  label: 'Example',
  type: 'string',
  fieldType: 'text',
  groupName: 'kam',
  ...over,
});
const BOOL = [option('true'), option('false', 2)];

describe('property create body', () => {
  it.each(PROPERTY_TYPES.flatMap((type) => FIELD_TYPES_BY_TYPE[type].map((fieldType) => [type, fieldType])))(
    'accepts the documented pair %s/%s',
    (type, fieldType) => {
      const options = fieldType === 'booleancheckbox' ? BOOL : [option('a')];
      const extra = type === 'enumeration' || type === 'bool' ? { options } : {};
      expect(issues(PropertyCreate, property({ type, fieldType, ...extra }))).toEqual([]);
    },
  );

  it.each([
    ['number', 'text'],
    ['string', 'select'],
    ['date', 'number'],
    ['datetime', 'text'],
    ['bool', 'checkbox'],
  ])('rejects %s/%s', (type, fieldType) => {
    expect(issues(PropertyCreate, property({ type, fieldType }))).toContainEqual(
      expect.stringMatching(new RegExp(`^fieldType: "${fieldType}" does not fit type "${type}"`)),
    );
  });

  it.each(['kam_score', 'a1', 'kam_rating_innovation'])('accepts the name %s', (name) => {
    expect(issues(PropertyCreate, property({ name }))).toEqual([]);
  });

  it.each(['KAM_score', '1kam', '_kam', 'kam-score', 'kam score', 'hs_kam_score', ''])(
    'rejects the name "%s"',
    (name) => {
      expect(issues(PropertyCreate, property({ name }))).not.toEqual([]);
    },
  );

  it('wants options on an enumeration, none on other types, and "true"/"false" on a single checkbox', () => {
    expect(issues(PropertyCreate, property({ type: 'enumeration', fieldType: 'select' }))).toEqual([
      'options: an enumeration property needs options',
    ]);
    expect(issues(PropertyCreate, property({ options: [option('a')] }))).toEqual([
      'options: a string property takes no options',
    ]);
    expect(
      issues(
        PropertyCreate,
        property({ type: 'enumeration', fieldType: 'booleancheckbox', options: [option('yes')] }),
      ),
    ).toEqual(['options: a single checkbox has exactly the options "true", "false" (found: yes)']);
  });

  it('accepts an owner property without options and nothing else as a reference', () => {
    const owner = { type: 'enumeration', fieldType: 'select', referencedObjectType: 'OWNER' };
    expect(issues(PropertyCreate, property(owner))).toEqual([]);
    expect(issues(PropertyCreate, property({ ...owner, referencedObjectType: 'CONTACT' }))).toEqual([
      'referencedObjectType: only "OWNER" is supported, not "CONTACT"',
    ]);
  });

  it('rejects keys the API does not take, such as our translations', () => {
    expect(issues(PropertyCreate, property({ i18n: { de: { label: 'Beispiel' } } }))).toEqual([
      ': Unrecognized key: "i18n"',
    ]);
  });

  it('rejects duplicate names and labels in a batch', () => {
    const inputs = [property(), property({ label: 'Other' }), property({ name: 'kam_other' })];
    expect(issues(BatchPropertyCreate, { inputs })).toEqual([
      'inputs.1.name: duplicate property name "kam_example"',
      'inputs.2.label: duplicate property label "Example"',
    ]);
  });
});

describe('schema create body', () => {
  const schema = (over: Record<string, unknown> = {}) => ({
    name: 'kam_thing',
    labels: { singular: 'Thing', plural: 'Things' },
    primaryDisplayProperty: 'title',
    requiredProperties: ['title'],
    associatedObjects: ['COMPANY'],
    properties: [
      { name: 'title', label: 'Title', type: 'string', fieldType: 'text' },
      { name: 'size', label: 'Size', type: 'number', fieldType: 'number', numberDisplayHint: 'currency' },
    ],
    ...over,
  });

  it('accepts a consistent schema', () => {
    expect(issues(ObjectSchemaCreate, schema())).toEqual([]);
  });

  it('rejects references to properties it does not have', () => {
    expect(
      issues(
        ObjectSchemaCreate,
        schema({
          primaryDisplayProperty: 'name',
          searchableProperties: ['name'],
          secondaryDisplayProperties: ['size'],
        }),
      ),
    ).toEqual([
      'primaryDisplayProperty: "name" is not one of the schema\'s properties',
      'searchableProperties.0: "name" is not one of the schema\'s properties',
    ]);
  });

  it('rejects unknown association targets and duplicates', () => {
    expect(
      issues(ObjectSchemaCreate, schema({ associatedObjects: ['COMPANY', 'COMPANY', 'ACCOUNT'] })),
    ).toEqual([expect.stringMatching(/^associatedObjects\.2: must be one of COMPANY, CONTACT/)]);
    expect(issues(ObjectSchemaCreate, schema({ associatedObjects: ['COMPANY', 'COMPANY'] }))).toEqual([
      'associatedObjects.1: duplicate association target "COMPANY"',
    ]);
  });

  it('rejects a number display hint on a text property', () => {
    const properties = [
      { name: 'title', label: 'Title', type: 'string', fieldType: 'text', numberDisplayHint: 'currency' },
    ];
    expect(issues(ObjectSchemaCreate, schema({ properties }))).toEqual([
      'properties.0.numberDisplayHint: only number properties take a number display hint',
    ]);
  });
});

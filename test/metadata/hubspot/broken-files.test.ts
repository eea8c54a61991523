import { describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MetadataResult } from '../../../src/crm/hubspot/metadata/index.js';
import {
  formatIssue,
  HubSpotMetadataError,
  loadHubSpotMetadata,
  readHubSpotMetadata,
} from '../../../src/crm/hubspot/metadata/index.js';
import type { Json } from './temp-copy.js';
import { editJson, indexOf, readWithEdit, withMetadataCopy } from './temp-copy.js';

const messages = (r: MetadataResult) => (r.ok ? [] : r.issues.map(formatIssue));

const COMPANIES = 'properties/companies.json';
const CONTACTS = 'properties/contacts.json';
const RELATIONSHIP = 'schemas/kam_relationship.json';

/** One broken file, the message expected: file, path of the field and what is wrong with it. */
const cases: [string, string, (json: Json) => void, RegExp][] = [
  [
    'a type/fieldType pair HubSpot rejects',
    COMPANIES,
    (j) => (j.properties[indexOf(j, 'kam_score')].fieldType = 'select'),
    /companies\.json: properties\[\d+\]\.fieldType: "select" does not fit type "number" \(allowed: number\)/,
  ],
  [
    'an unknown group',
    CONTACTS,
    (j) => (j.properties[indexOf(j, 'kam_roles')].groupName = 'kam_people'),
    /contacts\.json: properties\[0\]\.groupName: unknown group "kam_people" on contacts \(defined: kam\)/,
  ],
  [
    'a primary display property that is not a property',
    RELATIONSHIP,
    (j) => (j.primaryDisplayProperty = 'headline'),
    /kam_relationship\.json: primaryDisplayProperty: "headline" is not one of the schema's properties/,
  ],
  [
    'a primary display property that is not text',
    RELATIONSHIP,
    (j) => (j.primaryDisplayProperty = 'strength'),
    /kam_relationship\.json: primaryDisplayProperty: "strength" must be a string\/text property/,
  ],
  [
    'a required property that does not exist',
    RELATIONSHIP,
    (j) => j.requiredProperties.push('weight'),
    /kam_relationship\.json: requiredProperties\[4\]: "weight" is not one of the schema's properties/,
  ],
  [
    'an unknown association target',
    RELATIONSHIP,
    (j) => (j.associatedObjects = ['COMPANY', 'ACCOUNT']),
    /kam_relationship\.json: associatedObjects\[1\]: must be one of COMPANY, CONTACT/,
  ],
  [
    'option values that leave the core enum',
    CONTACTS,
    (j) => j.properties[indexOf(j, 'kam_roles')].options.pop(),
    /contacts\.json: properties\[0\]\.options: option values \[.*gatekeeper\] differ from the core values \[.*gatekeeper, coach\]/,
  ],
  [
    'a duplicate option value',
    CONTACTS,
    (j) => (j.properties[indexOf(j, 'kam_roles')].options[1].value = 'initiator'),
    /contacts\.json: properties\[0\]\.options\[1\]\.value: duplicate option value "initiator"/,
  ],
  [
    'a duplicate property name',
    CONTACTS,
    (j) => (j.properties[1].name = j.properties[0].name),
    /contacts\.json: properties\[1\]\.name: duplicate property name "kam_roles"/,
  ],
  [
    'a property name in HubSpot namespace',
    COMPANIES,
    (j) => (j.properties[0].name = 'hs_kam_flag'),
    /companies\.json: properties\[0\]\.name: must not start with "hs_"/,
  ],
  [
    'a property name HubSpot cannot store',
    COMPANIES,
    (j) => (j.properties[0].name = 'KAM-Flag'),
    /companies\.json: properties\[0\]\.name: must be lowercase letters, digits and underscores, starting with a letter/,
  ],
  [
    'a key the properties API does not know',
    COMPANIES,
    (j) => (j.properties[indexOf(j, 'kam_score')].modificationMetadata = { readOnlyValue: true }),
    /companies\.json: properties\[\d+\]: Unrecognized key: "modificationMetadata"/,
  ],
  [
    'a missing German label',
    RELATIONSHIP,
    (j) => delete j.properties[indexOf(j, 'kind')].i18n.de.label,
    /kam_relationship\.json: properties\[3\]\.i18n\.de\.label: /,
  ],
  [
    'a description without its translation',
    RELATIONSHIP,
    (j) => delete j.i18n.de.description,
    /kam_relationship\.json: i18n\.de\.description: description must be given in English and German or in neither/,
  ],
  [
    'an output that can be put on a form',
    COMPANIES,
    (j) => (j.properties[indexOf(j, 'kam_tier')].formField = true),
    /companies\.json: properties\[\d+\]\.formField: an output property must set formField: false/,
  ],
  [
    'a file whose name does not match its object type',
    CONTACTS,
    (j) => (j.objectType = 'deals'),
    /contacts\.json: objectType: "deals" belongs in deals\.json/,
  ],
];

describe('broken metadata files fail with the file and the field named', () => {
  it.each(cases)('%s', async (_what, file, edit, expected) => {
    const result = await readWithEdit(file, edit);
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('reports invalid JSON with the file name', async () => {
    const result = await withMetadataCopy(async (dir) => {
      await writeFile(join(dir, COMPANIES), '{ "objectType": "companies", ');
      return readHubSpotMetadata(dir);
    });
    expect(messages(result)).toEqual([expect.stringMatching(/companies\.json: is not valid JSON: /)]);
  });

  it('reports every issue of every file at once', async () => {
    const result = await withMetadataCopy(async (dir) => {
      await editJson(dir, COMPANIES, (j) => (j.properties[indexOf(j, 'kam_score')].fieldType = 'text'));
      await editJson(dir, RELATIONSHIP, (j) => (j.primaryDisplayProperty = 'headline'));
      return readHubSpotMetadata(dir);
    });
    expect(messages(result)).toHaveLength(2);
  });

  it('makes loadHubSpotMetadata throw an error listing them', async () => {
    const error = await withMetadataCopy(async (dir) => {
      await editJson(dir, RELATIONSHIP, (j) => (j.primaryDisplayProperty = 'headline'));
      return loadHubSpotMetadata(dir).then(
        () => undefined,
        (e: unknown) => e,
      );
    });
    expect(error).toBeInstanceOf(HubSpotMetadataError);
    expect((error as HubSpotMetadataError).code).toBe('HUBSPOT_METADATA_INVALID');
    expect((error as Error).message).toMatch(/kam_relationship\.json: primaryDisplayProperty: "headline"/);
  });
});

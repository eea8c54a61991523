import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  FieldDef,
  ObjectDef,
  SalesforceMetadata,
} from '../../../../src/crm/salesforce/metadata/index.js';
import {
  loadSalesforceMetadata,
  SALESFORCE_SOURCE_DIR,
} from '../../../../src/crm/salesforce/metadata/index.js';
import type { SeededOrg } from './setup.js';
import { collect, seededOrg } from './setup.js';

const loaded = loadSalesforceMetadata(SALESFORCE_SOURCE_DIR);
if (!loaded.ok) throw new Error('metadata does not load');
const metadata = loaded.metadata;

describe('Salesforce adapter: provision checks the deployed metadata', () => {
  let org: SeededOrg;
  beforeAll(async () => {
    org = await seededOrg({}, false);
  });
  afterAll(() => org.sf.stop());

  it('finds everything deployed and creates nothing', async () => {
    const report = await org.adapter().provision('en');
    expect(report.missing).toEqual([]);
    expect(report.created).toEqual([]);
    expect(report.unchanged.map((u) => u.split(':')[0])).toEqual([...metadata.objects.keys()]);
    expect([...metadata.objects.keys()]).toEqual(
      expect.arrayContaining(['Account', 'Contact', 'Opportunity', 'KAM_Relationship__c', 'KAM_Action__c']),
    );
  });

  it('names a missing object, field and picklist value so an admin can act', async () => {
    const potential = metadata.objects.get('KAM_Potential__c')!;
    const horizon = [...potential.fields.values()].find((f) => f.name === 'Horizon__c')!;
    const extraField: FieldDef = {
      ...horizon,
      name: 'Margin_Band__c',
      label: 'Margin band',
      picklistValues: [],
    };
    const widened: ObjectDef = {
      ...potential,
      fields: new Map([
        ...potential.fields,
        [horizon.name, { ...horizon, picklistValues: [...horizon.picklistValues, 'h4'] }],
        [extraField.name, extraField],
      ]),
    };
    const ghost: ObjectDef = { name: 'KAM_Review__c', custom: true, fields: new Map() };
    const expected: SalesforceMetadata = {
      ...metadata,
      objects: new Map([...metadata.objects, [widened.name, widened], [ghost.name, ghost]]),
    };
    const report = await org.adapter({ metadata: expected }).provision('en');
    expect(report.missing).toEqual([
      expect.stringMatching(/^KAM_Potential__c: picklist Horizon__c lacks the value\(s\) h4/),
      expect.stringMatching(/^KAM_Potential__c: field Margin_Band__c \("Margin band", Picklist\) is missing/),
      expect.stringMatching(/^KAM_Review__c: the custom object is not deployed/),
    ]);
  });
});

describe('Salesforce adapter: paging over more than 10,000 accounts', () => {
  let org: SeededOrg;
  const COUNT = 10_050;
  beforeAll(async () => {
    org = await seededOrg({}, false);
    const conn = org.sf.connect();
    for (let i = 0; i < COUNT; i += 200) {
      const records = Array.from({ length: Math.min(200, COUNT - i) }, (_, n) => ({
        attributes: { type: 'Account' },
        Name: `Bulk ${i + n}`,
        KAM_Is_Key_Account__c: (i + n) % 10 !== 0 || i + n < 10,
      }));
      await conn.requestPost('/services/data/v62.0/composite/sobjects', { allOrNone: true, records });
    }
  }, 60_000);
  afterAll(() => org.sf.stop());

  it('lists every key account once, one call per 2,000 ids', async () => {
    const adapter = org.adapter();
    const pages = [];
    for await (const page of adapter.listAccounts()) pages.push(page);
    const ids = pages.flat();
    const conn = org.sf.connect();
    const count = await conn.query('SELECT COUNT() FROM Account WHERE KAM_Is_Key_Account__c = true');
    expect(ids).toHaveLength(count.totalSize);
    expect(count.totalSize).toBeGreaterThan(9_000);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(adapter.usage().calls).toBe(Math.ceil(ids.length / 2000));
    expect(pages.length).toBe(Math.ceil(ids.length / 2000));
    expect(await collect(adapter.changedSince('2000-01-01T00:00:00Z'))).toHaveLength(ids.length);
  }, 60_000);
});

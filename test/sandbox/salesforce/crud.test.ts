import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Connection } from 'jsforce';
import { checksum } from '../../../src/sandbox/salesforce/ids.js';
import { failure, startSalesforce } from './harness.js';
import type { SalesforceHarness } from './harness.js';

let h: SalesforceHarness;
let conn: Connection;

beforeAll(async () => {
  h = await startSalesforce();
  conn = h.connect();
});
afterAll(() => h.stop());

/** Salesforce's published algorithm, written out independently of the sandbox's code. */
function expectedSuffix(id15: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
  return [0, 5, 10]
    .map((start) => {
      let bits = 0;
      for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id15[start + i]!)) bits += 1 << i;
      return alphabet[bits];
    })
    .join('');
}

describe('Salesforce sandbox: sObject records through jsforce', () => {
  it('creates, reads, updates and deletes an account with 18-character ids', async () => {
    const created = await conn
      .sobject('Account')
      .create({ Name: 'Muster Maschinenbau GmbH', AnnualRevenue: 48_000_000 });
    expect(created.success).toBe(true);
    const id = created.id!;
    expect(id).toMatch(/^001[0-9A-Za-z]{15}$/);
    expect(id.slice(15)).toBe(expectedSuffix(id.slice(0, 15)));
    expect(checksum('0015g00000QxYzA')).toBe('AAV'); // the id in the shared outbound fixture

    const read = (await conn.sobject('Account').retrieve(id)) as Record<string, unknown>;
    expect(read).toMatchObject({
      attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${id}` },
      Id: id,
      Name: 'Muster Maschinenbau GmbH',
      AnnualRevenue: 48_000_000,
      KAM_Is_Key_Account__c: false,
      KAM_Score__c: null,
    });
    expect(read.CreatedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    expect(read.OwnerId).toMatch(/^005/);

    const before = read.SystemModstamp as string;
    await new Promise((r) => setTimeout(r, 5));
    await conn.sobject('Account').update({ Id: id, Industry: 'Machinery', KAM_Rating_Strategic_Fit__c: 4 });
    const updated = (await conn.request(
      `/sobjects/Account/${id.slice(0, 15)}?fields=Industry,KAM_Rating_Strategic_Fit__c,SystemModstamp`,
    )) as Record<string, unknown>;
    expect(updated).toEqual({
      attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${id}` },
      Industry: 'Machinery',
      KAM_Rating_Strategic_Fit__c: 4,
      SystemModstamp: expect.any(String),
    });
    expect((updated.SystemModstamp as string) > before).toBe(true);

    await conn.sobject('Account').destroy(id);
    const gone = await failure(conn.sobject('Account').retrieve(id));
    expect(gone.errorCode).toBe('NOT_FOUND');
  });

  it('keys custom objects with a0… prefixes and requires their master', async () => {
    const acc = await conn.sobject('Account').create({ Name: 'Beispiel AG' });
    const missing = await failure(conn.sobject('KAM_Potential__c').create({ Horizon__c: 'short' }));
    expect(missing.errorCode).toBe('REQUIRED_FIELD_MISSING');
    expect(missing.data).toMatchObject({ fields: expect.arrayContaining(['Account__c']) });

    const pot = await conn.sobject('KAM_Potential__c').create({
      Account__c: acc.id,
      Horizon__c: 'short',
      Product_Line__c: 'Pumps',
      Volume_Per_Year__c: 10000,
    });
    expect(pot.id).toMatch(/^a0[0-9A-Za-z]/);
    const rel = await conn.sobject('KAM_Relationship__c').create({ Account__c: acc.id, Kind__c: 'trusts' });
    const relRec = (await conn.sobject('KAM_Relationship__c').retrieve(rel.id!)) as Record<string, unknown>;
    expect(relRec.Name).toMatch(/^REL-\d{5}$/); // auto-number from the object's metadata

    await conn.sobject('Account').destroy(acc.id!); // master-detail children go with the master
    expect((await failure(conn.sobject('KAM_Potential__c').retrieve(pot.id!))).errorCode).toBe('NOT_FOUND');
  });

  it('answers bad writes with Salesforce error codes', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ Name: 'X', Nope__c: 1 }, 'INVALID_FIELD'],
      [{ Name: 'X', KAM_Tier__c: 'Z' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'],
      [{ Name: 'X', KAM_Rating_Innovation__c: 9 }, 'FIELD_CUSTOM_VALIDATION_EXCEPTION'],
      [{ Name: 'X', AnnualRevenue: 'lots' }, 'JSON_PARSER_ERROR'],
      [{ Name: 'X', CreatedDate: '2020-01-01T00:00:00Z' }, 'INVALID_FIELD_FOR_INSERT_UPDATE'],
      [{ Name: 'X', ParentId: 'nonsense' }, 'MALFORMED_ID'],
      [{ Name: 'X'.repeat(256) }, 'STRING_TOO_LONG'],
      [{ Industry: 'Retail' }, 'REQUIRED_FIELD_MISSING'],
    ];
    for (const [body, code] of cases) {
      const error = await failure(conn.sobject('Account').create(body));
      expect([body, error.errorCode]).toEqual([body, code]);
    }
    const contact = await failure(conn.sobject('Contact').create({ LastName: 'Ruf', KAM_Attitude__c: 3 }));
    expect(contact.data).toMatchObject({
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Attitude must be between −2 and +2.',
      fields: ['KAM_Attitude__c'],
    });
    expect((await failure(conn.sobject('Nope__c').create({ Name: 'x' }))).errorCode).toBe('NOT_FOUND');
  });

  it('maintains compound names, stage effects and formula fields', async () => {
    const acc = await conn.sobject('Account').create({ Name: 'Stage GmbH' });
    const c = await conn
      .sobject('Contact')
      .create({ AccountId: acc.id, FirstName: 'Anna', LastName: 'Berg' });
    expect(((await conn.sobject('Contact').retrieve(c.id!)) as Record<string, unknown>).Name).toBe(
      'Anna Berg',
    );
    const opp = await conn.sobject('Opportunity').create({
      AccountId: acc.id,
      Name: 'Pumpen',
      StageName: 'Closed Won',
      CloseDate: '2025-03-31',
      Amount: 25000,
    });
    expect(await conn.sobject('Opportunity').retrieve(opp.id!)).toMatchObject({
      IsClosed: true,
      IsWon: true,
      Probability: 100,
    });
    const action = await conn.sobject('KAM_Action__c').create({
      Account__c: acc.id,
      Name: 'Workshop',
      Start_Date__c: '2020-01-01',
      Due_Date__c: '2020-02-01',
      Status__c: 'planned',
    });
    expect(await conn.sobject('KAM_Action__c').retrieve(action.id!)).toMatchObject({
      Is_Overdue__c: true,
      Kind__c: 'other',
    });
    const backwards = await failure(
      conn.sobject('KAM_Action__c').update({ Id: action.id!, Due_Date__c: '2019-01-01' }),
    );
    expect(backwards.errorCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
  });

  it('describes objects from the SFDX metadata', async () => {
    const account = await conn.sobject('Account').describe();
    const tier = account.fields.find((f) => f.name === 'KAM_Tier__c')!;
    expect(tier).toMatchObject({ type: 'picklist', restrictedPicklist: true, custom: true, label: 'Tier' });
    expect(tier.picklistValues!.map((p) => p.value)).toEqual(['A', 'B', 'C']);
    expect(account.childRelationships.map((c) => c.relationshipName)).toEqual(
      expect.arrayContaining(['Contacts', 'Opportunities', 'KAM_Actions__r', 'KAM_Relationships__r']),
    );
    const action = await conn.sobject('KAM_Action__c').describe();
    expect(action.fields.find((f) => f.name === 'Is_Overdue__c')).toMatchObject({
      type: 'boolean',
      calculated: true,
      updateable: false,
    });
    expect(action.fields.find((f) => f.name === 'Account__c')).toMatchObject({
      type: 'reference',
      referenceTo: ['Account'],
      relationshipName: 'Account__r',
      cascadeDelete: true,
    });
    const global = await conn.describeGlobal();
    expect(global.sobjects.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Account', 'Contact', 'KAM_Value_Chain_Note__c']),
    );
  });
});

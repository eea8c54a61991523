import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Connection } from 'jsforce';
import { failure, startSalesforce } from './harness.js';
import type { SalesforceHarness } from './harness.js';

let h: SalesforceHarness;
let conn: Connection;

beforeAll(async () => {
  h = await startSalesforce();
  conn = h.connect();
});
afterAll(() => h.stop());

const countAccounts = async (like: string) =>
  (await conn.query(`SELECT COUNT() FROM Account WHERE Name LIKE '${like}%'`)).totalSize;

describe('Salesforce sandbox: sObject collections through jsforce', () => {
  it('creates mixed types in order and reports failures per record', async () => {
    type Save = { id?: string; success: boolean; errors: unknown[] };
    const results = await conn.requestPost<Save[]>('/composite/sobjects', {
      allOrNone: false,
      records: [
        { attributes: { type: 'Account' }, Name: 'Teil A' },
        { attributes: { type: 'Account' }, Name: 'Teil B', KAM_Tier__c: 'Z' },
        { attributes: { type: 'Contact' }, LastName: 'Teil' },
      ],
    });
    expect(results[0]).toMatchObject({ success: true, errors: [], id: expect.stringMatching(/^001/) });
    expect(results[1]).toEqual({
      success: false,
      errors: [
        {
          statusCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          message: 'Tier: bad value for restricted picklist field: Z',
          fields: ['KAM_Tier__c'],
        },
      ],
    });
    expect(results[2]).toMatchObject({ success: true, id: expect.stringMatching(/^003/) });
    expect(await countAccounts('Teil')).toBe(1);
  });

  it('rolls everything back with allOrNone', async () => {
    const results = await conn
      .sobject('Account')
      .create([{ Name: 'Alles 1' }, { Name: 'Alles 2', KAM_Rating_Innovation__c: 7 }, { Name: 'Alles 3' }], {
        allOrNone: true,
      });
    expect(results.map((r) => r.success)).toEqual([false, false, false]);
    expect(results[0]!.errors).toEqual([
      expect.objectContaining({ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK' }),
    ]);
    expect(results[1]!.errors).toEqual([
      expect.objectContaining({ statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' }),
    ]);
    expect(await countAccounts('Alles')).toBe(0);
  });

  it('updates, retrieves and deletes collections', async () => {
    const created = await conn
      .sobject('Account')
      .create(Array.from({ length: 5 }, (_v, i) => ({ Name: `Sammel ${i}` })));
    const idList = created.map((c) => c.id!);
    const updates = await conn
      .sobject('Account')
      .update([
        ...idList.map((Id, i) => ({ Id, KAM_Score__c: 50 + i, KAM_Tier__c: 'B' })),
        { Id: '001000000000000AAA', KAM_Score__c: 1 },
      ]);
    expect(updates.slice(0, 5).every((u) => u.success)).toBe(true);
    expect(updates[5]).toMatchObject({ success: false, errors: [{ statusCode: 'ENTITY_IS_DELETED' }] });

    const read = await conn
      .sobject('Account')
      .retrieve([idList[4]!, '001000000000000AAA', idList[0]!], { fields: ['Name', 'KAM_Score__c'] });
    expect(read[0]).toMatchObject({ Name: 'Sammel 4', KAM_Score__c: 54 });
    expect(read[1]).toBeNull();
    expect(read[2]).toMatchObject({ Name: 'Sammel 0', KAM_Score__c: 50 });

    const deleted = await conn.sobject('Account').destroy([...idList.slice(0, 2), 'bogus']);
    expect(deleted.map((d) => d.success)).toEqual([true, true, false]);
    expect(deleted[2]).toMatchObject({ errors: [{ statusCode: 'MALFORMED_ID' }] });
    expect(await countAccounts('Sammel')).toBe(3);
  });

  it('refuses more than 200 records', async () => {
    const error = await failure(
      conn.sobject('Account').create(Array.from({ length: 201 }, (_v, i) => ({ Name: `Zu viel ${i}` }))),
    );
    expect(error.errorCode).toBe('EXCEEDED_ID_LIMIT');
    expect(await countAccounts('Zu viel')).toBe(0);
  });

  it('fails the whole request for unknown fields and wrong value types', async () => {
    const unknown = await failure(conn.sobject('Account').create([{ Name: 'A' }, { Name: 'B', Nope__c: 1 }]));
    expect(unknown.errorCode).toBe('INVALID_FIELD');
    const wrongType = await failure(
      conn.sobject('Account').create([{ Name: 'C', NumberOfEmployees: 'many' }]),
    );
    expect(wrongType.errorCode).toBe('JSON_PARSER_ERROR');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Connection } from 'jsforce';
import { failure, startSalesforce } from './harness.js';
import type { SalesforceHarness } from './harness.js';

let h: SalesforceHarness;
let conn: Connection;
let muster: string;
let beispiel: string;
const contacts: Record<string, string> = {};

type Rec = Record<string, unknown>;
const ids = (r: { records: Rec[] }) => r.records.map((x) => x.Id);

beforeAll(async () => {
  h = await startSalesforce();
  conn = h.connect();
  const accounts = await conn.sobject('Account').create([
    {
      Name: 'Muster Maschinenbau GmbH',
      Industry: 'Machinery',
      AnnualRevenue: 48_000_000,
      KAM_Is_Key_Account__c: true,
    },
    { Name: 'Beispiel AG', Industry: 'Retail', AnnualRevenue: 9_000_000 },
    { Name: 'Ohne Branche KG' },
  ]);
  [muster, beispiel] = accounts.map((a) => a.id!) as [string, string];
  const boss = await conn.sobject('Contact').create({
    AccountId: muster,
    FirstName: 'Clara',
    LastName: 'Chef',
    Title: 'CEO',
    KAM_Roles__c: 'decider;influencer',
  });
  contacts.boss = boss.id!;
  const team = await conn.sobject('Contact').create([
    { AccountId: muster, FirstName: 'Anna', LastName: 'Arndt', ReportsToId: boss.id, KAM_Roles__c: 'user' },
    { AccountId: muster, FirstName: 'Bernd', LastName: 'Bauer', ReportsToId: boss.id, KAM_Influence__c: 4 },
    { AccountId: beispiel, FirstName: 'Dora', LastName: "O'Neill", Email: 'dora@example.com' },
  ]);
  team.forEach((t, i) => (contacts[['anna', 'bernd', 'dora'][i]!] = t.id!));
  await conn.sobject('KAM_Action__c').create([
    {
      Account__c: muster,
      Name: 'Workshop',
      Start_Date__c: '2025-01-10',
      Due_Date__c: '2025-02-01',
      Status__c: 'done',
    },
    {
      Account__c: muster,
      Name: 'Angebot',
      Start_Date__c: '2025-03-01',
      Due_Date__c: '2025-04-01',
      Status__c: 'planned',
    },
  ]);
});
afterAll(() => h.stop());

describe('Salesforce sandbox: SOQL through jsforce', () => {
  it('selects parent fields through lookups, nested and null', async () => {
    const r = await conn.query<Rec>(
      `SELECT Id, Name, Account.Name, ReportsTo.Name, ReportsTo.Account.Industry FROM Contact WHERE AccountId = '${muster.slice(0, 15)}' ORDER BY LastName`,
    );
    expect(r.totalSize).toBe(3);
    expect(r.done).toBe(true);
    expect(r.records[0]).toEqual({
      attributes: { type: 'Contact', url: `/services/data/v62.0/sobjects/Contact/${contacts.anna}` },
      Id: contacts.anna,
      Name: 'Anna Arndt',
      Account: {
        attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${muster}` },
        Name: 'Muster Maschinenbau GmbH',
      },
      ReportsTo: {
        attributes: { type: 'Contact', url: `/services/data/v62.0/sobjects/Contact/${contacts.boss}` },
        Name: 'Clara Chef',
        Account: {
          attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${muster}` },
          Industry: 'Machinery',
        },
      },
    });
    expect(r.records.find((c) => c.Id === contacts.boss)!.ReportsTo).toBeNull();
  });

  it('answers child sub-queries by their relationship names, null when empty', async () => {
    const r = await conn.query<Rec>(
      `SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName DESC LIMIT 2), ` +
        `(SELECT Name, Status__c FROM KAM_Actions__r WHERE Status__c != 'done') FROM Account ` +
        `WHERE Id IN ('${muster}', '${beispiel}') ORDER BY Name DESC`,
    );
    expect(r.records.map((a) => a.Name)).toEqual(['Muster Maschinenbau GmbH', 'Beispiel AG']);
    const [m, b] = r.records as [Rec, Rec];
    expect(m.Contacts).toMatchObject({
      totalSize: 2,
      done: true,
      records: [{ LastName: 'Chef' }, { LastName: 'Bauer' }],
    });
    expect(m.KAM_Actions__r).toMatchObject({
      totalSize: 1,
      records: [{ attributes: { type: 'KAM_Action__c' }, Name: 'Angebot', Status__c: 'planned' }],
    });
    expect(b.KAM_Actions__r).toBeNull();
  });

  it('filters with AND, OR, NOT, IN, LIKE, comparisons, nulls, multi-picklists and date literals', async () => {
    const q = async (where: string) =>
      (await conn.query<Rec>(`SELECT Id FROM Contact WHERE ${where} ORDER BY LastName`)).records.map(
        (x) => x.Id,
      );
    expect(await q(`LastName LIKE 'b%'`)).toEqual([contacts.bernd]);
    expect(await q(`LastName = 'o\\'neill'`)).toEqual([contacts.dora]);
    expect(await q(`(KAM_Influence__c > 3 OR Title = 'CEO') AND NOT LastName = 'Chef'`)).toEqual([
      contacts.bernd,
    ]);
    expect(await q(`KAM_Influence__c != 4 AND AccountId = '${muster}'`)).toEqual([
      contacts.anna,
      contacts.boss,
    ]);
    expect(await q(`Email = null AND AccountId NOT IN ('${beispiel}')`)).toHaveLength(3);
    expect(await q(`KAM_Roles__c INCLUDES ('decider', 'user')`)).toEqual([contacts.anna, contacts.boss]);
    expect(
      await q(`CreatedDate = TODAY AND CreatedDate = LAST_N_DAYS:30 AND CreatedDate > 2020-01-01T00:00:00Z`),
    ).toHaveLength(4);
    expect(await q(`CreatedDate < YESTERDAY`)).toEqual([]);
    const actions = await conn.query<Rec>(
      `SELECT Name FROM KAM_Action__c WHERE Due_Date__c >= 2025-03-01 AND Due_Date__c < NEXT_YEAR`,
    );
    expect(actions.records.map((a) => a.Name)).toEqual(['Angebot']);
    const semi = await conn.query<Rec>(
      `SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Email != null)`,
    );
    expect(semi.records.map((a) => a.Name)).toEqual(['Beispiel AG']);
  });

  it('orders with NULLS FIRST/LAST and pages with LIMIT and OFFSET', async () => {
    const byIndustry = await conn.query<Rec>(`SELECT Name FROM Account ORDER BY Industry DESC NULLS LAST`);
    expect(byIndustry.records.map((a) => a.Name)).toEqual([
      'Beispiel AG',
      'Muster Maschinenbau GmbH',
      'Ohne Branche KG',
    ]);
    const nullsFirst = await conn.query<Rec>(
      `SELECT Name FROM Account ORDER BY Industry ASC LIMIT 2 OFFSET 0`,
    );
    expect(nullsFirst.records.map((a) => a.Name)).toEqual(['Ohne Branche KG', 'Muster Maschinenbau GmbH']);
    const offset = await conn.query<Rec>(`SELECT Name FROM Account ORDER BY Name LIMIT 1 OFFSET 1`);
    expect(offset.records.map((a) => a.Name)).toEqual(['Muster Maschinenbau GmbH']);
  });

  it('counts and aggregates', async () => {
    const count = await conn.query(`SELECT COUNT() FROM Contact WHERE AccountId = '${muster}'`);
    expect(count).toMatchObject({ totalSize: 3, done: true, records: [] });
    const grouped = await conn.query<Rec>(
      `SELECT AccountId, COUNT(Id) n, MAX(KAM_Influence__c) FROM Contact GROUP BY AccountId ORDER BY AccountId`,
    );
    expect(grouped.records).toEqual(
      expect.arrayContaining([
        { attributes: { type: 'AggregateResult' }, AccountId: muster, n: 3, expr0: 4 },
      ]),
    );
  });

  it('pages large results with queryMore', async () => {
    const batch = Array.from({ length: 200 }, (_v, i) => ({
      LastName: `Massen ${String(i).padStart(3, '0')}`,
      AccountId: beispiel,
    }));
    for (let i = 0; i < 3; i++)
      await conn.sobject('Contact').create(batch.map((c) => ({ ...c, FirstName: `B${i}` })));
    const soql = `SELECT Id, Name FROM Contact WHERE LastName LIKE 'Massen%' ORDER BY LastName, FirstName`;
    const first = await conn.query<Rec>(soql, { headers: { 'Sforce-Query-Options': 'batchSize=250' } });
    expect(first).toMatchObject({ totalSize: 600, done: false });
    expect(first.records).toHaveLength(250);
    expect(first.nextRecordsUrl).toMatch(/\/services\/data\/v62\.0\/query\/01g[0-9A-Za-z]{15}-250$/);
    const second = await conn.queryMore<Rec>(first.nextRecordsUrl!);
    const third = await conn.queryMore<Rec>(second.nextRecordsUrl!);
    expect([second.records.length, third.records.length, third.done]).toEqual([250, 100, true]);
    const all = new Set([...ids(first), ...ids(second), ...ids(third)]);
    expect(all.size).toBe(600);
    const fetched = await conn.query<Rec>(soql).run({ autoFetch: true, maxFetch: 10_000 });
    expect(fetched.records).toHaveLength(600);
    expect((await failure(conn.queryMore('01gXXXXXXXXXXXXXXX-2000'))).errorCode).toBe(
      'INVALID_QUERY_LOCATOR',
    );
  });

  it('rejects bad SOQL with Salesforce error codes', async () => {
    const cases: [string, string][] = [
      ['SELECT FROM Account', 'MALFORMED_QUERY'],
      ['SELECT Nope__c FROM Account', 'INVALID_FIELD'],
      ['SELECT Foo.Name FROM Contact', 'INVALID_FIELD'],
      ['SELECT Id FROM Nope__c', 'INVALID_TYPE'],
      ['SELECT Id, (SELECT Id FROM Nopes) FROM Account', 'INVALID_TYPE'],
      ["SELECT Id FROM Account WHERE Name = 'a' OR Name = 'b' AND Industry = 'c'", 'MALFORMED_QUERY'],
      ["SELECT Id FROM Account WHERE AnnualRevenue = '5'", 'MALFORMED_QUERY'],
      ['SELECT Id FROM Account LIMIT 10 OFFSET 2001', 'NUMBER_OUTSIDE_VALID_RANGE'],
      ['SELECT FIELDS(ALL) FROM Account', 'MALFORMED_QUERY'],
    ];
    for (const [soql, code] of cases)
      expect([soql, (await failure(conn.query(soql))).errorCode]).toEqual([soql, code]);
    const all = await conn.query<Rec>(`SELECT FIELDS(ALL) FROM Account WHERE Id = '${muster}' LIMIT 1`);
    expect(all.records[0]).toMatchObject({
      Name: 'Muster Maschinenbau GmbH',
      KAM_Is_Key_Account__c: true,
      SystemModstamp: expect.any(String),
    });
  });
});

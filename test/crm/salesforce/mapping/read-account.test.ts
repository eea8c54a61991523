import { describe, expect, it } from '@jest/globals';
import { accountSnapshotFromRecord } from '../../../../src/crm/salesforce/mapping/index.js';
import { ACCOUNT_ID, account, contact, mappingError, opportunity, sfId } from './records.js';

const C1 = sfId('003', 1);
const C2 = sfId('003', 2);

describe('reading an account record', () => {
  it('makes missing values undefined, never 0 or empty, and applies the core defaults', () => {
    const s = accountSnapshotFromRecord(
      account({ Industry: '', BillingCity: '   ', NumberOfEmployees: null, Owner: null, KAM_Stage__c: null }),
    );
    expect(s.account).toEqual({
      id: ACCOUNT_ID,
      name: 'Brenner Hydraulik GmbH',
      currency: 'EUR',
      ratings: {},
      stage: 'candidate',
    });
    expect(Object.values(s.account)).not.toContain(0);
    expect(s).toMatchObject({
      contacts: [],
      relationships: [],
      valueChain: [],
      potentials: [],
      actions: [],
      deals: [],
    });
    expect(s.plan).toBeUndefined();
  });

  it('reads typed values, the owner through the User lookup and the last activity at midnight UTC', () => {
    const s = accountSnapshotFromRecord(
      account(
        {
          NumberOfEmployees: 4690,
          AnnualRevenue: 556000000,
          KAM_Category_Spend__c: 1721000.5,
          KAM_Rating_Innovation__c: 4,
          KAM_Stage__c: 'key_account',
          Owner: { attributes: { type: 'User' }, Name: 'Julia Hoffmann' },
          LastActivityDate: '2026-11-18',
        },
        {},
      ),
      { currency: 'CHF' },
    );
    expect(s.account).toMatchObject({
      employees: 4690,
      annualRevenue: 556000000,
      categorySpendPerYear: 1721000.5,
      ratings: { innovation: 4 },
      stage: 'key_account',
      ownerName: 'Julia Hoffmann',
      lastActivityAt: '2026-11-18T00:00:00Z',
      currency: 'CHF',
    });
  });

  it('keeps two-letter country codes and leaves country names out', () => {
    expect(accountSnapshotFromRecord(account({ BillingCountry: 'de' })).account.country).toBe('DE');
    expect(
      accountSnapshotFromRecord(account({ BillingCountry: 'Deutschland' })).account.country,
    ).toBeUndefined();
  });

  it('cuts a user name to the 120 characters the core holds', () => {
    const long = `${'A'.repeat(40)} ${'B'.repeat(80)}`;
    const s = accountSnapshotFromRecord(account({ Owner: { Name: long } }));
    expect(s.account.ownerName).toHaveLength(120);
    expect(s.account.ownerName!.endsWith('B…')).toBe(true);
  });
});

describe('reading contacts', () => {
  it('joins first and last name, splits `;` lists and keeps the reports-to id', () => {
    const s = accountSnapshotFromRecord(
      account(
        {},
        {
          Contacts: [
            contact(1, { FirstName: 'Dr. Anna', LastName: 'von der Heide', KAM_Roles__c: 'decider;coach' }),
            contact(2, {
              FirstName: null,
              LastName: 'Madonna',
              ReportsToId: C1,
              KAM_Roles__c: ' user ; ;buyer',
            }),
          ],
        },
      ),
    );
    expect(s.contacts.map((c) => [c.name, c.roles, c.reportsToId])).toEqual([
      ['Dr. Anna von der Heide', ['decider', 'coach'], undefined],
      ['Madonna', ['user', 'buyer'], C1],
    ]);
  });

  it('reports an unknown picklist value instead of guessing', () => {
    const e = mappingError(() =>
      accountSnapshotFromRecord(account({}, { Contacts: [contact(1, { KAM_Roles__c: 'decider;Boss' })] })),
    );
    expect(e.code).toBe('invalid_record');
    expect(e.message).toBe(
      `contact ${C1}: KAM_Roles__c: unknown value "Boss"; expected any of initiator, user, influencer, buyer, decider, gatekeeper, coach`,
    );
  });

  it('names record and field of a value out of range or of the wrong type, all at once', () => {
    const e = mappingError(() =>
      accountSnapshotFromRecord(
        account(
          { KAM_Rating_Strategic_Fit__c: 6 },
          {
            Contacts: [
              contact(1, { KAM_Attitude__c: 7 }),
              contact(2, { KAM_Influence__c: '4', KAM_Last_Confirmed__c: '2026-02-30' }),
            ],
          },
        ),
      ),
    );
    expect(e.issues.map((i) => `${i.record}: ${i.field}: ${i.message}`)).toEqual([
      `account ${ACCOUNT_ID}: KAM_Rating_Strategic_Fit__c: 6 is not a whole number from 1 to 5`,
      `contact ${C1}: KAM_Attitude__c: 7 is not a whole number from -2 to 2`,
      `contact ${C2}: KAM_Influence__c: "4" is not a whole number from 1 to 5`,
      `contact ${C2}: KAM_Last_Confirmed__c: "2026-02-30" is not a date (YYYY-MM-DD)`,
    ]);
  });

  it('tells a failure of the core schema in Salesforce terms', () => {
    const e = mappingError(() =>
      accountSnapshotFromRecord(account({}, { Contacts: [contact(1, { Email: 'anna(at)berg.de' })] })),
    );
    expect(e.issues).toEqual([
      {
        record: `contact ${C1}`,
        field: 'Email',
        message: expect.stringMatching(/^"anna\(at\)berg\.de": .*email/i),
      },
    ]);
  });
});

describe('reading opportunities', () => {
  it('derives won/lost/open from IsClosed and IsWon and scales the probability 0–100 → 0…1', () => {
    const s = accountSnapshotFromRecord(
      account(
        {},
        {
          Opportunities: [
            opportunity(1, { IsClosed: true, IsWon: true, StageName: 'Closed Won', Probability: 100 }),
            opportunity(2, { IsClosed: true, IsWon: false, StageName: 'Closed Lost', Probability: 0 }),
            opportunity(3, {
              Probability: 45,
              KAM_Contribution_Margin__c: -120.5,
              KAM_Strategic_Project__c: true,
            }),
            opportunity(4, { Probability: null, KAM_Strategic_Project__c: null }),
          ],
        },
      ),
    );
    expect(s.deals.map((d) => [d.status, d.probability, d.strategic])).toEqual([
      ['won', 1, false],
      ['lost', 0, false],
      ['open', 0.45, true],
      ['open', 0.5, false], // no probability: the core's default, not 0
    ]);
    expect(s.deals[2]!.contributionMargin).toBe(-120.5);
  });

  it('reports a probability beyond 100 and a won opportunity that is not closed', () => {
    const e = mappingError(() =>
      accountSnapshotFromRecord(
        account({}, { Opportunities: [opportunity(1, { Probability: 150, IsWon: true })] }),
      ),
    );
    expect(e.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'IsWon: is true for an opportunity that is not closed',
      'Probability: 150 is not a number from 0 to 100',
    ]);
  });
});

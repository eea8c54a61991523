import { describe, expect, it } from '@jest/globals';
import {
  accountSnapshotFromRecord,
  accountSnapshotsFromRecords,
} from '../../../../src/crm/salesforce/mapping/index.js';
import { ACCOUNT_ID, account, contact, mappingError, rec, sfId } from './records.js';

const C1 = sfId('003', 1);
const C2 = sfId('003', 2);

describe('reading the KAM objects', () => {
  const tie = (n: number, fields: Record<string, unknown>) =>
    rec('KAM_Relationship__c', sfId('a01', n), {
      From_Contact__c: C1,
      To_Contact__c: C2,
      Kind__c: 'trusts',
      ...fields,
    });

  it('reads percent 0–100 as 0…1 and leaves an empty probability to the core default', () => {
    const pot = (n: number, p: number | null) =>
      rec('KAM_Potential__c', sfId('a03', n), {
        Product_Line__c: 'Sensorik',
        Horizon__c: 'short',
        Volume_Per_Year__c: 5000,
        Probability__c: p,
      });
    const s = accountSnapshotFromRecord(
      account({}, { KAM_Potentials__r: [pot(1, 60), pot(2, null), pot(3, 0)] }),
    );
    expect(s.potentials.map((p) => p.probability)).toEqual([0.6, 0.5, 0]);
  });

  it('reports an unknown relationship kind with the values it expected', () => {
    const e = mappingError(() =>
      accountSnapshotFromRecord(
        account(
          {},
          { Contacts: [contact(1), contact(2)], KAM_Relationships__r: [tie(1, { Kind__c: 'enemy' })] },
        ),
      ),
    );
    expect(e.message).toBe(
      `relationship ${sfId('a01', 1)}: Kind__c: unknown value "enemy"; expected one of reports_to, influences, trusts, conflicts, friends, mentors`,
    );
  });

  it('names the lookup of a tie to a contact of another account', () => {
    const stranger = sfId('003', 99);
    const e = mappingError(() =>
      accountSnapshotFromRecord(
        account(
          {},
          { Contacts: [contact(1), contact(2)], KAM_Relationships__r: [tie(1, { To_Contact__c: stranger })] },
        ),
      ),
    );
    expect(e.message).toBe(`relationship ${sfId('a01', 1)}: To_Contact__c: unknown contact "${stranger}"`);
  });

  it('makes one plan of the per-year records: goals by year, plan-wide values from the last edited record', () => {
    const plan = (n: number, fields: Record<string, unknown>) =>
      rec('KAM_Account_Plan__c', sfId('a04', n), { Owner__r: null, ...fields });
    const s = accountSnapshotFromRecord(
      account(
        {},
        {
          KAM_Account_Plans__r: [
            plan(1, {
              Year__c: 2027,
              Target_Revenue__c: 40000,
              Strategy__c: 'Alt',
              LastModifiedDate: '2026-01-01T08:00:00.000+0000',
            }),
            plan(2, {
              Year__c: 2026,
              Target_Revenue__c: 27500,
              Note__c: 'Rahmenvertrag',
              Capacity_Hours__c: 120,
              Strategy__c: 'Neu',
              Owner__r: { Name: 'Julia Hoffmann' },
              LastModifiedDate: '2026-03-01T08:00:00.000+0000',
            }),
            plan(3, {
              Year__c: 2028,
              Target_Revenue__c: null,
              LastModifiedDate: '2025-12-01T08:00:00.000+0000',
            }),
          ],
        },
      ),
    );
    expect(s.plan).toEqual({
      id: sfId('a04', 2),
      ownerName: 'Julia Hoffmann',
      capacityHoursPerYear: 120,
      strategy: 'Neu',
      goals: [
        { year: 2026, targetRevenue: 27500, note: 'Rahmenvertrag' },
        { year: 2027, targetRevenue: 40000 },
      ],
    });
  });

  it('reports two plan records for one year', () => {
    const plan = (n: number) =>
      rec('KAM_Account_Plan__c', sfId('a04', n), { Year__c: 2026, Target_Revenue__c: 1 });
    const e = mappingError(() =>
      accountSnapshotFromRecord(account({}, { KAM_Account_Plans__r: [plan(1), plan(2)] })),
    );
    expect(e.message).toBe(
      `account plan ${sfId('a04', 2)}: Year__c: 2026 is also the year of ${sfId('a04', 1)}: one plan record per account and year`,
    );
  });

  it('reports a required value that is empty', () => {
    const action = rec('KAM_Action__c', sfId('a05', 1), {
      Name: 'Workshop',
      Start_Date__c: '2026-03-01',
      Due_Date__c: null,
    });
    const e = mappingError(() => accountSnapshotFromRecord(account({}, { KAM_Actions__r: [action] })));
    expect(e.message).toBe(`action ${sfId('a05', 1)}: Due_Date__c: is required but empty`);
  });
});

describe('reading a batch', () => {
  it('refuses a child list with pages still to fetch', () => {
    const record = account({
      Contacts: { totalSize: 2500, done: false, records: [contact(1)], nextRecordsUrl: '/next' },
    });
    const e = mappingError(() => accountSnapshotFromRecord(record));
    expect(e.code).toBe('incomplete_children');
    expect(e.message).toBe(`account ${ACCOUNT_ID}: Contacts: 1 of 2500 records; fetch /next before mapping`);
  });

  it('fails one account without failing the others', () => {
    const good = account();
    const bad = { ...rec('Account', sfId('001', 2)), Name: null };
    const results = accountSnapshotsFromRecords([good, bad]);
    expect(results.map((r) => [r.accountId, r.ok])).toEqual([
      [ACCOUNT_ID, true],
      [sfId('001', 2), false],
    ]);
    expect(results[1]!.ok ? '' : results[1]!.error.message).toBe(
      `account ${sfId('001', 2)}: Name: is required but empty`,
    );
  });

  it('reports a record of the wrong type', () => {
    const e = mappingError(() =>
      accountSnapshotFromRecord(account({}, { Contacts: [rec('Lead', sfId('00Q', 1), { LastName: 'X' })] })),
    );
    expect(e.message).toBe(`contact ${sfId('00Q', 1)}: attributes.type: is Lead, expected Contact`);
  });
});

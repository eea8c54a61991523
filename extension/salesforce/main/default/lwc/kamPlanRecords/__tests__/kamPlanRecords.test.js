import { gql } from 'lightning/uiGraphQLApi';
import {
  ACCOUNT_PLAN,
  ACTION,
  ACTION_KINDS,
  ACTION_STATUSES,
  ASSESSMENTS,
  HORIZONS,
  PORTER_ACTIVITIES,
  POTENTIAL,
  VALUE_CHAIN_NOTE,
  actionFields,
  childRecordInput,
  potentialFields,
  toAccountPlan,
  toAction,
  toDeal,
  toPotential,
  toValueChainNote,
  valueChainNoteFields,
} from 'c/kamPlanRecords';
import {
  gqlQueries,
  inputFields,
  picklistValues,
  queryFields,
  unknownFields,
} from '../../../../../test/salesforce-fields';

// The module's queries as it hands them to `gql` when it loads.
const QUERIES = gqlQueries(gql);

const v = (value) => ({ value });

describe('c-kam-plan-records', () => {
  it('knows the values the org’s picklists hold, in their order', () => {
    expect(PORTER_ACTIVITIES).toEqual(picklistValues(VALUE_CHAIN_NOTE, 'Activity__c'));
    expect(ASSESSMENTS).toEqual(picklistValues(VALUE_CHAIN_NOTE, 'Assessment__c'));
    expect(HORIZONS).toEqual(picklistValues(POTENTIAL, 'Horizon__c'));
    expect(ACTION_STATUSES).toEqual(picklistValues(ACTION, 'Status__c'));
    expect(ACTION_KINDS).toEqual(picklistValues(ACTION, 'Kind__c'));
  });

  it('reads only fields the org has', () => {
    expect(Object.keys(QUERIES).sort()).toEqual(['kamActionPlan', 'kamOpportunities', 'kamValueChain']);
    const read = Object.values(QUERIES).flatMap(queryFields);
    expect(read).toEqual(
      expect.arrayContaining([
        `${VALUE_CHAIN_NOTE}.Account__c`,
        'Opportunity.KAM_Contribution_Margin__c',
        `${ACCOUNT_PLAN}.Owner__c`,
        'User.Name',
        `${ACTION}.Assignee__c`,
      ]),
    );
    expect(unknownFields(read)).toEqual([]);
  });

  it('writes only fields the org has', () => {
    const written = [
      ...inputFields(
        VALUE_CHAIN_NOTE,
        childRecordInput(VALUE_CHAIN_NOTE, '001A', valueChainNoteFields({ activity: 'service' })),
      ),
      ...inputFields(POTENTIAL, childRecordInput(POTENTIAL, '001A', potentialFields({ probability: 0.5 }))),
      ...inputFields(ACTION, childRecordInput(ACTION, '001A', actionFields({ title: 'A' }))),
    ];
    expect(written).toContain(`${ACTION}.Due_Date__c`);
    expect(unknownFields(written)).toEqual([]);
  });

  it('reads percent fields as fractions and empty fields as absent, as the core does', () => {
    expect(
      toPotential({
        Id: 'p1',
        Product_Line__c: v(' Pumpen '),
        Horizon__c: v('medium'),
        Volume_Per_Year__c: v(1000),
        Probability__c: v(40),
        Note__c: v(null),
      }),
    ).toEqual({ id: 'p1', productLine: 'Pumpen', horizon: 'medium', volumePerYear: 1000, probability: 0.4 });
    expect(
      potentialFields({ productLine: 'X', horizon: 'long', volumePerYear: 5, probability: 0.125 }),
    ).toEqual({
      Product_Line__c: 'X',
      Horizon__c: 'long',
      Volume_Per_Year__c: 5,
      Probability__c: 13,
      Note__c: null,
    });
  });

  it('leaves out records the core could not take', () => {
    expect(toValueChainNote({ Id: 'n1', Activity__c: v('catering') })).toBeUndefined();
    expect(toPotential({ Id: 'p1', Product_Line__c: v('X'), Horizon__c: v('short') })).toBeUndefined();
    expect(
      toAction({ Id: 'a1', Name: v('A'), Start_Date__c: v('2026-05-02'), Due_Date__c: v('2026-05-01') }),
    ).toBe(undefined);
    expect(toDeal({ Id: 'o1', Name: v('O'), Amount: v(null), CloseDate: v('2026-01-01') })).toBeUndefined();
  });

  it('reads won, lost and open from IsClosed and IsWon', () => {
    const base = { Id: 'o1', Name: v('O'), Amount: v(10), CloseDate: v('2026-01-01'), Probability: v(70) };
    expect(toDeal({ ...base, IsClosed: v(false), IsWon: v(false) })).toMatchObject({
      status: 'open',
      probability: 0.7,
    });
    expect(toDeal({ ...base, IsClosed: v(true), IsWon: v(true) }).status).toBe('won');
    expect(toDeal({ ...base, IsClosed: v(true), IsWon: v(false) }).status).toBe('lost');
  });

  it('merges the plan records per year into one plan, plan-wide values from the record changed last', () => {
    const plan = toAccountPlan([
      {
        Id: 'y2027',
        Year__c: v(2027),
        Target_Revenue__c: v(null),
        Capacity_Hours__c: v(300),
        LastModifiedDate: v('2026-04-01T00:00:00.000Z'),
        Owner__r: { Name: v('Anna Berg') },
      },
      {
        Id: 'y2026',
        Year__c: v(2026),
        Target_Revenue__c: v(100000),
        Note__c: v('Wachstum'),
        Capacity_Hours__c: v(200),
        LastModifiedDate: v('2026-01-01T00:00:00.000Z'),
        Owner__r: null,
      },
    ]);
    expect(plan).toEqual({
      id: 'y2026',
      ownerName: 'Anna Berg',
      capacityHoursPerYear: 300,
      goals: [{ year: 2026, targetRevenue: 100000, note: 'Wachstum' }],
    });
    expect(toAccountPlan([])).toBeUndefined();
  });
});

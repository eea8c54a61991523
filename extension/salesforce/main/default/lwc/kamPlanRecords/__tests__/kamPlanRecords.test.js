import {
  assessProjects,
  potentialFields,
  toAccountPlan,
  toAction,
  toDeal,
  toPotential,
  toValueChainNote,
} from 'c/kamPlanRecords';

const v = (value) => ({ value });
const NOW = new Date('2026-05-15T10:00:00Z');
const deal = (id, amount, closeDate, status) => ({
  id,
  name: id,
  amount,
  closeDate,
  status,
  probability: 0.5,
});

describe('c-kam-plan-records', () => {
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

  it('calls a project event-driven from three times last year’s won revenue', () => {
    const history = [deal('won', 100000, '2025-06-01', 'won'), deal('lost', 900000, '2025-07-01', 'lost')];
    const { revenueYear, currentRevenue, projects } = assessProjects(
      [
        ...history,
        deal('at', 300000, '2026-09-01', 'open'),
        deal('below', 299999.99, '2026-08-01', 'open'),
        deal('zero', 0, '2026-07-01', 'open'),
      ],
      NOW,
    );
    expect({ revenueYear, currentRevenue }).toEqual({ revenueYear: 2025, currentRevenue: 100000 });
    expect(projects.map((p) => [p.id, p.eventDriven])).toEqual([
      ['zero', false],
      ['below', false],
      ['at', 'large'],
    ]);
    expect(assessProjects([deal('first', 1, '2026-09-01', 'open')], NOW).projects[0].eventDriven).toBe(
      'no_revenue',
    );
  });
});

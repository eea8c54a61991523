import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { analysePlan } from '../../../src/core/analysis/plan.js';
import type { DealInput } from './planning-fixtures.js';
import { action, hoffmann, NOW, open, parse, won } from './planning-fixtures.js';

const plan = (goals: { year: number; targetRevenue: number }[], capacityHoursPerYear?: number) => ({
  id: 'plan-hoffmann',
  ownerName: 'Thomas Becker',
  goals,
  ...(capacityHoursPerYear === undefined ? {} : { capacityHoursPerYear }),
});

describe('analysePlan – the guide’s classic case', () => {
  // 25,000 a year for three years; goals 40,000 for 2026 and 60,000 for 2027.
  const input = hoffmann({
    plan: plan([
      { year: 2027, targetRevenue: 60_000 },
      { year: 2026, targetRevenue: 40_000 },
    ]),
  });
  input.deals = [
    ...(input.deals ?? []),
    won('won-2026-q1', '2026-02-10', 8_000),
    open('retrofit', '2026-06-30', 20_000, 0.5),
    open('linie-4', '2027-03-31', 40_000, 0.5),
    open('verloren', '2026-05-01', 99_000, 0.9, { status: 'lost' }),
  ];
  const result = analysePlan(parse(input), NOW);

  it('starts from last year’s 25,000 and states the growth each goal asks for', () => {
    expect(result.baselineYear).toBe(2025);
    expect(result.baselineRevenue).toBe(25_000);
    expect(result.goals.map((g) => g.year)).toEqual([2026, 2027]);
    // 40,000 / 25,000 − 1 = 60 %; 60,000 / 25,000 − 1 = 140 %.
    expect(result.goals[0]?.requiredGrowth).toBeCloseTo(0.6, 10);
    expect(result.goals[1]?.requiredGrowth).toBeCloseTo(1.4, 10);
  });

  it('computes gap = target − (won + weighted pipeline) per year; lost deals do not count', () => {
    // 2026: 40,000 − (8,000 + 20,000 × 0.5) = 22,000.
    expect(result.goals[0]).toMatchObject({ won: 8_000, weightedPipeline: 10_000, gap: 22_000 });
    // 2027: 60,000 − (0 + 40,000 × 0.5) = 40,000.
    expect(result.goals[1]).toMatchObject({ won: 0, weightedPipeline: 20_000, gap: 40_000 });
  });

  it('reports the current year’s plan gap in German and English', () => {
    const behind = result.gaps.find((g) => g.code === 'plan.gap.behindPlan');
    expect(behind?.severity).toBe('warning');
    expect(behind?.text.de).toContain('Planlücke 2026');
    expect(behind?.text.de).toContain('es fehlen 22.000\u00a0€');
    expect(behind?.text.en).toContain('€22,000 missing');
    expect(result.gaps.some((g) => g.code === 'plan.gap.noGoal')).toBe(false);
  });
});

describe('analysePlan – goal years', () => {
  it('target 60,000, won 25,000, open 40,000 at 50 % → gap 15,000', () => {
    const input = hoffmann({ plan: plan([{ year: 2026, targetRevenue: 60_000 }]) });
    input.deals = [won('w', '2026-01-20', 25_000), open('o', '2026-11-30', 40_000, 0.5)];
    expect(analysePlan(parse(input), NOW).goals[0]?.gap).toBe(15_000);
  });

  it('a negative gap means ahead of plan and raises no plan-gap warning', () => {
    const input = hoffmann({ plan: plan([{ year: 2026, targetRevenue: 30_000 }]) });
    input.deals = [won('w', '2026-03-01', 28_000), open('o', '2026-12-31', 10_000, 0.5)];
    const result = analysePlan(parse(input), NOW);
    expect(result.goals[0]?.gap).toBe(-3_000);
    expect(result.gaps.map((g) => g.code)).not.toContain('plan.gap.behindPlan');
  });

  it('counts deals on 31 December in that year and on 1 January in the next', () => {
    const input = hoffmann({
      plan: plan([
        { year: 2026, targetRevenue: 50_000 },
        { year: 2027, targetRevenue: 50_000 },
      ]),
    });
    input.deals = [open('silvester', '2026-12-31', 10_000, 1), open('neujahr', '2027-01-01', 20_000, 1)];
    const [y2026, y2027] = analysePlan(parse(input), NOW).goals;
    expect(y2026?.weightedPipeline).toBe(10_000);
    expect(y2027?.weightedPipeline).toBe(20_000);
  });

  it('has no required growth when last year brought no revenue', () => {
    const input = hoffmann({ plan: plan([{ year: 2026, targetRevenue: 40_000 }]) });
    input.deals = [won('alt', '2023-05-05', 25_000)];
    expect(analysePlan(parse(input), NOW).goals[0]?.requiredGrowth).toBeUndefined();
  });

  it('flags a missing plan once, without goal gaps on top', () => {
    const result = analysePlan(parse(hoffmann()), NOW);
    expect(result.hasPlan).toBe(false);
    expect(result.goals).toEqual([]);
    expect(result.gaps.map((g) => g.code)).toEqual(['plan.gap.noPlan']);
    expect(result.gaps[0]?.text.de).toContain('Kein Maßnahmenplan');
  });

  it('asks for goals for the current year (warning) and the next (info), years not grouped as numbers', () => {
    const result = analysePlan(parse(hoffmann({ plan: plan([{ year: 2025, targetRevenue: 25_000 }]) })), NOW);
    const noGoal = result.gaps.filter((g) => g.code === 'plan.gap.noGoal');
    expect(noGoal.map((g) => [g.severity, g.text.de])).toEqual([
      ['warning', 'Kein Umsatzziel für 2026 im Maßnahmenplan.'],
      ['info', 'Kein Umsatzziel für 2027 im Maßnahmenplan.'],
    ]);
  });
});

describe('analysePlan – actions on the timeline', () => {
  // Today is 2026-03-15.
  const input = hoffmann({
    plan: plan([{ year: 2026, targetRevenue: 25_000 }]),
    actions: [
      action('a1-yesterday', '2026-03-14'),
      action('a2-started-overdue', '2026-03-01', { status: 'in_progress' }),
      action('a3-done', '2026-03-01', { status: 'done', completedOn: '2026-02-27' }),
      action('a4-cancelled', '2026-02-01', { status: 'cancelled' }),
      action('a5-planned-14d', '2026-03-29'),
      action('a6-planned-15d', '2026-03-30'),
      action('a7-started-7d', '2026-03-22', { status: 'in_progress' }),
      action('a8-started-8d', '2026-03-23', { status: 'in_progress' }),
      action('a9-due-today', '2026-03-15', { ownerName: 'Thomas Becker' }),
    ],
  });
  input.deals = [won('w', '2026-01-15', 30_000)];
  const result = analysePlan(parse(input), NOW);

  it('lists overdue actions earliest first; done and cancelled ones are never overdue', () => {
    expect(result.actions.overdue.map((a) => [a.actionId, a.daysUntilDue])).toEqual([
      ['a2-started-overdue', -14],
      ['a1-yesterday', -1],
    ]);
    const overdue = result.gaps.find((g) => g.code === 'plan.gap.overdueActions');
    expect(overdue?.params).toEqual({ count: 2 });
  });

  it('marks planned actions due within 14 days and started ones due within 7 days as at risk', () => {
    expect(result.actions.atRisk.map((a) => a.actionId)).toEqual([
      'a9-due-today',
      'a7-started-7d',
      'a5-planned-14d',
    ]);
    expect(result.actions.atRisk[0]).toMatchObject({ daysUntilDue: 0, ownerName: 'Thomas Becker' });
  });

  it('measures progress as done / (all − cancelled)', () => {
    expect(result.actions).toMatchObject({ total: 9, done: 1, cancelled: 1 });
    expect(result.actions.progress).toBe(1 / 8);
  });

  it('takes the at-risk windows from the options', () => {
    const tight = analysePlan(parse(input), NOW, { plannedAtRiskDays: 0, startedAtRiskDays: 8 });
    expect(tight.actions.atRisk.map((a) => a.actionId)).toEqual([
      'a9-due-today',
      'a7-started-7d',
      'a8-started-8d',
    ]);
  });

  it('has no progress when every action was cancelled', () => {
    const input2 = hoffmann({ actions: [action('x', '2026-04-01', { status: 'cancelled' })] });
    expect(analysePlan(parse(input2), NOW).actions.progress).toBeUndefined();
  });
});

describe('analysePlan – capacity', () => {
  const input = hoffmann({
    plan: plan([{ year: 2026, targetRevenue: 25_000 }], 120),
    actions: [
      action('workshop', '2026-05-20', { effortHours: 80, kind: 'workshop' }),
      action('praesentation', '2026-09-10', { effortHours: 50, kind: 'presentation' }),
      action('messe', '2026-10-01', { effortHours: 40, status: 'cancelled' }),
      // Done in December, due in January: its hours belong to 2025.
      action('analyse', '2026-01-10', { effortHours: 30, status: 'done', completedOn: '2025-12-20' }),
      action('altlast', '2025-06-01', { effortHours: 150, status: 'done' }),
    ],
  });
  input.deals = [won('w', '2026-01-15', 30_000)];
  const result = analysePlan(parse(input), NOW);

  it('adds up planned hours per year without cancelled actions', () => {
    expect(result.effort).toEqual([
      { year: 2025, plannedHours: 180, capacityHours: 120, exceeded: true },
      { year: 2026, plannedHours: 130, capacityHours: 120, exceeded: true },
    ]);
  });

  it('warns about capacity only from the current year on', () => {
    const warnings = result.gaps.filter((g) => g.code === 'plan.gap.capacityExceeded');
    expect(warnings.map((g) => g.params)).toEqual([{ year: '2026', planned: 130, capacity: 120 }]);
    expect(warnings[0]?.text.de).toBe('Kapazität 2026 überschritten: 130 Std. geplant, 120 Std. verfügbar.');
  });

  it('never warns without a stated capacity', () => {
    const noCapacity = analysePlan(parse({ ...input, plan: plan([{ year: 2026, targetRevenue: 1 }]) }), NOW);
    expect(noCapacity.effort.every((e) => !e.exceeded && e.capacityHours === undefined)).toBe(true);
  });
});

const dealArb = fc.record({
  amount: fc.integer({ min: 0, max: 2_000_000 }),
  probability: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  status: fc.constantFrom('open', 'won', 'lost'),
  closeDate: fc.constantFrom(
    '2025-02-01',
    '2025-12-31',
    '2026-01-01',
    '2026-07-15',
    '2027-03-31',
    '2028-11-30',
  ),
});
const goalsPlan = plan([
  { year: 2026, targetRevenue: 80_000 },
  { year: 2027, targetRevenue: 120_000 },
]);
const toDeals = (raw: readonly Omit<DealInput, 'id' | 'name'>[]) =>
  raw.map((d, i): DealInput => ({ id: `deal-${String(i).padStart(3, '0')}`, name: `Projekt ${i}`, ...d }));

describe('analysePlan – properties', () => {
  it('an open deal added in a goal year lowers that year’s gap by exactly amount × probability', () => {
    fc.assert(
      fc.property(
        fc.array(dealArb, { maxLength: 12 }),
        fc.integer({ min: 1, max: 500_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(2026, 2027),
        (raw, amount, percent, year) => {
          const deals = toDeals(raw);
          const before = analysePlan(parse(hoffmann({ plan: goalsPlan, deals })), NOW);
          const extra = open('zusatz', `${year}-06-30`, amount, percent / 100);
          const after = analysePlan(parse(hoffmann({ plan: goalsPlan, deals: [...deals, extra] })), NOW);
          for (const [i, g] of after.goals.entries()) {
            const expected = (before.goals[i]?.gap ?? NaN) - (g.year === year ? (amount * percent) / 100 : 0);
            expect(g.gap).toBeCloseTo(expected, 6);
          }
        },
      ),
    );
  });

  it('does not depend on the order of deals and actions', () => {
    const actionArb = fc.record({
      due: fc.constantFrom('2026-03-01', '2026-03-15', '2026-03-20', '2026-04-30', '2027-01-01'),
      status: fc.constantFrom('planned', 'in_progress', 'done', 'cancelled'),
      effortHours: fc.integer({ min: 0, max: 400 }).map((h) => h / 4),
    });
    fc.assert(
      fc.property(
        fc.array(dealArb, { maxLength: 10 }),
        fc.array(actionArb, { maxLength: 10 }),
        fc.func(fc.integer()),
        (rawDeals, rawActions, key) => {
          const deals = toDeals(rawDeals);
          const actions = rawActions.map((a, i) => action(`act-${i}`, a.due, { ...a, start: '2026-01-01' }));
          const shuffle = <T>(xs: T[]) =>
            xs
              .map((x, i) => [key(i), i, x] as const)
              .sort((a, b) => a[0] - b[0] || a[1] - b[1])
              .map(([, , x]) => x);
          const plan120 = { ...goalsPlan, capacityHoursPerYear: 120 };
          const a = analysePlan(parse(hoffmann({ plan: plan120, deals, actions })), NOW);
          const b = analysePlan(
            parse(hoffmann({ plan: plan120, deals: shuffle(deals), actions: shuffle(actions) })),
            NOW,
          );
          expect(b).toEqual(a);
        },
      ),
    );
  });
});

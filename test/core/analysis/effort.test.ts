import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { analyseEffort } from '../../../src/core/analysis/effort.js';
import type { ActionInput, DealInput } from './planning-fixtures.js';
import { action, hoffmann, NOW, open, parse, won } from './planning-fixtures.js';

const done = (id: string, completedOn: string, effortHours?: number, due = completedOn): ActionInput =>
  action(id, due, {
    start: `${completedOn.slice(0, 4)}-01-01`,
    status: 'done',
    completedOn,
    ...(effortHours === undefined ? {} : { effortHours }),
  });

/** Margin 7,500 in 2023 and 2024; KAM starts in earnest in 2025: 16,000 margin for 90 hours. */
const deals: DealInput[] = [
  won('w-2023', '2023-06-30', 25_000, { contributionMargin: 7_500 }),
  won('w-2024', '2024-06-28', 25_000, { contributionMargin: 7_500 }),
  won('w-2025', '2025-06-30', 40_000, { contributionMargin: 16_000, resourceHours: 30 }),
  won('w-2026', '2026-02-10', 8_000, { contributionMargin: 2_400 }),
  open('offen', '2025-12-01', 90_000, 0.5, { resourceHours: 500 }),
];
const actions: ActionInput[] = [
  done('analyse-2023', '2023-09-01', 20),
  done('workshop-2024', '2024-10-01', 40),
  // Completed in December, due in January: 2025's hours.
  done('praesentation', '2025-12-15', 60, '2026-01-15'),
  action('messe', '2025-11-01', { effortHours: 100, status: 'planned' }),
  done('telefonat', '2025-03-03'),
  done('review-2026', '2026-02-20', 10),
];

describe('analyseEffort', () => {
  const result = analyseEffort(parse(hoffmann({ deals, actions })), NOW);

  it('lists every year from the first with data to the current one, the current one partial', () => {
    expect(result.years.map((y) => [y.year, y.partial])).toEqual([
      [2023, false],
      [2024, false],
      [2025, false],
      [2026, true],
    ]);
  });

  it('counts hours of done actions and of won projects, not planned actions or open deals', () => {
    expect(result.years.map((y) => [y.actionHours, y.projectHours, y.hoursInvested])).toEqual([
      [20, 0, 20],
      [40, 0, 40],
      [60, 30, 90],
      [10, 0, 10],
    ]);
  });

  it('relates margin growth to the hours invested that year', () => {
    const [y2023, y2024, y2025, y2026] = result.years;
    expect(y2023?.resultGrowthPerHour).toBeUndefined();
    expect(y2024).toMatchObject({ resultGrowthPerHour: 0, growthBasis: 'margin' });
    // (16,000 − 7,500) / 90 h.
    expect(y2025?.resultGrowthPerHour).toBeCloseTo(8_500 / 90, 10);
    // (2,400 − 16,000) / 10 h: the year has only begun.
    expect(y2026?.resultGrowthPerHour).toBe(-1_360);
  });

  it('judges that the investment pays off: 8,500 more margin against 90 h × 80 EUR = 7,200', () => {
    expect(result.verdict).toMatchObject({
      code: 'pays_off',
      year: 2025,
      basis: 'margin',
      resultGrowth: 8_500,
      hours: 90,
      cost: 7_200,
    });
    expect(result.verdict.explanation.text.de).toBe(
      'Die Investition lohnt sich: 2025 wuchs das Ergebnis um 8.500\u00a0€, die 90 Std. kosten 7.200\u00a0€.',
    );
    expect(result.gaps).toEqual([]);
  });

  it('calls it the investment phase when growth does not yet cover the cost of the hours', () => {
    // 90 h × 100 EUR = 9,000 > 8,500.
    const dearer = analyseEffort(parse(hoffmann({ deals, actions })), NOW, { hourlyCost: 100 });
    expect(dearer.verdict).toMatchObject({ code: 'not_yet', cost: 9_000 });
  });
});

describe('analyseEffort – investment rising, result falling', () => {
  it('warns when more hours bring less contribution margin', () => {
    const falling = deals.map((d) =>
      d.id === 'w-2025' ? { ...d, amount: 30_000, contributionMargin: 6_000 } : d,
    );
    const result = analyseEffort(parse(hoffmann({ deals: falling, actions })), NOW);
    expect(result.verdict).toMatchObject({ code: 'does_not_pay_off', resultGrowth: -1_500 });
    expect(result.gaps.map((g) => [g.code, g.severity])).toEqual([
      ['effort.gap.investmentUpMarginDown', 'warning'],
    ]);
    expect(result.gaps[0]?.text.de).toBe(
      '2025: mehr Aufwand (90 Std. statt 40 Std.), aber weniger Deckungsbeitrag (6.000\u00a0€ statt 7.500\u00a0€).',
    );
  });

  it('falls back to revenue when a year states no margin', () => {
    const noMargin2024 = deals.map((d) => (d.id === 'w-2024' ? { ...d, contributionMargin: undefined } : d));
    const result = analyseEffort(parse(hoffmann({ deals: noMargin2024, actions })), NOW);
    // 40,000 − 25,000 = 15,000 ≥ 7,200.
    expect(result.verdict).toMatchObject({ code: 'pays_off', basis: 'revenue', resultGrowth: 15_000 });

    const shrinking = noMargin2024.map((d) =>
      d.id === 'w-2025' ? { ...d, amount: 20_000, contributionMargin: undefined } : d,
    );
    const worse = analyseEffort(parse(hoffmann({ deals: shrinking, actions })), NOW);
    expect(worse.gaps.map((g) => g.code)).toEqual(['effort.gap.investmentUpRevenueDown']);
  });

  it('does not warn when hours fall along with the margin', () => {
    // 2025: 30 h instead of 40 h, margin 7,000 instead of 7,500.
    const lessEffort = actions.map((a) => (a.id === 'praesentation' ? { ...a, effortHours: 30 } : a));
    const lower = deals.map((d) =>
      d.id === 'w-2025' ? { ...d, contributionMargin: 7_000, resourceHours: undefined } : d,
    );
    const result = analyseEffort(parse(hoffmann({ deals: lower, actions: lessEffort })), NOW);
    expect(result.gaps).toEqual([]);
    expect(result.verdict).toMatchObject({ code: 'does_not_pay_off', hours: 30, resultGrowth: -500 });
  });

  it('cannot judge a year without invested hours', () => {
    const noEffort2025 = actions.filter((a) => a.id !== 'praesentation');
    const lower = deals.map((d) => (d.id === 'w-2025' ? { ...d, resourceHours: undefined } : d));
    const result = analyseEffort(parse(hoffmann({ deals: lower, actions: noEffort2025 })), NOW);
    expect(result.verdict).toMatchObject({ code: 'insufficient_data', hours: 0 });
  });
});

describe('analyseEffort – edge cases', () => {
  it('counts a year without revenue as zero margin, not as an unknown one', () => {
    const gapYear = [deals[0], deals[2]].filter((d): d is DealInput => d !== undefined);
    const result = analyseEffort(parse(hoffmann({ deals: gapYear, actions })), NOW);
    const y2024 = result.years.find((y) => y.year === 2024);
    expect(y2024).toMatchObject({ revenue: 0, contributionMargin: undefined, growthBasis: 'margin' });
    // (0 − 7,500) / 40 h.
    expect(y2024?.resultGrowthPerHour).toBe(-187.5);
    // 2025 against an empty 2024: all 16,000 is growth.
    expect(result.verdict).toMatchObject({ code: 'pays_off', resultGrowth: 16_000 });
  });

  it('needs history back to the year before last', () => {
    const recent = analyseEffort(
      parse(hoffmann({ deals: [deals[2] as DealInput], actions: [done('a', '2025-05-05', 30)] })),
      NOW,
    );
    expect(recent.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(recent.verdict.code).toBe('insufficient_data');
    expect(recent.verdict.explanation.text.en).toContain('two full years');
  });

  it('says when no effort is recorded at all', () => {
    const result = analyseEffort(parse(hoffmann()), NOW);
    expect(result.years.every((y) => y.hoursInvested === 0 && y.resultGrowthPerHour === undefined)).toBe(
      true,
    );
    expect(result.verdict.code).toBe('insufficient_data');
    expect(result.gaps.map((g) => [g.code, g.severity])).toEqual([['effort.gap.noHours', 'info']]);
  });

  it('has no years without any data', () => {
    const result = analyseEffort(parse(hoffmann({ deals: [] })), NOW);
    expect(result.years).toEqual([]);
    expect(result.gaps.map((g) => g.code)).toEqual(['effort.gap.noHours']);
  });
});

describe('analyseEffort – properties', () => {
  it('does not depend on the order of deals and actions', () => {
    const yearArb = fc.constantFrom('2023', '2024', '2025', '2026');
    const dealArb = fc.record({
      year: yearArb,
      amount: fc.integer({ min: 0, max: 200_000 }),
      margin: fc.option(fc.integer({ min: -10_000, max: 80_000 }), { nil: undefined }),
      hours: fc.integer({ min: 0, max: 400 }).map((h) => h / 4),
    });
    const actionArb = fc.record({ year: yearArb, hours: fc.integer({ min: 0, max: 400 }).map((h) => h / 4) });
    fc.assert(
      fc.property(
        fc.array(dealArb, { maxLength: 10 }),
        fc.array(actionArb, { maxLength: 10 }),
        (rawDeals, rawActions) => {
          const ds = rawDeals.map((d, i) =>
            won(`d-${i}`, `${d.year}-05-05`, d.amount, {
              contributionMargin: d.margin,
              resourceHours: d.hours,
            }),
          );
          const as = rawActions.map((a, i) => done(`a-${i}`, `${a.year}-07-07`, a.hours));
          const a = analyseEffort(parse(hoffmann({ deals: ds, actions: as })), NOW);
          const b = analyseEffort(
            parse(hoffmann({ deals: [...ds].reverse(), actions: [...as].reverse() })),
            NOW,
          );
          expect(b).toEqual(a);
        },
      ),
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { analyseProjects } from '../../../src/core/analysis/projects.js';
import type { DealInput } from './planning-fixtures.js';
import { hoffmann, NOW, open, parse, won } from './planning-fixtures.js';

const plan = { id: 'plan-hoffmann', ownerName: 'Thomas Becker', capacityHoursPerYear: 200, goals: [] };

/** Revenue 2025: 25,000 (the guide's steady customer). Today: 2026-03-15. */
const projects: DealInput[] = [
  open('retrofit', '2026-05-31', 120_000, 0.3, { name: 'Retrofit Montagelinie Halle 3', resourceHours: 160 }),
  open('ersatzteile', '2026-03-01', 15_000, 0.7, { name: 'Ersatzteilpaket 2026' }),
  open('linie-4', '2026-09-30', 75_000, 0.4, { name: 'Antriebe Linie 4', strategic: true }),
  open('wartung', '2026-03-15', 74_999, 0.5, {
    name: 'Wartungsvertrag',
    resourceHours: 50,
    productLine: 'Service',
  }),
  won('frueher-gewonnen', '2026-01-20', 300_000),
  open('verloren', '2026-02-01', 500_000, 0.9, { status: 'lost' }),
];

describe('analyseProjects', () => {
  const input = hoffmann({ plan });
  input.deals = [...(input.deals ?? []), ...projects];
  const result = analyseProjects(parse(input), NOW);
  const byId = (id: string) => result.projects.find((p) => p.dealId === id);

  it('measures open deals only, earliest decision first', () => {
    expect(result.currentRevenue).toBe(25_000);
    expect(result.projects.map((p) => p.dealId)).toEqual(['ersatzteile', 'wartung', 'retrofit', 'linie-4']);
  });

  it('relates amount to current annual revenue and resources to capacity', () => {
    // 120,000 / 25,000 = 4.8; 160 h of 200 h = 80 %; 15 March → 31 May = 16 + 30 + 31 days.
    expect(byId('retrofit')).toMatchObject({
      relativeToRevenue: 4.8,
      weightedAmount: 36_000,
      resourceHours: 160,
      shareOfCapacity: 0.8,
      daysUntilDecision: 77,
      decisionOverdue: false,
      eventDriven: 'large',
    });
  });

  it('flags an event-driven candidate from exactly 3× current revenue, not below', () => {
    expect(byId('linie-4')?.eventDriven).toBe('large');
    expect(byId('wartung')?.eventDriven).toBe(false);
    expect(byId('ersatzteile')?.eventDriven).toBe(false);
  });

  it('flags decisions in the past as overdue, a decision today is not', () => {
    expect(byId('ersatzteile')).toMatchObject({ daysUntilDecision: -14, decisionOverdue: true });
    expect(byId('wartung')).toMatchObject({ daysUntilDecision: 0, decisionOverdue: false });
  });

  it('explains the event-driven candidates and asks for the resource estimate that is missing', () => {
    const codes = result.gaps.map((g) => [g.code, g.params?.['deal']]);
    expect(codes).toEqual([
      ['projects.gap.decisionOverdue', 'Ersatzteilpaket 2026'],
      ['projects.gap.eventDriven', 'Retrofit Montagelinie Halle 3'],
      ['projects.gap.eventDriven', 'Antriebe Linie 4'],
      ['projects.gap.resourceHoursMissing', 'Antriebe Linie 4'],
      ['projects.gap.resourcesExceedCapacity', undefined],
    ]);
    const retrofit = result.gaps[1];
    expect(retrofit?.text.de).toBe(
      'Ereignisgetrieben: „Retrofit Montagelinie Halle 3“ (120.000\u00a0€) ist das 4,8-Fache des Jahresumsatzes 2025 (25.000\u00a0€) – vor einer Investition bewerten.',
    );
    expect(result.gaps[0]?.text.de).toContain('am 01.03.2026 entschieden');
  });

  it('warns when the open projects together need more hours than the year’s capacity', () => {
    // 160 h + 50 h = 210 h > 200 h.
    expect(result.totalResourceHours).toBe(210);
    expect(result.gaps.at(-1)?.params).toEqual({ hours: 210, capacity: 200 });
  });

  it('takes the multiple from the options', () => {
    const strict = analyseProjects(parse(input), NOW, { eventDrivenMultiple: 5 });
    expect(strict.projects.filter((p) => p.eventDriven).map((p) => p.dealId)).toEqual([]);
  });
});

describe('analyseProjects – edge cases', () => {
  it('treats any request from an account without last year’s revenue as event-driven', () => {
    const input = hoffmann({
      deals: [
        won('alt', '2024-11-11', 80_000),
        open('anfrage', '2026-06-30', 8_000, 0.5, { name: 'Pilotanlage', resourceHours: 20 }),
        open('platzhalter', '2026-07-31', 0, 0.5),
      ],
    });
    const result = analyseProjects(parse(input), NOW);
    expect(result.currentRevenue).toBe(0);
    expect(result.projects.map((p) => [p.dealId, p.eventDriven, p.relativeToRevenue])).toEqual([
      ['anfrage', 'no_revenue', undefined],
      ['platzhalter', false, undefined],
    ]);
    expect(result.gaps.map((g) => g.code)).toEqual(['projects.gap.eventDrivenNoRevenue']);
    expect(result.gaps[0]?.text.en).toContain('without revenue in 2025');
  });

  it('has nothing to say without open deals, and no capacity figures without a plan', () => {
    const result = analyseProjects(parse(hoffmann()), NOW);
    expect(result).toMatchObject({ projects: [], totalResourceHours: 0, gaps: [] });
    expect(result.capacityHoursPerYear).toBeUndefined();
  });

  it('leaves the share of capacity open when capacity is unknown', () => {
    const input = hoffmann({ deals: [open('x', '2026-04-01', 10_000, 0.5, { resourceHours: 40 })] });
    expect(analyseProjects(parse(input), NOW).projects[0]?.shareOfCapacity).toBeUndefined();
  });
});

describe('analyseProjects – properties', () => {
  it('does not depend on the order of deals', () => {
    const dealArb = fc.record({
      amount: fc.integer({ min: 0, max: 500_000 }),
      probability: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
      status: fc.constantFrom('open', 'won', 'lost'),
      closeDate: fc.constantFrom('2025-06-30', '2026-03-14', '2026-03-15', '2026-03-16', '2026-12-31'),
      resourceHours: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(dealArb, { maxLength: 12 }), (raw) => {
        const deals = raw.map((d, i): DealInput => ({
          id: `d-${String(i).padStart(2, '0')}`,
          name: `Projekt ${i}`,
          ...d,
        }));
        const a = analyseProjects(parse(hoffmann({ plan, deals })), NOW);
        const b = analyseProjects(parse(hoffmann({ plan, deals: [...deals].reverse() })), NOW);
        expect(b).toEqual(a);
      }),
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { analyseHorizons } from '../../../src/core/analysis/horizons.js';
import type { PotentialInput } from './planning-fixtures.js';
import { hoffmann, NOW, parse, won } from './planning-fixtures.js';

const potential = (
  id: string,
  productLine: string,
  horizon: 'short' | 'medium' | 'long',
  volumePerYear: number,
  probability: number,
): PotentialInput => ({ id, productLine, horizon, volumePerYear, probability });

/** 2025: 20,000 in Antriebe and 5,000 in Service = 25,000. */
const deals = [
  won('w-2024', '2024-05-10', 30_000),
  won('w-2025-antriebe', '2025-04-11', 20_000),
  won('w-2025-service', '2025-10-02', 5_000, { productLine: 'Service' }),
  won('w-2026', '2026-02-02', 9_000),
];
const potentials = [
  potential('p1', 'Antriebe', 'short', 30_000, 0.5),
  potential('p2', 'Antriebe', 'medium', 50_000, 0.4),
  potential('p3', 'Steuerungen', 'long', 100_000, 0.2),
  potential('p4', 'Service', 'short', 10_000, 0.8),
];

describe('analyseHorizons', () => {
  const input = hoffmann({ deals, potentials });
  input.account.categorySpendPerYear = 100_000;
  const result = analyseHorizons(parse(input), NOW);

  it('takes current revenue from the last full calendar year', () => {
    expect(result.revenueYear).toBe(2025);
    expect(result.currentRevenue).toBe(25_000);
  });

  it('sums volume and probability-weighted volume per horizon, relative to current revenue', () => {
    expect(result.horizons).toEqual([
      // 30,000 + 10,000; 15,000 + 8,000; 40,000 / 25,000.
      {
        horizon: 'short',
        volumePerYear: 40_000,
        weightedVolumePerYear: 23_000,
        count: 2,
        relativeToRevenue: 1.6,
      },
      {
        horizon: 'medium',
        volumePerYear: 50_000,
        weightedVolumePerYear: 20_000,
        count: 1,
        relativeToRevenue: 2,
      },
      {
        horizon: 'long',
        volumePerYear: 100_000,
        weightedVolumePerYear: 20_000,
        count: 1,
        relativeToRevenue: 4,
      },
    ]);
    expect(result.total).toEqual({
      volumePerYear: 190_000,
      weightedVolumePerYear: 63_000,
      count: 4,
      relativeToRevenue: 7.6,
    });
  });

  it('builds the product line × horizon matrix with what each line sells today', () => {
    expect(result.productLines.map((l) => [l.productLine, l.currentRevenue, l.total.volumePerYear])).toEqual([
      ['Antriebe', 20_000, 80_000],
      ['Service', 5_000, 10_000],
      ['Steuerungen', 0, 100_000],
    ]);
    const antriebe = result.productLines[0];
    expect(antriebe?.byHorizon.short).toEqual({
      volumePerYear: 30_000,
      weightedVolumePerYear: 15_000,
      count: 1,
    });
    expect(antriebe?.byHorizon.medium.weightedVolumePerYear).toBe(20_000);
    expect(antriebe?.byHorizon.long).toEqual({ volumePerYear: 0, weightedVolumePerYear: 0, count: 0 });
  });

  it('shows lines we sell today even without recorded potential', () => {
    const onlyRevenue = analyseHorizons(
      parse(hoffmann({ deals, potentials: [potential('p', 'Antriebe', 'long', 1, 1)] })),
      NOW,
    );
    expect(onlyRevenue.productLines.map((l) => l.productLine)).toEqual(['Antriebe', 'Service']);
  });

  it('uses the stated category spend for share of wallet', () => {
    expect(result.shareOfWallet).toEqual({ share: 0.25, wallet: 100_000, walletSource: 'stated' });
  });

  it('estimates the wallet from revenue plus short-term potential when spend is unknown', () => {
    const estimated = analyseHorizons(parse(hoffmann({ deals, potentials })), NOW);
    // 25,000 / (25,000 + 40,000).
    expect(estimated.shareOfWallet?.wallet).toBe(65_000);
    expect(estimated.shareOfWallet?.share).toBeCloseTo(25 / 65, 10);
  });

  it('has no gaps when medium- and long-term potential is known', () => {
    expect(result.gaps).toEqual([]);
  });
});

describe('analyseHorizons – gaps and edge cases', () => {
  it('warns that only the current year’s demand is known when nothing lies beyond the short term', () => {
    const shortOnly = [
      potential('p1', 'Antriebe', 'short', 30_000, 0.5),
      potential('p2', 'Service', 'medium', 0, 0.5),
    ];
    const result = analyseHorizons(parse(hoffmann({ potentials: shortOnly })), NOW);
    expect(result.gaps.map((g) => [g.code, g.severity])).toEqual([['horizons.gap.shortTermOnly', 'warning']]);
    expect(result.gaps[0]?.text.de).toContain('Nur der Bedarf des aktuellen Jahres ist bekannt');
  });

  it('flags an account without any potential, with every horizon at zero', () => {
    const result = analyseHorizons(parse(hoffmann()), NOW);
    expect(result.gaps.map((g) => g.code)).toEqual(['horizons.gap.none']);
    expect(result.horizons.map((h) => h.volumePerYear)).toEqual([0, 0, 0]);
    expect(result.shareOfWallet).toBeUndefined();
  });

  it('has no ratio to revenue when last year brought no revenue', () => {
    const result = analyseHorizons(
      parse(hoffmann({ deals: [won('alt', '2023-03-03', 10_000)], potentials })),
      NOW,
    );
    expect(result.currentRevenue).toBe(0);
    expect(result.total.relativeToRevenue).toBeUndefined();
    expect(result.horizons.every((h) => h.relativeToRevenue === undefined)).toBe(true);
  });

  it('on New Year’s Day counts 31 December as last year and 1 January as this year', () => {
    const result = analyseHorizons(
      parse(hoffmann({ deals: [won('a', '2025-12-31', 7_000), won('b', '2026-01-01', 50_000)], potentials })),
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(result.currentRevenue).toBe(7_000);
  });
});

describe('analyseHorizons – properties', () => {
  const potentialArb = fc.record({
    productLine: fc.constantFrom('Antriebe', 'Steuerungen', 'Service', 'Ölfilter'),
    horizon: fc.constantFrom('short', 'medium', 'long'),
    volumePerYear: fc.integer({ min: 0, max: 1_000_000 }),
    probability: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  });
  const withIds = (raw: readonly Omit<PotentialInput, 'id'>[]) =>
    raw.map((p, i): PotentialInput => ({ id: `pot-${String(i).padStart(3, '0')}`, ...p }));

  it('weighted volume never exceeds volume, and the horizons add up to the total', () => {
    fc.assert(
      fc.property(fc.array(potentialArb, { maxLength: 20 }), (raw) => {
        const result = analyseHorizons(parse(hoffmann({ potentials: withIds(raw) })), NOW);
        let sum = 0;
        for (const h of result.horizons) {
          expect(h.weightedVolumePerYear).toBeLessThanOrEqual(h.volumePerYear + 1e-6);
          sum += h.volumePerYear;
        }
        expect(result.total.volumePerYear).toBe(sum);
        const lineSum = result.productLines.reduce((s, l) => s + l.total.volumePerYear, 0);
        expect(lineSum).toBe(sum);
      }),
    );
  });

  it('does not depend on the order of potentials', () => {
    fc.assert(
      fc.property(fc.array(potentialArb, { maxLength: 20 }), (raw) => {
        const list = withIds(raw);
        const a = analyseHorizons(parse(hoffmann({ deals, potentials: list })), NOW);
        const b = analyseHorizons(
          parse(hoffmann({ deals: [...deals].reverse(), potentials: [...list].reverse() })),
          NOW,
        );
        expect(b).toEqual(a);
      }),
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  revenueByYear,
  revenueGrowth,
  revenueInYear,
  shareOfWallet,
} from '../../../src/core/analysis/revenue.js';
import { Deal, KeyAccount, Potential } from '../../../src/core/model/index.js';

const won = (id: string, closeDate: string, amount: number, contributionMargin?: number) =>
  Deal.parse({ id, name: id, amount, contributionMargin, status: 'won', closeDate });

describe('revenue history', () => {
  const deals = [
    won('a', '2023-03-01', 25_000, 7_000),
    won('b', '2024-06-30', 15_000),
    won('c', '2024-12-31', 10_000, 3_000),
    Deal.parse({ id: 'd', name: 'lost', amount: 99_000, status: 'lost', closeDate: '2024-05-01' }),
    Deal.parse({ id: 'e', name: 'open', amount: 50_000, status: 'open', closeDate: '2025-02-01' }),
    won('f', '2025-01-01', 40_000),
  ];

  it('sums won deals per calendar year, oldest first, ignoring lost and open ones', () => {
    expect(revenueByYear({ deals })).toEqual([
      { year: 2023, revenue: 25_000, contributionMargin: 7_000, wonDeals: 1 },
      // the margin of 2024 is what is known: only deal c states one
      { year: 2024, revenue: 25_000, contributionMargin: 3_000, wonDeals: 2 },
      { year: 2025, revenue: 40_000, contributionMargin: undefined, wonDeals: 1 },
    ]);
    expect(revenueInYear(revenueByYear({ deals }), 2022)).toBe(0);
  });

  it('grows the classic 25,000 EUR customer by 0 % and a doubling by 41 % a year', () => {
    const flat = revenueByYear({
      deals: [won('x', '2023-05-01', 25_000), won('y', '2024-05-01', 25_000), won('z', '2025-05-01', 25_000)],
    });
    expect(revenueGrowth(flat, 2026)).toBe(0);
    const doubling = revenueByYear({ deals: [won('x', '2023-05-01', 100), won('z', '2025-05-01', 200)] });
    expect(revenueGrowth(doubling, 2026)).toBeCloseTo(Math.SQRT2 - 1, 12);
  });

  it('measures growth over the years that have revenue, and not from nothing', () => {
    // 2023 empty: growth from 2024 to 2025 over one year
    const h = revenueByYear({ deals: [won('y', '2024-05-01', 50), won('z', '2025-05-01', 75)] });
    expect(revenueGrowth(h, 2026)).toBeCloseTo(0.5, 12);
    expect(revenueGrowth(revenueByYear({ deals: [won('z', '2025-05-01', 75)] }), 2026)).toBeUndefined();
    expect(revenueGrowth([], 2026)).toBeUndefined();
  });
});

describe('share of wallet', () => {
  const account = (spend?: number) => KeyAccount.parse({ id: 'a', name: 'A', categorySpendPerYear: spend });
  const short = Potential.parse({
    id: 'p',
    productLine: 'Sensorik',
    horizon: 'short',
    volumePerYear: 75_000,
  });
  const long = Potential.parse({
    id: 'q',
    productLine: 'Service',
    horizon: 'long',
    volumePerYear: 1_000_000,
  });

  it('uses the stated spend in our categories when known', () => {
    expect(shareOfWallet({ account: account(100_000), potentials: [short] }, 25_000)).toEqual({
      share: 0.25,
      wallet: 100_000,
      walletSource: 'stated',
    });
  });

  it('else estimates the wallet as revenue plus open short-term potential', () => {
    expect(shareOfWallet({ account: account(), potentials: [short, long] }, 25_000)).toEqual({
      share: 0.25,
      wallet: 100_000,
      walletSource: 'estimated',
    });
  });

  it('is unknown without a stated spend or short-term potential, and capped at 100 %', () => {
    expect(shareOfWallet({ account: account(), potentials: [long] }, 25_000)).toBeUndefined();
    expect(shareOfWallet({ account: account(10_000), potentials: [] }, 25_000)?.share).toBe(1);
  });
});

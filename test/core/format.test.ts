import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatMoney, formatNumber, formatPercent, formatSigned, LANGS } from '../../src/core/i18n/index.js';

const LOCALE = { de: 'de-DE', en: 'en-GB' } as const;
const intl = {
  money: (lang: 'de' | 'en') =>
    new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  number: (lang: 'de' | 'en') => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }),
  signed: (lang: 'de' | 'en') =>
    new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  percent: (lang: 'de' | 'en') =>
    new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }),
};

/** Ordinary values, ties, tiny and huge ones, negative zero. */
const values = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -5_000_000, max: 5_000_000 }),
  fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 2),
  fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 20),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  fc.constantFrom(0, -0, 0.005, 0.145, 0.285, 1.005, 2.5, -2.5, 999.95, 1e15, 1e16, 12_345_678.05),
);

describe('number formatting', () => {
  for (const lang of LANGS) {
    it(`formats exactly like Intl (${lang})`, () => {
      const [money, number, signed, percent] = [
        intl.money(lang),
        intl.number(lang),
        intl.signed(lang),
        intl.percent(lang),
      ];
      fc.assert(
        fc.property(values, (v) => {
          expect(formatMoney(v, lang)).toBe(money.format(v));
          expect(formatNumber(v, lang)).toBe(number.format(v));
          expect(formatSigned(v, lang)).toBe(signed.format(v));
          expect(formatPercent(v, lang)).toBe(percent.format(v));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('reads as German and English users expect', () => {
    expect(formatMoney(1_234_567, 'de')).toBe('1.234.567\u00a0€');
    expect(formatMoney(1_234_567, 'en')).toBe('€1,234,567');
    expect(formatNumber(4.25, 'de')).toBe('4,3');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatSigned(-2, 'de')).toBe('-2');
    expect(formatSigned(1.5, 'de')).toBe('+1,5');
    expect(formatPercent(0.64, 'de')).toBe('64\u00a0%');
    expect(formatMoney(1500, 'de', 'CHF')).toBe('1.500\u00a0CHF');
  });
});

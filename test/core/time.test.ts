import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, daysBetween, epochDay, isoDay, isoInstant, yearOf } from '../../src/core/time.js';

const dates = fc
  .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('date arithmetic', () => {
  it('counts days since 1970 exactly like Date does, leap years included', () => {
    fc.assert(
      fc.property(dates, (d) => {
        expect(epochDay(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
        expect(yearOf(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCFullYear());
      }),
      { numRuns: 2000 },
    );
    expect(epochDay('2000-02-29')).toBe(11_016);
    expect(epochDay('1970-01-01')).toBe(0);
  });

  it('measures whole days between dates and instants', () => {
    expect(daysBetween('2026-11-20', '2026-11-27')).toBe(7);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-27', new Date('2026-11-27T23:59:00Z'))).toBe(0);
    expect(daysBetween('2026-11-28', '2026-11-27')).toBe(-1);
    expect(addDays('2026-11-27', -365)).toBe('2025-11-27');
  });

  it('remembers the day and instant of a moment without mixing moments up', () => {
    const a = new Date('2026-11-27T09:00:00Z');
    const b = new Date('2026-12-31T23:59:59Z');
    expect([isoDay(a), isoDay(b), isoDay(a)]).toEqual(['2026-11-27', '2026-12-31', '2026-11-27']);
    expect([isoInstant(a), isoInstant(b)]).toEqual(['2026-11-27T09:00:00.000Z', '2026-12-31T23:59:59.000Z']);
  });
});

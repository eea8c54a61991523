import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  readBoolean,
  readDate,
  readDateTime,
  readNumber,
  readOption,
  readOptions,
  readText,
  writeNumber,
} from '../../../../src/crm/hubspot/mapping/values.js';

const ROLES = ['decider', 'coach', 'buyer'] as const;

describe('reading HubSpot strings', () => {
  it('treats empty and blank values as missing, never as 0 or false', () => {
    for (const raw of [null, undefined, '', '   ']) {
      expect(readText(raw)).toEqual({ value: undefined });
      expect(readNumber(raw)).toEqual({ value: undefined });
      expect(readBoolean(raw)).toEqual({ value: undefined });
      expect(readOptions(raw, ROLES)).toEqual({ value: undefined });
      expect(readDate(raw)).toEqual({ value: undefined });
      expect(readDateTime(raw)).toEqual({ value: undefined });
    }
    expect(readText('  Einkauf ')).toEqual({ value: 'Einkauf' });
  });

  it('reads numbers and says what range a bad one misses', () => {
    expect(readNumber('3.0', { integer: true })).toEqual({ value: 3 });
    expect(readNumber('-2', { min: -2, max: 2 })).toEqual({ value: -2 });
    expect(readNumber('0')).toEqual({ value: 0 });
    expect(readNumber('7', { min: -2, max: 2, integer: true })).toEqual({
      error: '"7" is not a number from -2 to 2',
    });
    expect(readNumber('1.5', { min: -2, max: 2, integer: true })).toEqual({
      error: '"1.5" is not a whole number',
    });
    expect(readNumber('-1', { min: 0 })).toEqual({ error: '"-1" is not a number of at least 0' });
    expect(readNumber('12 000')).toEqual({ error: '"12 000" is not a number' });
    expect(readNumber('Infinity')).toEqual({ error: '"Infinity" is not a number' });
  });

  it('reads single checkboxes as true/false only', () => {
    expect(readBoolean('true')).toEqual({ value: true });
    expect(readBoolean('FALSE')).toEqual({ value: false });
    expect(readBoolean('yes')).toEqual({ error: '"yes" is not true or false' });
  });

  it('reads ;-joined multiple checkboxes, trimming and collapsing repeats', () => {
    expect(readOptions('coach;decider', ROLES)).toEqual({ value: ['coach', 'decider'] });
    expect(readOptions(' coach ; ;decider;coach;', ROLES)).toEqual({ value: ['coach', 'decider'] });
    expect(readOptions(';', ROLES)).toEqual({ value: [] });
  });

  it('reports unknown option values instead of guessing', () => {
    expect(readOptions('coach;guru;boss', ROLES)).toEqual({
      error: '"guru", "boss" are not one of decider, coach, buyer',
    });
    expect(readOption('Decider', ROLES)).toEqual({ error: '"Decider" is not one of decider, coach, buyer' });
    expect(readOption('decider', ROLES)).toEqual({ value: 'decider' });
  });

  it('reads dates as YYYY-MM-DD, midnight epoch ms, or the UTC day of a datetime', () => {
    expect(readDate('2026-03-01')).toEqual({ value: '2026-03-01' });
    expect(readDate(String(Date.UTC(2026, 2, 1)))).toEqual({ value: '2026-03-01' });
    expect(readDate('2026-03-01T23:30:00Z')).toEqual({ value: '2026-03-01' });
    expect(readDate('2026-03-01T00:30:00+02:00')).toEqual({ value: '2026-02-28' });
    expect(readDate('2026-02-30')).toEqual({ error: '"2026-02-30" is not a date (YYYY-MM-DD)' });
    expect(readDate('01.03.2026')).toEqual({ error: '"01.03.2026" is not a date (YYYY-MM-DD)' });
  });

  it('reads datetimes from ISO or epoch ms into UTC, milliseconds only when there are some', () => {
    const ms = Date.UTC(2026, 2, 1, 8, 0, 0);
    expect(readDateTime('2026-03-01T08:00:00Z')).toEqual({ value: '2026-03-01T08:00:00Z' });
    expect(readDateTime('2026-03-01T08:00:00.000Z')).toEqual({ value: '2026-03-01T08:00:00Z' });
    expect(readDateTime(String(ms))).toEqual({ value: '2026-03-01T08:00:00Z' });
    expect(readDateTime(String(ms + 250))).toEqual({ value: '2026-03-01T08:00:00.250Z' });
    expect(readDateTime('2026-03-01T10:00:00+02:00')).toEqual({ value: '2026-03-01T08:00:00Z' });
    expect(readDateTime('2026-03-01')).toEqual({ value: '2026-03-01T00:00:00Z' });
    expect(readDateTime('2026-03-01T08:00:00')).toEqual({
      error: '"2026-03-01T08:00:00" is not a date and time (ISO 8601 with zone, or epoch ms)',
    });
  });
});

describe('writing numbers', () => {
  it('never uses exponent notation', () => {
    expect(writeNumber(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
    expect(writeNumber(-1e-7)).toBe('-0.0000001');
    expect(writeNumber(1.5e-7)).toBe('0.00000015');
    expect(writeNumber(1e21)).toBe('1000000000000000000000');
    expect(writeNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(writeNumber(-2)).toBe('-2');
  });

  it('writes every finite number so that it reads back equal', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = writeNumber(x);
        expect(s).not.toMatch(/e/i);
        expect(Number(s)).toBe(Object.is(x, -0) ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { generateSnapshots } from '../../../src/core/demo/index.js';
import { AccountSnapshot } from '../../../src/core/model/index.js';
import { dateProblems, structureProblems } from './invariants.js';

const now = new Date('2026-11-27T09:00:00Z');

describe('generateSnapshots', () => {
  const snapshots = generateSnapshots(10_000, { now });

  it('produces the requested number with unique, zero-padded ids', () => {
    expect(snapshots).toHaveLength(10_000);
    expect(snapshots[0]!.account.id).toBe('snap-00001');
    expect(snapshots[9_999]!.account.id).toBe('snap-10000');
    expect(new Set(snapshots.map((s) => s.account.id)).size).toBe(10_000);
  });

  it('produces valid, consistent snapshots (every 50th checked)', () => {
    for (let i = 0; i < snapshots.length; i += 50) {
      const s = snapshots[i]!;
      expect(AccountSnapshot.parse(s)).toEqual(s);
      expect(structureProblems(s)).toEqual([]);
      // Stale accounts may keep a pipeline whose decision dates have passed; allow that here.
      const problems = dateProblems(s, now, true);
      expect(problems).toEqual([]);
    }
  });

  it('mixes profiles: single-threaded, large and plan-less accounts all occur', () => {
    const sizes = snapshots.map((s) => s.contacts.length);
    expect(sizes.filter((n) => n === 1).length).toBeGreaterThan(200);
    expect(sizes.filter((n) => n >= 10).length).toBeGreaterThan(500);
    expect(snapshots.filter((s) => !s.plan).length).toBeGreaterThan(200);
    expect(snapshots.filter((s) => s.plan).length).toBeGreaterThan(7_000);
  });

  it('repeats for the same seed, differs for another, and does not depend on the count', () => {
    const again = generateSnapshots(20, { now });
    expect(again).toEqual(snapshots.slice(0, 20));
    expect(generateSnapshots(20, { now, seed: 'bench-2' })).not.toEqual(again);
  });

  it('refuses a count that is not a whole number', () => {
    expect(generateSnapshots(0, { now })).toEqual([]);
    expect(() => generateSnapshots(-1, { now })).toThrow(RangeError);
    expect(() => generateSnapshots(2.5, { now })).toThrow(RangeError);
  });
});

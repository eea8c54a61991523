import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sortedById, sortShort } from '../../src/core/order.js';

describe('canonical orders', () => {
  it('sortShort sorts like Array.prototype.sort, stably, in place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), tag: fc.nat() }), { maxLength: 30 }),
        (xs) => {
          const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
          const copy = [...xs];
          const result = sortShort(copy, byKey);
          expect(result).toBe(copy);
          expect(result).toEqual([...xs].sort(byKey)); // Array.prototype.sort is stable too
        },
      ),
    );
  });

  it('sortedById returns the same list when it is already in order, else a sorted copy', () => {
    const inOrder = [{ id: 'a' }, { id: 'b' }];
    expect(sortedById(inOrder)).toBe(inOrder);
    const shuffled = [{ id: 'b' }, { id: 'a' }];
    expect(sortedById(shuffled)).toEqual(inOrder);
    expect(shuffled[0]!.id).toBe('b');
  });
});

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hashSeed, Rng } from '../../../src/core/demo/prng.js';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.uint32());

describe('hashSeed', () => {
  it('is a 32-bit unsigned integer that tells neighbouring seeds apart', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const h = hashSeed(seed);
        expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
      }),
    );
    const hashes = new Set(['acc-001', 'acc-002', 'acc-010', 'acc-100', 'kam-demo', ''].map(hashSeed));
    expect(hashes.size).toBe(6);
  });

  it('treats a number and its decimal text as the same seed', () => {
    expect(hashSeed(42)).toBe(hashSeed('42'));
    expect(draws(new Rng(42), 5)).toEqual(draws(new Rng('42'), 5));
  });
});

describe('Rng', () => {
  it('repeats its sequence for the same seed and changes it for another', () => {
    expect(draws(new Rng('Brenner Hydraulik'), 20)).toEqual(draws(new Rng('Brenner Hydraulik'), 20));
    expect(draws(new Rng('Brenner Hydraulik'), 20)).not.toEqual(draws(new Rng('Brenner Hydraulic'), 20));
  });

  it('derives named streams that ignore what the parent has drawn', () => {
    const fresh = new Rng('kam');
    const used = new Rng('kam');
    draws(used, 100);
    expect(draws(used.derive('contacts'), 10)).toEqual(draws(fresh.derive('contacts'), 10));
    expect(draws(fresh.derive('contacts'), 10)).not.toEqual(draws(fresh.derive('deals'), 10));
  });

  it('keeps next() in [0, 1) and int() inside its inclusive bounds', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -1000, max: 1000 }), fc.nat(50), (seed, min, width) => {
        const rng = new Rng(seed);
        for (let i = 0; i < 50; i++) {
          const x = rng.next();
          expect(x >= 0 && x < 1).toBe(true);
          const n = rng.int(min, min + width);
          expect(Number.isInteger(n) && n >= min && n <= min + width).toBe(true);
        }
      }),
    );
  });

  it('reaches both ends of a small integer range', () => {
    const rng = new Rng('dice');
    const seen = new Set(Array.from({ length: 200 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('hits a probability within a few percent over many draws', () => {
    const rng = new Rng('chance');
    let hits = 0;
    for (let i = 0; i < 20_000; i++) if (rng.chance(0.3)) hits++;
    // Binomial standard deviation at n = 20,000, p = 0.3 is about 65 hits; allow 5 of them.
    expect(Math.abs(hits - 6000)).toBeLessThan(325);
  });

  it('shuffles into a permutation and samples distinct items', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.uniqueArray(fc.integer(), { maxLength: 30 }),
        fc.nat(40),
        (seed, items, n) => {
          const rng = new Rng(seed);
          expect([...rng.shuffle(items)].sort()).toEqual([...items].sort());
          const sample = rng.sample(items, n);
          expect(sample).toHaveLength(Math.min(n, items.length));
          expect(new Set(sample).size).toBe(sample.length);
          for (const x of sample) expect(items).toContain(x);
        },
      ),
    );
  });

  it('never picks an item of weight zero and favours heavier items', () => {
    const rng = new Rng('weights');
    const counts = { GmbH: 0, AG: 0, SE: 0 };
    for (let i = 0; i < 5000; i++) {
      counts[
        rng.weighted([
          ['GmbH', 8],
          ['AG', 2],
          ['SE', 0],
        ] as const)
      ]++;
    }
    expect(counts.SE).toBe(0);
    // Expected 4000 : 1000.
    expect(counts.GmbH).toBeGreaterThan(3 * counts.AG);
    expect(() => rng.weighted([['x', 0]])).toThrow(RangeError);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('draws a weighted sample without repeats', () => {
    const rng = new Rng('lines');
    const lines = [
      ['Antriebstechnik', 10],
      ['Sensorik', 8],
      ['Schulungen', 5],
      ['Ersatzteile', 9],
    ] as const;
    const picked = rng.weightedSample(lines, 3);
    expect(new Set(picked).size).toBe(3);
    expect(rng.weightedSample(lines, 10)).toHaveLength(4);
  });

  it('centres normal() on the mean and keeps it within 3.5 standard deviations', () => {
    const rng = new Rng('bell');
    const xs = Array.from({ length: 10_000 }, () => rng.normal(1, 0.8));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean - 1)).toBeLessThan(0.03);
    expect(Math.abs(sd - 0.8)).toBeLessThan(0.03);
    for (const x of xs) expect(Math.abs(x - 1)).toBeLessThanOrEqual(0.8 * 2 * Math.sqrt(3));
  });
});

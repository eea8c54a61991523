/**
 * Seeded pseudo-random numbers for the demo data: sfc32 (Chris Doty-Humphrey's small fast counting
 * generator) seeded through a string hash, so any text or number is a seed and the same seed gives
 * the same numbers on every machine. Only integer arithmetic and `+`/`*` on doubles: no math.log or
 * math.cos, whose last bits are not guaranteed to match across engines.
 */
import { math } from './math.js';

export type Seed = string | number;

/** An inclusive range `[min, max]`. */
export type Range = readonly [min: number, max: number];

/** 32-bit hash of a text (FNV-1a over UTF-16 code units, finished with murmur3's avalanche). */
export function hashSeed(seed: Seed): number {
  const text = `${seed}`;
  let h = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i++) h = math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const GOLDEN_GAMMA = 0x9e3779b9;

/** Output of splitmix32 for the `step`-th state after `seed`: spreads one hash over sfc32's four words. */
function splitmix32(seed: number, step: number): number {
  let z = (seed + math.imul(GOLDEN_GAMMA, step)) | 0;
  z = math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

const SQRT3 = 1.7320508075688772;

/**
 * Loops index arrays rather than iterate them: inside vm contexts (jest) the iteration protocol
 * loses V8's fast paths, and this class runs millions of times for the benchmark snapshots.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: Seed) {
    const h = hashSeed(seed);
    this.a = splitmix32(h, 1);
    this.b = splitmix32(h, 2);
    this.c = splitmix32(h, 3);
    this.d = splitmix32(h, 4);
    // The first outputs of a fresh sfc32 state are still correlated with the seed.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream named by `label`: same seed and label, same numbers, whatever was drawn here. */
  derive(label: string | number): Rng {
    return new Rng(`${this.seed}/${label}`);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform in [min, max). */
  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + math.floor(this.next() * (math.floor(max) - math.ceil(min) + 1));
  }

  /** Uniform integer in an inclusive range. */
  intIn(range: Range): number {
    return this.int(range[0], range[1]);
  }

  /** Uniform in a range. */
  floatIn(range: Range): number {
    return this.float(range[0], range[1]);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[math.floor(this.next() * items.length)] as T;
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [item: T, weight: number])[]): T {
    let total = 0;
    for (let i = 0; i < entries.length; i++) total += entries[i]![1];
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
    let r = this.next() * total;
    for (let i = 0; i < entries.length - 1; i++) {
      r -= entries[i]![1];
      if (r < 0) return entries[i]![0];
    }
    return entries[entries.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = math.floor(this.next() * (i + 1));
      const swap = out[i] as T;
      out[i] = out[j] as T;
      out[j] = swap;
    }
    return out;
  }

  /** `count` distinct items, each draw proportional to weight among those left (all when the list is shorter). */
  weightedSample<T>(entries: readonly (readonly [item: T, weight: number])[], count: number): T[] {
    const left = entries.slice();
    const out: T[] = [];
    while (out.length < count && left.length > 0) {
      let total = 0;
      for (let k = 0; k < left.length; k++) total += left[k]![1];
      let r = this.next() * total;
      let i = 0;
      while (i < left.length - 1 && (r -= left[i]![1]) >= 0) i++;
      out.push(left[i]![0]);
      left.splice(i, 1);
    }
    return out;
  }

  /** `count` distinct items in random order (all of them when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, math.max(0, count));
  }

  /**
   * Bell-shaped around `mean` (Irwin–Hall: the sum of four uniforms, rescaled to standard deviation
   * `sd`). Stays within mean ± 3.46 sd, which suits demo data better than a real normal's tails.
   */
  normal(mean: number, sd: number): number {
    const sum = this.next() + this.next() + this.next() + this.next();
    return mean + (sum - 2) * sd * SQRT3;
  }
}

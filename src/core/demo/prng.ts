/**
 * Seeded pseudo-random numbers for the demo data: sfc32 (Chris Doty-Humphrey's small fast counting
 * generator) seeded through a string hash, so any text or number is a seed and the same seed gives
 * the same numbers on every machine. Only integer arithmetic and `+`/`*` on doubles: no Math.log or
 * Math.cos, whose last bits are not guaranteed to match across engines.
 */

export type Seed = string | number;

/** An inclusive range `[min, max]`. */
export type Range = readonly [min: number, max: number];

/** 32-bit hash of a text (FNV-1a over UTF-16 code units, finished with murmur3's avalanche). */
export function hashSeed(seed: Seed): number {
  const text = String(seed);
  let h = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** splitmix32 step: spreads one 32-bit hash over the four words of sfc32's state. */
function splitmix32(state: number): [next: number, out: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return [next, (z ^ (z >>> 15)) >>> 0];
}

const SQRT3 = 1.7320508075688772;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: Seed) {
    let s = hashSeed(seed);
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, out] = splitmix32(s);
      s = next;
      words.push(out);
    }
    [this.a, this.b, this.c, this.d] = words as [number, number, number, number];
    // The first outputs of a fresh sfc32 state are still correlated with the seed.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream named by `label`: same seed and label, same numbers, whatever was drawn here. */
  derive(label: string | number): Rng {
    return new Rng(`${String(this.seed)}/${String(label)}`);
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
    return min + Math.floor(this.next() * (Math.floor(max) - Math.ceil(min) + 1));
  }

  /** Uniform integer in an inclusive range. */
  intIn([min, max]: Range): number {
    return this.int(min, max);
  }

  /** Uniform in a range. */
  floatIn([min, max]: Range): number {
    return this.float(min, max);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [item: T, weight: number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
    let r = this.next() * total;
    for (const [item, w] of entries) {
      r -= w;
      if (r < 0) return item;
    }
    return entries[entries.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** `count` distinct items, each draw proportional to weight among those left (all when the list is shorter). */
  weightedSample<T>(entries: readonly (readonly [item: T, weight: number])[], count: number): T[] {
    const left = [...entries];
    const out: T[] = [];
    while (out.length < count && left.length > 0) {
      let total = 0;
      for (const [, w] of left) total += w;
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
    return this.shuffle(items).slice(0, Math.max(0, count));
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

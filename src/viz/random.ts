/**
 * A seeded source of numbers in [0, 1) (mulberry32) for layouts: d3's force simulation and any
 * jitter use it, so the same seed always gives the same picture in tests and screenshots.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed used when none is given. */
export const DEFAULT_SEED = 20260301;

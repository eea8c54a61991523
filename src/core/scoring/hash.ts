/**
 * A fingerprint of the scoring inputs that ignores the order of records in a list and of keys in
 * an object (CRMs return both in any order). Values are walked directly, no JSON built: every list
 * element and every object property is hashed on its own into two 32-bit lanes, and the parts are
 * added up, so their order does not matter. Not cryptographic: it tells "inputs unchanged" cheaply.
 */
export function fingerprint(value: unknown): string {
  la = SEED_A;
  lb = SEED_B;
  feedValue(value);
  return hex(finalise(la)) + hex(finalise(lb ^ la));
}

const SEED_A = 0x811c9dc5;
const SEED_B = 0x9e3779b9;

// The two lanes being fed. Module state is safe: hashing is synchronous and restores what it saves.
let la = SEED_A;
let lb = SEED_B;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function feedWord(k: number): void {
  la = Math.imul(la ^ k, 0x01000193);
  la = (la << 13) | (la >>> 19);
  lb = Math.imul(lb ^ k, 0x5bd1e995);
  lb ^= lb >>> 15;
}

function feedString(s: string): void {
  feedWord(s.length);
  const n = s.length - 1;
  let i = 0;
  for (; i < n; i += 2) feedWord(s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  if (i === n) feedWord(s.charCodeAt(i));
}

function feedValue(v: unknown): void {
  switch (typeof v) {
    case 'string':
      feedWord(1);
      feedString(v);
      return;
    case 'number':
      f64[0] = v;
      feedWord(2);
      feedWord(u32[0]!);
      feedWord(u32[1]!);
      return;
    case 'boolean':
      feedWord(v ? 3 : 4);
      return;
    case 'object':
      if (v === null) feedWord(5);
      else if (Array.isArray(v)) feedUnordered(6, v.length, (i) => feedValue(v[i]));
      else feedObject(v as Record<string, unknown>);
      return;
    default:
      feedWord(7); // undefined, functions and symbols carry no data
  }
}

function feedObject(o: Record<string, unknown>): void {
  // An absent and an undefined property are the same input.
  const keys = Object.keys(o).filter((k) => o[k] !== undefined);
  feedUnordered(8, keys.length, (i) => {
    const key = keys[i]!;
    feedString(key);
    feedValue(o[key]);
  });
}

/** Hashes `count` parts each from fresh lanes and adds them: the sum does not depend on order. */
function feedUnordered(tag: number, count: number, feedPart: (i: number) => void): void {
  const savedA = la;
  const savedB = lb;
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < count; i++) {
    la = SEED_A;
    lb = SEED_B;
    feedPart(i);
    sumA = (sumA + finalise(la)) | 0;
    sumB = (sumB + finalise(lb)) | 0;
  }
  la = savedA;
  lb = savedB;
  feedWord(tag);
  feedWord(sumA);
  feedWord(sumB);
}

function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

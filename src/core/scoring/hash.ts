import type { AccountSnapshot } from '../model/index.js';
import { SCORING_INPUTS } from './facts.js';

/**
 * A fingerprint of what the score reads (SCORING_INPUTS) and of the model: equal inputs, equal
 * hash, so an unchanged hash means an unchanged score for the same day. Neither the order of keys nor
 * the order of records in a list (CRMs return both in any order) changes it: fields are read in a
 * fixed order, and each record of a list is hashed on its own and the parts added up. Two 32-bit
 * lanes, murmur-style mixing; not cryptographic, and cheap enough for the scoring hot path.
 */
export function fingerprintSnapshot(snapshot: AccountSnapshot, salt: string): string {
  la = SEED_A;
  lb = SEED_B;
  feedString(salt);
  feedRecord(snapshot.account, SCORING_INPUTS.account);
  feedRecords(snapshot.contacts, SCORING_INPUTS.contacts);
  feedRecords(snapshot.potentials, SCORING_INPUTS.potentials);
  feedRecords(snapshot.actions, SCORING_INPUTS.actions);
  feedRecords(snapshot.deals, SCORING_INPUTS.deals);
  return hex(finalise(la)) + hex(finalise(lb ^ la));
}

const SEED_A = 0x811c9dc5;
const SEED_B = 0x9e3779b9;

// The lanes being fed. Module state is safe: hashing is synchronous and restores what it saves.
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

function feedRecord(record: object, keys: readonly string[]): void {
  const r = record as Record<string, unknown>;
  for (let i = 0; i < keys.length; i++) {
    const v = r[keys[i]!];
    if (v === undefined) continue;
    feedWord(i + 1);
    feedValue(v);
  }
}

/** Each record from fresh lanes, summed: the result does not depend on their order. */
function feedRecords(records: readonly object[], keys: readonly string[]): void {
  const savedA = la;
  const savedB = lb;
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < records.length; i++) {
    la = SEED_A;
    lb = SEED_B;
    feedRecord(records[i]!, keys);
    sumA = (sumA + finalise(la)) | 0;
    sumB = (sumB + finalise(lb)) | 0;
  }
  la = savedA;
  lb = savedB;
  feedWord(records.length);
  feedWord(sumA);
  feedWord(sumB);
}

/** Field values: strings, numbers, booleans, and the few nested values (roles, goals, ratings). */
function feedValue(v: unknown): void {
  if (typeof v === 'string') {
    feedWord(1);
    feedString(v);
  } else if (typeof v === 'number') {
    f64[0] = v;
    feedWord(2);
    feedWord(u32[0]!);
    feedWord(u32[1]!);
  } else if (typeof v === 'boolean') {
    feedWord(v ? 3 : 4);
  } else if (Array.isArray(v)) {
    feedUnorderedValues(v);
  } else if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    feedWord(6);
    for (const k of keys) {
      const inner = (v as Record<string, unknown>)[k];
      if (inner === undefined) continue;
      feedString(k);
      feedValue(inner);
    }
  } else {
    feedWord(5);
  }
}

function feedUnorderedValues(values: readonly unknown[]): void {
  const savedA = la;
  const savedB = lb;
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < values.length; i++) {
    la = SEED_A;
    lb = SEED_B;
    feedValue(values[i]);
    sumA = (sumA + finalise(la)) | 0;
    sumB = (sumB + finalise(lb)) | 0;
  }
  la = savedA;
  lb = savedB;
  feedWord(7);
  feedWord(values.length);
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

import type { AccountSnapshot } from '../model/index.js';
import { SELECTION_RATINGS } from '../model/index.js';

/**
 * A fingerprint of what the score reads (SCORING_INPUTS in facts.ts) and of the model: equal inputs,
 * equal hash, so an unchanged hash means an unchanged score for the same day. Neither the order of
 * keys nor the order of records in a list (CRMs return both in any order) changes it: fields are read
 * in a fixed order, and each record of a list is hashed on its own and the parts added up. Two 32-bit
 * lanes, murmur-style mixing; not cryptographic, and cheap enough for the scoring hot path (it
 * allocates nothing but the digest).
 */
export function fingerprintSnapshot(snapshot: AccountSnapshot, salt: string): string {
  lanes[0] = SEED_A;
  lanes[1] = SEED_B;
  string(salt);
  const a = snapshot.account;
  string(a.id);
  string(a.currency);
  optionalNumber(a.annualRevenue);
  optionalNumber(a.categorySpendPerYear);
  optionalString(a.lastActivityAt);
  ratings(a.ratings);
  // Named property reads per record type keep this monomorphic and fast; a test holds the fields
  // read here to SCORING_INPUTS.
  records(snapshot.contacts, contact);
  records(snapshot.potentials, potential);
  records(snapshot.actions, action);
  records(snapshot.deals, deal);
  return hex(finalise(lanes[0]!)) + hex(finalise(lanes[1]! ^ lanes[0]!));
}

type Snapshot = AccountSnapshot;

/** The selection ratings in their fixed order (the schema allows no other keys). */
function ratings(r: Snapshot['account']['ratings']): void {
  for (const key of SELECTION_RATINGS) optionalNumber(r[key]);
}

function contact(c: Snapshot['contacts'][number]): void {
  unordered(c.roles);
  optionalNumber(c.influence);
  optionalNumber(c.attitude);
  optionalString(c.lastConfirmedAt);
}

function potential(p: Snapshot['potentials'][number]): void {
  string(p.horizon);
  number(p.volumePerYear);
  number(p.probability);
}

function action(x: Snapshot['actions'][number]): void {
  string(x.status);
  string(x.due);
  optionalString(x.completedOn);
}

function deal(d: Snapshot['deals'][number]): void {
  string(d.status);
  number(d.amount);
  optionalNumber(d.contributionMargin);
  string(d.closeDate);
}

const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x9e3779b9 | 0;
// The two lanes live in a typed array: plain 32-bit integers, never boxed.
const lanes = new Int32Array(2);
const f64 = new Float64Array(1);
const u32 = new Int32Array(f64.buffer);

function word(k: number): void {
  const a = Math.imul(lanes[0]! ^ k, 0x01000193);
  lanes[0] = (a << 13) | (a >>> 19);
  const b = Math.imul(lanes[1]! ^ k, 0x5bd1e995);
  lanes[1] = b ^ (b >>> 15);
}

/** Four UTF-16 units a step: two into each lane (the digest mixes the lanes). */
function string(s: string): void {
  word(s.length);
  let a = lanes[0]!;
  let b = lanes[1]!;
  const n = s.length - 3;
  let i = 0;
  for (; i < n; i += 4) {
    a = Math.imul(a ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b ^ (s.charCodeAt(i + 2) | (s.charCodeAt(i + 3) << 16)), 0x5bd1e995);
    b ^= b >>> 15;
  }
  lanes[0] = a;
  lanes[1] = b;
  for (; i < s.length; i++) word(s.charCodeAt(i));
}

function number(v: number): void {
  f64[0] = v;
  word(2);
  word(u32[0]!);
  word(u32[1]!);
}

function optionalNumber(v: number | undefined): void {
  if (v === undefined) word(0);
  else number(v);
}

function optionalString(v: string | undefined): void {
  if (v === undefined) word(0);
  else string(v);
}

/** Each item from fresh lanes, summed: the result does not depend on their order. */
function records<T>(items: readonly T[], feed: (item: T) => void): void {
  const savedA = lanes[0]!;
  const savedB = lanes[1]!;
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < items.length; i++) {
    lanes[0] = SEED_A;
    lanes[1] = SEED_B;
    feed(items[i]!);
    sumA = (sumA + finalise(lanes[0]!)) | 0;
    sumB = (sumB + finalise(lanes[1]!)) | 0;
  }
  lanes[0] = savedA;
  lanes[1] = savedB;
  word(items.length);
  word(sumA);
  word(sumB);
}

function unordered(values: readonly unknown[]): void {
  word(7);
  records(values, value);
}

/** Nested values (roles, ratings): strings, numbers, booleans, lists, plain objects. */
function value(v: unknown): void {
  if (typeof v === 'string') {
    word(1);
    string(v);
  } else if (typeof v === 'number') {
    number(v);
  } else if (typeof v === 'boolean') {
    word(v ? 3 : 4);
  } else if (Array.isArray(v)) {
    unordered(v);
  } else if (v !== null && typeof v === 'object') {
    word(6);
    for (const k of Object.keys(v).sort()) {
      const inner = (v as Record<string, unknown>)[k];
      if (inner === undefined) continue;
      string(k);
      value(inner);
    }
  } else {
    word(5);
  }
}

function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

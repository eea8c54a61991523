import type { AccountSnapshot } from '../model/index.js';

/**
 * A fingerprint of what the score reads (SCORING_INPUTS in facts.ts) and of the model: equal inputs,
 * equal hash, so an unchanged hash means an unchanged score for the same day. Neither the order of
 * keys nor the order of records in a list (CRMs return both in any order) changes it: fields are read
 * in a fixed order, and each record of a list is hashed on its own and the parts added up. Two 32-bit
 * lanes, murmur-style mixing; not cryptographic, and cheap enough for the scoring hot path.
 */
export function fingerprintSnapshot(snapshot: AccountSnapshot, salt: string): string {
  const h = new Hasher();
  h.string(salt);
  const a = snapshot.account;
  h.string(a.id);
  h.string(a.currency);
  h.optionalNumber(a.annualRevenue);
  h.optionalNumber(a.categorySpendPerYear);
  h.optionalString(a.lastActivityAt);
  h.value(a.ratings);
  // Named property reads per record type keep this monomorphic and fast; a test holds the fields
  // read here to SCORING_INPUTS.
  h.records(snapshot.contacts, (c) => {
    h.unordered(c.roles);
    h.optionalNumber(c.influence);
    h.optionalNumber(c.attitude);
    h.optionalString(c.lastConfirmedAt);
  });
  h.records(snapshot.potentials, (p) => {
    h.string(p.id);
    h.string(p.horizon);
    h.number(p.volumePerYear);
    h.number(p.probability);
  });
  h.records(snapshot.actions, (x) => {
    h.string(x.status);
    h.string(x.due);
    h.optionalString(x.completedOn);
  });
  h.records(snapshot.deals, (d) => {
    h.string(d.id);
    h.string(d.status);
    h.number(d.amount);
    h.optionalNumber(d.contributionMargin);
    h.string(d.closeDate);
  });
  return h.digest();
}

// Every lane value stays a signed 32-bit integer (`| 0`): V8 then keeps them unboxed.
const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x9e3779b9 | 0;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

class Hasher {
  private a = SEED_A;
  private b = SEED_B;

  word(k: number): void {
    let a = Math.imul(this.a ^ k, 0x01000193);
    this.a = (a << 13) | (a >>> 19);
    a = Math.imul(this.b ^ k, 0x5bd1e995);
    this.b = (a ^ (a >>> 15)) | 0;
  }

  /** Four UTF-16 units a step: two into each lane (the digest mixes the lanes). */
  string(s: string): void {
    this.word(s.length);
    let a = this.a;
    let b = this.b;
    const n = s.length - 3;
    let i = 0;
    for (; i < n; i += 4) {
      a = Math.imul(a ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193);
      a = (a << 13) | (a >>> 19);
      b = Math.imul(b ^ (s.charCodeAt(i + 2) | (s.charCodeAt(i + 3) << 16)), 0x5bd1e995);
      b = (b ^ (b >>> 15)) | 0;
    }
    this.a = a;
    this.b = b;
    for (; i < s.length; i++) this.word(s.charCodeAt(i));
  }

  number(v: number): void {
    f64[0] = v;
    this.word(2);
    this.word(u32[0]! | 0);
    this.word(u32[1]! | 0);
  }

  optionalNumber(v: number | undefined): void {
    if (v === undefined) this.word(0);
    else this.number(v);
  }

  optionalString(v: string | undefined): void {
    if (v === undefined) this.word(0);
    else this.string(v);
  }

  /** Each part from fresh lanes, summed: the result does not depend on their order. */
  records<T>(items: readonly T[], feed: (item: T) => void): void {
    const savedA = this.a;
    const savedB = this.b;
    let sumA = 0;
    let sumB = 0;
    for (let i = 0; i < items.length; i++) {
      this.a = SEED_A;
      this.b = SEED_B;
      feed(items[i]!);
      sumA = (sumA + finalise(this.a)) | 0;
      sumB = (sumB + finalise(this.b)) | 0;
    }
    this.a = savedA;
    this.b = savedB;
    this.word(items.length);
    this.word(sumA);
    this.word(sumB);
  }

  unordered(values: readonly unknown[]): void {
    this.word(7);
    this.records(values, (v) => this.value(v));
  }

  /** Nested values (roles, ratings): strings, numbers, booleans, lists, plain objects. */
  value(v: unknown): void {
    if (typeof v === 'string') {
      this.word(1);
      this.string(v);
    } else if (typeof v === 'number') {
      this.number(v);
    } else if (typeof v === 'boolean') {
      this.word(v ? 3 : 4);
    } else if (Array.isArray(v)) {
      this.unordered(v);
    } else if (v !== null && typeof v === 'object') {
      this.word(6);
      for (const k of Object.keys(v).sort()) {
        const inner = (v as Record<string, unknown>)[k];
        if (inner === undefined) continue;
        this.string(k);
        this.value(inner);
      }
    } else {
      this.word(5);
    }
  }

  digest(): string {
    return hex(finalise(this.a)) + hex(finalise(this.b ^ this.a));
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

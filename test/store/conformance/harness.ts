/**
 * What an adapter's test file hands the Store conformance suite, and what the suite's case files
 * share: a fresh store per test, a clock the test moves, and ways to look under the port.
 */
import { randomBytes } from 'node:crypto';
import { SecretBox } from '../../../src/store/secret-box.js';
import type { Store } from '../../../src/store/port.js';

export interface HarnessOptions {
  readonly secretBox: SecretBox;
  /** Epoch ms; the suite moves it to see updatedAt move. */
  readonly clock: () => number;
}

export interface StoreHarness {
  readonly store: Store;
  /** The credentials column of every tenant row, read past the port (what an attacker with the DB sees). */
  rawCredentialTexts(): Promise<string[]>;
  /** Another store on the same database with another box (different or rotated keys); the caller closes it. */
  reopen(secretBox: SecretBox): Promise<Store>;
  /** Closes the store and removes the database (file or schema). */
  teardown(): Promise<void>;
}

export type OpenHarness = (options: HarnessOptions) => Promise<StoreHarness>;

/** The suite's view of the current test's harness. */
export interface CaseContext {
  readonly harness: StoreHarness;
  readonly store: Store;
  readonly box: SecretBox;
  /** The clock's current instant as the store writes it. */
  nowIso(): string;
  advance(ms: number): void;
}

/** Boxes made by `boxWithKey` remember their key so a test can rotate to a new one. */
const keys = new WeakMap<SecretBox, Buffer>();
export function boxWithKey(key: Buffer = randomBytes(32), older: readonly Buffer[] = []): SecretBox {
  const box = new SecretBox(key, older);
  keys.set(box, key);
  return box;
}
export function keyOf(box: SecretBox): Buffer {
  const key = keys.get(box);
  if (!key) throw new Error('box was not made by boxWithKey');
  return key;
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof Error) return e;
    throw new Error(`rejected with a non-Error: ${String(e)}`);
  }
  throw new Error('expected a rejection, but the promise resolved');
}

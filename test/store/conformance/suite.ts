/**
 * The conformance suite every `Store` adapter passes. Each test gets a fresh, empty store from the
 * adapter's `open` (its own SQLite file or PostgreSQL schema) and a clock it moves itself.
 */
import { afterEach, beforeEach, describe } from '@jest/globals';
import { credentialCases } from './credential-cases.js';
import type { CaseContext, OpenHarness, StoreHarness } from './harness.js';
import { boxWithKey } from './harness.js';
import { historyCases } from './history-cases.js';
import { keyCases } from './key-cases.js';
import { modelCases } from './model-cases.js';
import { tenantCases } from './tenant-cases.js';

export type { HarnessOptions, OpenHarness, StoreHarness } from './harness.js';

const START = Date.parse('2026-03-01T08:00:00.000Z');

export function describeStoreConformance(name: string, open: OpenHarness): void {
  describe(`Store conformance: ${name}`, () => {
    let current: CaseContext | undefined;

    beforeEach(async () => {
      let now = START;
      const box = boxWithKey();
      const harness: StoreHarness = await open({ secretBox: box, clock: () => now });
      current = {
        harness,
        store: harness.store,
        box,
        nowIso: () => new Date(now).toISOString(),
        advance: (ms) => {
          now += ms;
        },
      };
    }, 30_000);

    afterEach(async () => {
      await current?.harness.teardown();
      current = undefined;
    }, 30_000);

    const ctx = (): CaseContext => {
      if (!current) throw new Error('no store: open failed');
      return current;
    };
    tenantCases(ctx);
    credentialCases(ctx);
    modelCases(ctx);
    historyCases(ctx);
    keyCases(ctx);
  });
}

/**
 * The conformance suite every `Queue` adapter passes. Each test gets fresh storage from the
 * adapter's `OpenStorage` and opens its queues on it with a short policy, so windows, backoffs and
 * reopening after `close()` are exercised in real time within seconds.
 */
import { afterEach, beforeEach, describe } from '@jest/globals';
import type { Queue, QueuePolicy } from '../../../src/jobs/port.js';
import { coalescingCases } from './coalescing-cases.js';
import { coverCases } from './cover-cases.js';
import type { CaseContext, OpenStorage, QueueStorage } from './harness.js';
import { TEST_POLICY } from './harness.js';
import { lifecycleCases } from './lifecycle-cases.js';
import { retryCases } from './retry-cases.js';

export type { OpenStorage, QueueStorage } from './harness.js';

export function describeQueueConformance(name: string, openStorage: OpenStorage): void {
  describe(`Queue conformance: ${name}`, () => {
    let storage: QueueStorage | undefined;
    let queues: Queue[] = [];

    beforeEach(async () => {
      storage = await openStorage();
      queues = [];
    }, 30_000);

    afterEach(async () => {
      await Promise.allSettled(queues.map((q) => q.close()));
      await storage?.teardown();
      storage = undefined;
    }, 30_000);

    const ctx: CaseContext = {
      open(overrides: Partial<QueuePolicy> = {}) {
        if (!storage) throw new Error('no storage: openStorage failed');
        const queue = storage.open({ ...TEST_POLICY, ...overrides });
        queues.push(queue);
        return queue;
      },
    };
    coalescingCases(ctx);
    retryCases(ctx);
    coverCases(ctx);
    lifecycleCases(ctx);
  });
}

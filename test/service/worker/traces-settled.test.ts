import { describe, expect, it } from '@jest/globals';
import type { JobRequest } from '../../../src/jobs/port.js';
import type { AccountScorer } from '../../../src/service/worker/account-scorer.js';
import { makeJobHandler } from '../../../src/service/worker/job-handler.js';
import type { TenantPorts } from '../../../src/service/tenants/tenant-ports.js';

/** A port whose `accountsOf` answers when the test says so. */
function slowPorts() {
  let answer: (() => void) | undefined;
  const ports = {
    get: async () => ({
      port: {
        accountsOf: (refs: readonly unknown[]) =>
          new Promise<string[][]>((resolve) => {
            answer = () => resolve(refs.map(() => ['acc-1']));
          }),
      },
    }),
  } as unknown as TenantPorts;
  return { ports, answer: () => answer?.() };
}

const job = (subject: string) => ({
  id: 'j1',
  tenantId: 't1',
  subject,
  requests: 1,
  firstRequestedAt: 1,
  callbacks: [],
  attempt: 1,
});

describe('record traces land before a load of their tenant', () => {
  it('waits until a running trace has queued its account, and no longer', async () => {
    const { ports, answer } = slowPorts();
    const queued: JobRequest[] = [];
    const handler = makeJobHandler({
      ports,
      scorer: {} as AccountScorer,
      enqueue: async (requests) => void queued.push(...requests),
      completeCallbacks: async () => undefined,
      resolveWaitMs: 1,
    });
    const trace = handler(job('record:0-1:7'));
    let settled = false;
    const waiting = handler.tracesSettled('t1', 10_000).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    // another tenant has nothing in flight
    await handler.tracesSettled('t2', 10_000);
    answer();
    await trace;
    await waiting;
    expect(queued.map((r) => r.subject)).toEqual(['account:acc-1']);
  });

  it('gives up after the longest wait, so a steady stream of traces never starves a load', async () => {
    const { ports, answer } = slowPorts();
    const handler = makeJobHandler({
      ports,
      scorer: {} as AccountScorer,
      enqueue: async () => undefined,
      completeCallbacks: async () => undefined,
      resolveWaitMs: 1,
    });
    const trace = handler(job('record:0-1:8'));
    const started = Date.now();
    await handler.tracesSettled('t1', 100);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    answer();
    await trace;
  });
});

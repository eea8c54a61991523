/**
 * The worker covers requests queued for an account when its load starts: the scorer takes them
 * from the queue right before the load (only for callers that answer them), hands their callbacks
 * to the outcome, and queues them again when the account is to be retried; the job handler answers
 * them with the job's own callbacks.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { generateSnapshots } from '../../../src/core/demo/index.js';
import type { CrmPort, ScoreWrite, SnapshotBatch, WriteSummary } from '../../../src/crm/port.js';
import type { Job, JobRequest, Queue } from '../../../src/jobs/port.js';
import { SqliteQueue } from '../../../src/jobs/sqlite/sqlite-queue.js';
import type { Tenant } from '../../../src/store/port.js';
import type { Store } from '../../../src/store/port.js';
import type { ScoreOutcome } from '../../../src/service/worker/account-scorer.js';
import { AccountScorer } from '../../../src/service/worker/account-scorer.js';
import type { CallbackResult } from '../../../src/service/worker/job-handler.js';
import { makeJobHandler } from '../../../src/service/worker/job-handler.js';
import type { TenantPorts } from '../../../src/service/tenants/tenant-ports.js';

const NOW = new Date('2026-03-02T10:00:00Z');
const TENANT = 'hubspot:1';
const [first, second] = generateSnapshots(2, { now: NOW });
const A = first!.account.id;
const B = second!.account.id;

const tenant: Tenant = {
  id: TENANT,
  crm: 'hubspot',
  externalId: '1',
  name: 'Test portal',
  lang: 'en',
  apiBaseUrl: 'http://127.0.0.1:1',
  credentials: { kind: 'hubspot-private-app', accessToken: 'not-used' },
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
};

interface FakeCrm {
  /** Runs at the start of each load (to look at the queue as the load sees it). */
  onLoad?: () => Promise<void>;
  loadError?: Error;
  writeFailures?: readonly string[];
}

function scorerWith(
  crm: FakeCrm,
  queue: Pick<Queue, 'coverPending' | 'enqueue'>,
  onCoverError?: (e: unknown) => void,
) {
  const snapshots = new Map([first!, second!].map((s) => [s.account.id, s]));
  const port = {
    async loadSnapshots(ids: readonly string[]): Promise<SnapshotBatch> {
      await crm.onLoad?.();
      if (crm.loadError) throw crm.loadError;
      return { snapshots: ids.map((id) => snapshots.get(id)!), notKeyAccounts: [], failures: [] };
    },
    async writeScores(writes: readonly ScoreWrite[]): Promise<WriteSummary> {
      const failures = (crm.writeFailures ?? []).map((accountId) => ({
        accountId,
        reason: 'CRM answered 502',
      }));
      return { written: writes.length - failures.length, unchanged: 0, failures };
    },
  } as unknown as CrmPort;
  const ports = { get: async () => ({ tenant, port }), forget: () => {} } as unknown as TenantPorts;
  const store = { scoringModel: async () => undefined, appendScores: async () => {} } as unknown as Store;
  return new AccountScorer({
    ports,
    store,
    now: () => NOW,
    queue,
    ...(onCoverError ? { onCoverError } : {}),
    waitMs: 5,
  });
}

const queued = (accountId: string, callbacks: readonly string[]): JobRequest => ({
  tenantId: TENANT,
  subject: `account:${accountId}`,
  requestedAt: 1,
  ...(callbacks.length > 0 ? { callbacks } : {}),
});

let queues: SqliteQueue[] = [];
afterEach(async () => {
  await Promise.all(queues.map((q) => q.close()));
  queues = [];
});
function memoryQueue(): SqliteQueue {
  const queue = new SqliteQueue({ path: ':memory:', policy: { coalesceMs: 60_000 } });
  queues.push(queue);
  return queue;
}

describe('AccountScorer covering queued requests', () => {
  it('covers right before the load, only the accounts whose caller asks for it', async () => {
    const queue = memoryQueue();
    await queue.enqueue([queued(A, ['a-1']), queued(A, ['a-2']), queued(B, ['b-1'])]);
    const waitingAtLoad: number[] = [];
    const scorer = scorerWith(
      { onLoad: async () => void waitingAtLoad.push((await queue.depth()).waiting) },
      queue,
    );

    const [outcomeA, outcomeB] = await Promise.all([
      scorer.score(TENANT, A, { coverQueued: true }),
      scorer.score(TENANT, B),
    ]);

    expect(waitingAtLoad).toEqual([1]); // one batch; A's job was gone when it loaded, B's was not
    expect(outcomeA).toMatchObject({ kind: 'scored', coveredCallbacks: ['a-1', 'a-2'] });
    expect(outcomeB).toMatchObject({ kind: 'scored', coveredCallbacks: [] });
    const left = await queue.coverPending(TENANT, [`account:${A}`, `account:${B}`]);
    expect([...left]).toEqual([[`account:${B}`, ['b-1']]]);
  });

  it('queues the covered requests again when the account is to be retried', async () => {
    const queue = memoryQueue();
    await queue.enqueue([queued(A, ['a-1']), queued(B, [])]);
    const scorer = scorerWith({ writeFailures: [A] }, queue);

    const [outcomeA, outcomeB] = await Promise.all([
      scorer.score(TENANT, A, { coverQueued: true }),
      scorer.score(TENANT, B, { coverQueued: true }),
    ]);

    expect(outcomeA).toMatchObject({ kind: 'failed', permanent: false, coveredCallbacks: [] });
    expect(outcomeB).toMatchObject({ kind: 'scored', coveredCallbacks: [] });
    const back = await queue.coverPending(TENANT, [`account:${A}`, `account:${B}`]);
    expect([...back]).toEqual([[`account:${A}`, ['a-1']]]);
  });

  it('queues the covered requests again when the whole batch fails', async () => {
    const queue = memoryQueue();
    await queue.enqueue([queued(A, ['a-1', 'a-2'])]);
    const scorer = scorerWith({ loadError: new Error('CRM unreachable') }, queue);

    await expect(scorer.score(TENANT, A, { coverQueued: true })).rejects.toThrow('CRM unreachable');

    const back = await queue.coverPending(TENANT, [`account:${A}`]);
    expect(back.get(`account:${A}`)).toEqual(['a-1', 'a-2']);
  });

  it('scores on when covering fails, telling onCoverError', async () => {
    const failure = new Error('queue database is locked');
    const errors: unknown[] = [];
    const queue = {
      coverPending: async () => {
        throw failure;
      },
      enqueue: async () => {},
    };
    const scorer = scorerWith({}, queue, (e) => errors.push(e));

    const outcome = await scorer.score(TENANT, A, { coverQueued: true });

    expect(outcome).toMatchObject({ kind: 'scored', coveredCallbacks: [] });
    expect(errors).toEqual([failure]);
  });
});

describe('job handler answering covered callbacks', () => {
  const job: Job = {
    id: 'job-1',
    tenantId: TENANT,
    subject: `account:${A}`,
    requests: 1,
    firstRequestedAt: 5,
    callbacks: ['own', 'shared'],
    attempt: 1,
  };

  function handlerWith(outcome: ScoreOutcome, completeError?: Error) {
    const asked: unknown[] = [];
    const completed: { ids: readonly string[]; result: CallbackResult }[] = [];
    const enqueued: JobRequest[] = [];
    const scorer = {
      score: async (...args: unknown[]) => {
        asked.push(args);
        return outcome;
      },
    };
    const handler = makeJobHandler({
      ports: {} as TenantPorts,
      scorer: scorer as unknown as AccountScorer,
      enqueue: async (requests) => void enqueued.push(...requests),
      completeCallbacks: async (_tenantId, ids, result) => {
        if (completeError) throw completeError;
        completed.push({ ids, result });
      },
    });
    return { handler, asked, completed, enqueued };
  }

  it('asks to cover and completes its own callbacks and the covered ones, each once', async () => {
    const outcome = {
      kind: 'skipped',
      reason: 'not a key account',
      coveredCallbacks: ['shared', 'covered'],
    } as const;
    const { handler, asked, completed } = handlerWith(outcome);

    await handler(job);

    expect(asked).toEqual([[TENANT, A, { coverQueued: true }]]);
    expect(completed).toEqual([
      { ids: ['own', 'shared', 'covered'], result: { kind: 'failed', reason: 'not a key account' } },
    ]);
  });

  it('queues the covered callbacks again when completing fails', async () => {
    const outcome = {
      kind: 'skipped',
      reason: 'not a key account',
      coveredCallbacks: ['shared', 'covered'],
    } as const;
    const { handler, enqueued } = handlerWith(outcome, new Error('HubSpot answered 503'));

    await expect(handler(job)).rejects.toThrow('HubSpot answered 503');

    expect(enqueued).toEqual([
      { tenantId: TENANT, subject: job.subject, requestedAt: 5, callbacks: ['covered'] },
    ]);
  });
});

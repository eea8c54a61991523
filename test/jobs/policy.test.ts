import { describe, expect, it } from '@jest/globals';
import { retryDelayMs } from '../../src/jobs/backoff.js';
import { DEFAULT_QUEUE_POLICY } from '../../src/jobs/port.js';
import { resolvePolicy } from '../../src/jobs/policy.js';
import { coalesceRequests, mergeCallbacks } from '../../src/jobs/requests.js';

describe('retryDelayMs', () => {
  const policy = { baseDelayMs: 1_000, maxDelayMs: 10_000 };

  it('doubles from the base delay per retry', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(policy, n))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('never waits longer than the maximum, however many retries', () => {
    expect(retryDelayMs(policy, 5)).toBe(10_000);
    expect(retryDelayMs(policy, 5_000)).toBe(10_000);
  });

  it('treats a retry number below 1 as the first retry', () => {
    expect(retryDelayMs(policy, 0)).toBe(1_000);
  });
});

describe('resolvePolicy', () => {
  it('fills what is not given from the defaults', () => {
    expect(resolvePolicy({ coalesceMs: 5 })).toEqual({ ...DEFAULT_QUEUE_POLICY, coalesceMs: 5 });
  });

  it('names the field at fault', () => {
    expect(() => resolvePolicy({ maxAttempts: 0 })).toThrow(/queue policy: maxAttempts/);
    expect(() => resolvePolicy({ coalesceMs: -1 })).toThrow(/queue policy: coalesceMs/);
    expect(() => resolvePolicy({ baseDelayMs: 500, maxDelayMs: 100 })).toThrow(
      /maxDelayMs: maxDelayMs must be at least baseDelayMs/,
    );
  });
});

describe('coalesceRequests', () => {
  it('folds requests per (tenant, subject): count, earliest time, callbacks once in arrival order', () => {
    const folded = coalesceRequests([
      { tenantId: 't1', subject: 'account:a', requestedAt: 30, callbacks: ['x'] },
      { tenantId: 't2', subject: 'account:a', requestedAt: 5 },
      { tenantId: 't1', subject: 'account:a', requestedAt: 10, callbacks: ['y', 'x'] },
    ]);
    expect(folded).toEqual([
      { tenantId: 't1', subject: 'account:a', requests: 2, firstRequestedAt: 10, callbacks: ['x', 'y'] },
      { tenantId: 't2', subject: 'account:a', requests: 1, firstRequestedAt: 5, callbacks: [] },
    ]);
  });

  it('keeps tenants and subjects apart even when their text could run together', () => {
    const folded = coalesceRequests([
      { tenantId: 'a', subject: 'record:b:c', requestedAt: 1 },
      { tenantId: 'a:record', subject: 'record:b:c', requestedAt: 1 },
    ]);
    expect(folded).toHaveLength(2);
  });

  it('rejects a request that breaks the contract, naming its index and field', () => {
    expect(() => coalesceRequests([{ tenantId: 't', subject: 'account:', requestedAt: 1 }])).toThrow(
      /job request 0: subject/,
    );
    expect(() =>
      coalesceRequests([
        { tenantId: 't', subject: 'account:a', requestedAt: 1 },
        { tenantId: 't', subject: 'account:a', requestedAt: Number.NaN },
      ]),
    ).toThrow(/job request 1: requestedAt/);
  });
});

describe('mergeCallbacks', () => {
  it('appends only the callbacks not held yet', () => {
    expect(mergeCallbacks(['a', 'b'], ['b', 'c', 'a', 'd'])).toEqual(['a', 'b', 'c', 'd']);
  });
});

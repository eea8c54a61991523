import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_MODEL, score } from '../../../../src/core/scoring/index.js';
import {
  classifyFailure,
  OrgLimits,
  SalesforceLimitError,
} from '../../../../src/crm/salesforce/adapter/index.js';
import { crmView } from '../../salesforce/mapping/crm-view.js';
import type { SeededOrg } from './setup.js';
import { collect, NOW, portfolio, seededOrg } from './setup.js';

const sdkError = (errorCode: string, message = '') => Object.assign(new Error(message), { errorCode });

describe('OrgLimits', () => {
  it('tells the daily allocation from concurrency limits, 5xx and row locks from final errors', () => {
    expect(classifyFailure(sdkError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'))).toBe(
      'daily_limit',
    );
    expect(
      classifyFailure(sdkError('REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.')),
    ).toBe('rate_limited');
    expect(classifyFailure(sdkError('UNKNOWN_EXCEPTION'))).toBe('transient');
    expect(classifyFailure(sdkError('ERROR_HTTP_502'))).toBe('transient');
    expect(classifyFailure(sdkError('UNABLE_TO_LOCK_ROW'))).toBe('transient');
    expect(classifyFailure(sdkError('MALFORMED_QUERY'))).toBe('fatal');
    expect(classifyFailure(sdkError('INVALID_SESSION_ID'))).toBe('fatal');
  });

  it('retries transient failures with growing waits up to the policy, then gives up', async () => {
    const waits: number[] = [];
    const limits = new OrgLimits({ maxRetries: 3, baseDelayMs: 100, maxDelayMs: 250 }, async (ms) => {
      waits.push(ms);
    });
    let attempts = 0;
    await expect(
      limits.run(async () => {
        attempts++;
        throw sdkError('UNKNOWN_EXCEPTION', 'boom');
      }),
    ).rejects.toThrow('boom');
    expect(attempts).toBe(4);
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[2]).toBeLessThanOrEqual(250);
    expect(limits.usage()).toEqual({ calls: 4, retries: 3, rateLimited: 0 });
  });

  it('stops at once, with usage N/M, when the daily allocation is exhausted', async () => {
    const limits = new OrgLimits({ maxRetries: 3, baseDelayMs: 1, maxDelayMs: 1 });
    limits.noteUsage(5000, 5000);
    let attempts = 0;
    const run = limits.run(async () => {
      attempts++;
      throw sdkError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
    });
    await expect(run).rejects.toThrow(SalesforceLimitError);
    await expect(run).rejects.toThrow('daily API allocation exhausted: 5000/5000');
    expect(attempts).toBe(1);
  });
});

describe('Salesforce adapter under faults', () => {
  let org: SeededOrg;
  beforeAll(async () => {
    org = await seededOrg();
  });
  afterAll(() => org.sf.stop());

  it('loads and writes everything through 500s, 502s and concurrency limits, nothing lost', async () => {
    const adapter = org.adapter();
    await org.faults({ serverError: 0.15, badGateway: 0.1, tooManyRequests: 0.15 });
    try {
      const ids = await collect(adapter.listAccounts());
      const all: string[] = [];
      const snapshots = [];
      // several small loads, so the faults hit many calls
      for (let i = 0; i < ids.length; i += 4) {
        const batch = await adapter.loadSnapshots(ids.slice(i, i + 4));
        expect(batch.failures).toEqual([]);
        snapshots.push(...batch.snapshots);
        all.push(...batch.snapshots.map((s) => s.account.id));
      }
      const byId = new Map(snapshots.map((s) => [s.account.id, s]));
      for (const s of portfolio) {
        const id = org.seeded.accounts[s.account.id]!;
        expect(byId.get(id)).toEqual(crmView(s, (key) => org.seeded.ids.get(key)));
      }
      const writes = snapshots.map((s) => ({
        accountId: s.account.id,
        result: score(s, DEFAULT_MODEL, NOW),
      }));
      for (let i = 0; i < writes.length; i += 6) {
        const summary = await adapter.writeScores(writes.slice(i, i + 6), 'en');
        expect(summary.failures).toEqual([]);
      }
      const usage = adapter.usage();
      expect(usage.retries).toBeGreaterThan(0);
      expect(usage.rateLimited).toBeGreaterThan(0);
    } finally {
      await org.faults(null);
    }
    const check = org.adapter();
    const back = await check.loadSnapshots(await collect(check.listAccounts()));
    expect(
      await check.writeScores(
        back.snapshots.map((s) => ({ accountId: s.account.id, result: score(s, DEFAULT_MODEL, NOW) })),
        'en',
      ),
    ).toEqual({ written: 0, unchanged: portfolio.length, failures: [] });
  });
});

describe('Salesforce adapter at the daily allocation', () => {
  let org: SeededOrg;
  beforeAll(async () => {
    org = await seededOrg({ dailyApiRequests: 2 });
  });
  afterAll(() => org.sf.stop());

  it('tracks Sforce-Limit-Info and stops with a clear error on REQUEST_LIMIT_EXCEEDED', async () => {
    const adapter = org.adapter();
    const ids = await collect(adapter.listAccounts());
    expect(adapter.apiUsage()).toEqual({ used: 1, max: 2 });
    const batch = await adapter.loadSnapshots(ids);
    expect(adapter.apiUsage()).toEqual({ used: 2, max: 2 });
    const writes = batch.snapshots.map((s) => ({
      accountId: s.account.id,
      result: score(s, DEFAULT_MODEL, NOW),
    }));
    await expect(adapter.writeScores(writes, 'en')).rejects.toThrow('daily API allocation exhausted: 2/2');
    expect(adapter.usage()).toEqual({ calls: 3, retries: 0, rateLimited: 0 });
  });
});

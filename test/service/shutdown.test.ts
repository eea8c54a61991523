/**
 * Graceful shutdown: `kam serve` told to stop (SIGTERM) while jobs run and more wait finishes the
 * runs it started, exits 0 and leaves the waiting jobs in the queue; the next start does them all.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import { killAll, requireBuiltCli, startKam } from './kam-process.js';
import type { Crm } from './score-checks.js';
import {
  changeRatings,
  expectScoresCurrent,
  keyAccountIds,
  newestScores,
  untilRescored,
} from './score-checks.js';

describe('kam serve stopped with SIGTERM while jobs are queued', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kam-shutdown-'));
  const env = {
    KAM_STORE_URL: `sqlite:${join(dir, 'kam.db')}`,
    KAM_QUEUE_URL: `sqlite:${join(dir, 'queue.db')}`,
    KAM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    // long enough that the second wave of changes is still waiting when the process is told to stop
    KAM_COALESCE_MS: '3000',
    KAM_SWEEP_INTERVAL_MS: '0',
    KAM_LANG: 'en',
  };
  const serveEnv = { ...env, KAM_PORT: '0' };
  let d: TestDemo;
  beforeAll(async () => {
    requireBuiltCli();
    // the web process in the test takes the CRMs' events; `kam serve` children do the jobs
    d = await startTestDemo({ ...env, KAM_ROLE: 'web' });
  }, 60_000);
  afterAll(async () => {
    await killAll();
    await d?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const depth = () => d.service.queue.depth();
  const scoredCount = async (crm: Crm, ids: readonly string[]) =>
    [...(await newestScores(d, crm, ids)).values()].filter((e) => e !== undefined).length;

  it('finishes its runs, exits 0, and the next process does every queued job', async () => {
    const changed: Record<Crm, string[]> = {
      hubspot: await keyAccountIds(d, 'hubspot'),
      salesforce: await keyAccountIds(d, 'salesforce'),
    };
    // slow HubSpot answers keep the first wave's batch running when the stop comes
    const faults = await fetch(`${d.sandboxUrl}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hubspot: { latencyMs: 150 } }),
    });
    expect(faults.status).toBe(200);
    const first = await startKam('first', ['serve'], serveEnv);

    await changeRatings(d, 'hubspot', changed.hubspot);
    await d.until(async () => ((await depth()).active > 0 ? true : undefined), 30_000, 'runs to start');
    await changeRatings(d, 'salesforce', changed.salesforce);
    await d.until(async () => ((await depth()).waiting > 0 ? true : undefined), 30_000, 'jobs to wait');

    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    const left = await depth();
    expect(left.active).toBe(0); // every run it started was finished, none abandoned under a lease
    expect(left.waiting).toBeGreaterThan(0);
    expect(await scoredCount('hubspot', changed.hubspot)).toBeGreaterThan(0);
    expect(await scoredCount('salesforce', changed.salesforce)).toBeLessThan(changed.salesforce.length);

    const second = await startKam('second', ['serve'], serveEnv);
    for (const crm of ['hubspot', 'salesforce'] as const)
      await untilRescored(d, crm, new Map(changed[crm].map((id) => [id, undefined])), 45_000);
    await d.until(async () => {
      const now = await depth();
      return now.waiting === 0 && now.active === 0 ? true : undefined;
    }, 30_000);
    expect(await d.service.queue.deadLetters(10)).toEqual([]);
    expect(await second.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    await fetch(`${d.sandboxUrl}/__sandbox/faults`, { method: 'DELETE' });
    await expectScoresCurrent(d, 'hubspot', changed.hubspot);
    await expectScoresCurrent(d, 'salesforce', changed.salesforce);
  }, 90_000);
});

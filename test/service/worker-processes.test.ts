/**
 * The service's workers as real processes (`kam worker`, built from `dist/`) beside a web process in
 * the test: a worker killed with SIGKILL mid-batch loses nothing (SQLite store and queue files), and
 * two workers on Redis and PostgreSQL share the work, never score one account twice at once and keep
 * HubSpot's per-portal limit between them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { CallStats } from '../../src/sandbox/index.js';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import type { KamProcess } from './kam-process.js';
import { jobRuns, killAll, requireBuiltCli, startKam } from './kam-process.js';
import type { Crm } from './score-checks.js';
import {
  changeRatings,
  expectScoresCurrent,
  keyAccountIds,
  newestScores,
  untilRescored,
} from './score-checks.js';

const PG_URL = process.env['KAM_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = 'redis://127.0.0.1:6379';
const CRMS: readonly Crm[] = ['hubspot', 'salesforce'];

beforeAll(() => requireBuiltCli());
afterAll(() => killAll());

async function setFaults(d: TestDemo, body: Record<string, unknown> | undefined): Promise<void> {
  const answer = await fetch(`${d.sandboxUrl}/__sandbox/faults`, {
    method: body ? 'POST' : 'DELETE',
    ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  expect(answer.status).toBe(200);
}

const idle = (d: TestDemo) => async () => {
  const depth = await d.service.queue.depth();
  return depth.waiting === 0 && depth.active === 0 ? true : undefined;
};

/** Every key account of both CRMs, changed through their SDKs. */
async function changeAll(d: TestDemo): Promise<Record<Crm, string[]>> {
  const changed = {
    hubspot: await keyAccountIds(d, 'hubspot'),
    salesforce: await keyAccountIds(d, 'salesforce'),
  };
  await Promise.all(CRMS.map((crm) => changeRatings(d, crm, changed[crm])));
  return changed;
}

/** Waits until every changed account has a score (none had one: the web process scores nothing). */
async function untilAllScored(d: TestDemo, changed: Record<Crm, string[]>, timeoutMs: number): Promise<void> {
  await Promise.all(
    CRMS.map((crm) => untilRescored(d, crm, new Map(changed[crm].map((id) => [id, undefined])), timeoutMs)),
  );
  await d.until(idle(d), timeoutMs, 'the queue to be idle');
}

describe('a worker killed with SIGKILL mid-batch (SQLite store and queue)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kam-workers-sqlite-'));
  const env = {
    KAM_STORE_URL: `sqlite:${join(dir, 'kam.db')}`,
    KAM_QUEUE_URL: `sqlite:${join(dir, 'queue.db')}`,
    KAM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    KAM_JOB_LEASE_MS: '2000',
    KAM_COALESCE_MS: '300',
    KAM_SWEEP_INTERVAL_MS: '0',
    KAM_LANG: 'en',
  };
  let d: TestDemo;
  beforeAll(async () => {
    d = await startTestDemo({ ...env, KAM_ROLE: 'web' }, { accounts: 50 });
  }, 60_000);
  afterAll(async () => {
    await killAll();
    await d?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands its runs to the next worker, and every account ends correctly scored', async () => {
    // HubSpot answers slowly and Salesforce quickly: Salesforce's batch is written while HubSpot's runs
    await setFaults(d, { hubspot: { latencyMs: 150 }, salesforce: { latencyMs: 50 } });
    const doomed = await startKam('doomed', ['worker'], { ...env, KAM_LOG_LEVEL: 'debug' });
    const changed = await changeAll(d);
    const all = CRMS.flatMap((crm) => changed[crm].map((id) => ({ crm, id })));
    expect(all).toHaveLength(100);
    const scored = async () => {
      let n = 0;
      for (const crm of CRMS)
        for (const entry of (await newestScores(d, crm, changed[crm])).values()) if (entry) n++;
      return n;
    };

    await d.until(
      async () => ((await scored()) > 0 && (await d.service.queue.depth()).active > 0 ? true : undefined),
      30_000,
      'the first scores written while other runs hold leases',
    );
    const killed = await doomed.stop('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const scoredByDoomed = await scored();
    expect(scoredByDoomed).toBeLessThan(all.length);
    // runs the dead worker had leased are still marked active until their lease runs out
    expect((await d.service.queue.depth()).active).toBeGreaterThan(0);

    const heir = await startKam('heir', ['worker'], { ...env, KAM_LOG_LEVEL: 'debug' });
    await untilAllScored(d, changed, 60_000);
    // the heir ran jobs a second time: the ones the dead worker had started
    expect(jobRuns(heir).filter((r) => r.attempt >= 2).length).toBeGreaterThan(0);
    expect(await d.service.queue.deadLetters(10)).toEqual([]);

    await setFaults(d, undefined);
    for (const crm of CRMS) await expectScoresCurrent(d, crm, changed[crm]);
    await heir.stop('SIGTERM');
  }, 90_000);
});

describe('two workers on Redis and PostgreSQL', () => {
  const suffix = randomBytes(4).toString('hex');
  const schema = `kam_e2e_${suffix}`;
  const prefix = `kam-e2e-${suffix}`;
  /** The sandbox portal's limit, and the pace the service keeps to (a little under it). */
  const PORTAL_LIMIT = 100;
  const PACE = 90;
  const env = {
    KAM_STORE_URL: `${PG_URL}?schema=${schema}`,
    KAM_QUEUE_URL: `${REDIS_URL}/?prefix=${prefix}`,
    KAM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    KAM_COALESCE_MS: '300',
    KAM_SWEEP_INTERVAL_MS: '0',
    KAM_LANG: 'en',
    HUBSPOT_CALLS_PER_10S: String(PACE),
    KAM_WORKER_CONCURRENCY: '20',
  };
  let d: TestDemo | undefined;
  beforeAll(async () => {
    d = await startTestDemo(
      { ...env, KAM_ROLE: 'web' },
      { accounts: 100, hubspotRateLimit: { max: PORTAL_LIMIT, intervalMs: 10_000 } },
    );
  }, 60_000);
  afterAll(async () => {
    await killAll();
    await d?.stop();
    const db = new pg.Client({ connectionString: PG_URL });
    await db.connect();
    try {
      await db.query(`DROP SCHEMA IF EXISTS ${db.escapeIdentifier(schema)} CASCADE`);
    } finally {
      await db.end();
    }
    const redis = new Redis(REDIS_URL);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      await redis.quit();
    }
  }, 30_000);

  it('share 200 account changes: all scored correctly, no account twice at once, no 429', async () => {
    const demo = d!;
    const workers: KamProcess[] = [];
    for (const name of ['first', 'second'])
      workers.push(await startKam(name, ['worker'], { ...env, KAM_LOG_LEVEL: 'debug' }));
    expect((await fetch(`${demo.sandboxUrl}/__sandbox/stats`, { method: 'DELETE' })).status).toBe(204);

    const changed = await changeAll(demo);
    expect(changed.hubspot.length + changed.salesforce.length).toBe(200);
    await untilAllScored(demo, changed, 75_000);
    const stats = (await (await fetch(`${demo.sandboxUrl}/__sandbox/stats`)).json()) as CallStats;

    // HubSpot: more calls than one window allows, none refused: the two workers kept one pace
    const hubspotCalls = Object.entries(stats.byRoute)
      .filter(([route]) => !route.split(' ')[1]!.startsWith('/services/'))
      .reduce((n, [, count]) => n + count, 0);
    expect(hubspotCalls).toBeGreaterThan(PORTAL_LIMIT);
    expect(stats.byStatus['429'] ?? 0).toBe(0);

    // both did work, and no subject (here: one account each) ran in both at overlapping times
    const runs = workers.map((w) => jobRuns(w));
    expect(runs.map((r) => r.length > 0)).toEqual([true, true]);
    const bySubject = new Map<string, { startedAt: number; endedAt: number }[]>();
    for (const run of runs.flat()) bySubject.set(run.subject, [...(bySubject.get(run.subject) ?? []), run]);
    expect(bySubject.size).toBe(200);
    const overlapping = [...bySubject].filter(([, list]) =>
      list
        .sort((a, b) => a.startedAt - b.startedAt)
        .some((run, i) => i > 0 && run.startedAt < list[i - 1]!.endedAt),
    );
    expect(overlapping.map(([subject]) => subject)).toEqual([]);
    expect(await demo.service.queue.deadLetters(10)).toEqual([]);

    for (const crm of CRMS) await expectScoresCurrent(demo, crm, changed[crm]);
    // the store URL's `?schema=` kept this installation's tables in a schema of its own
    const db = new pg.Client({ connectionString: PG_URL });
    await db.connect();
    try {
      const tables = await db.query(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
        [schema],
      );
      expect(tables.rowCount).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
    for (const w of workers) expect(await w.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  }, 120_000);
});

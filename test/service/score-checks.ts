/**
 * Checks shared by the end-to-end suites of scoring: changing selection ratings through the CRMs'
 * own SDKs, waiting until accounts are re-scored, and whether each score in the CRM is what the core
 * computes from the account's current data.
 */
import { expect } from '@jest/globals';
import type { ScoreResult } from '../../src/core/scoring/index.js';
import { DEFAULT_MODEL, score } from '../../src/core/scoring/index.js';
import type { ScoreHistoryEntry } from '../../src/store/port.js';
import type { TestDemo } from './harness.js';

export type Crm = 'hubspot' | 'salesforce';

/** What the CRM shows of an account's score. */
export interface CrmScore {
  readonly score: number | undefined;
  readonly tier: string | undefined;
  readonly quadrant: string | undefined;
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one of the test's own CRM calls again while the sandbox answers it with an injected fault
 * (the test's clients have no retry policy of their own; the service's adapters do).
 */
export async function retried<T>(call: () => PromiseLike<T>, attempts = 30): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (attempt >= attempts) throw e;
      await sleep(100);
    }
  }
}

export const tenantOf = (d: TestDemo, crm: Crm): string => d.tenants[crm];

/** Every key account of the demo on one CRM, as the service's own adapter lists them. */
export async function keyAccountIds(d: TestDemo, crm: Crm): Promise<string[]> {
  const { port } = await d.service.ports.get(tenantOf(d, crm));
  const ids: string[] = [];
  for await (const page of port.listAccounts()) ids.push(...page);
  return ids;
}

/** The rating an account gets: the far end of the scale from the one it has, so its score moves. */
const otherRating = (current: unknown): number => (Number(current) >= 3 ? 1 : 5);

/** Sets each account's strategic-fit rating through the CRM's SDK (batch calls, as an import would). */
export async function changeRatings(d: TestDemo, crm: Crm, ids: readonly string[]): Promise<void> {
  if (crm === 'hubspot') {
    for (const part of chunks(ids, 100)) {
      const read = await retried(() =>
        d.hubspot.crm.companies.batchApi.read({
          inputs: part.map((id) => ({ id })),
          properties: ['kam_rating_strategic_fit'],
          propertiesWithHistory: [],
        }),
      );
      const inputs = read.results.map((c) => ({
        id: c.id,
        properties: { kam_rating_strategic_fit: String(otherRating(c.properties.kam_rating_strategic_fit)) },
      }));
      expect(inputs).toHaveLength(part.length);
      await retried(() => d.hubspot.crm.companies.batchApi.update({ inputs }));
    }
    return;
  }
  for (const part of chunks(ids, 200)) {
    const rows = await retried(() =>
      d.salesforce.query<{ Id: string; KAM_Rating_Strategic_Fit__c: number | null }>(
        `SELECT Id, KAM_Rating_Strategic_Fit__c FROM Account WHERE Id IN (${part.map((id) => `'${id}'`).join(',')})`,
      ),
    );
    expect(rows.records).toHaveLength(part.length);
    const updates = rows.records.map((r) => ({
      Id: r.Id,
      KAM_Rating_Strategic_Fit__c: otherRating(r.KAM_Rating_Strategic_Fit__c),
    }));
    const results = await retried(() => d.salesforce.sobject('Account').update(updates, { allOrNone: true }));
    expect(results.every((r) => r.success)).toBe(true);
  }
}

/** The score outputs each account shows in the CRM, read through the CRM's SDK. */
export async function crmScores(
  d: TestDemo,
  crm: Crm,
  ids: readonly string[],
): Promise<Map<string, CrmScore>> {
  const out = new Map<string, CrmScore>();
  const num = (v: unknown) => (v === null || v === undefined || v === '' ? undefined : Number(v));
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  if (crm === 'hubspot') {
    for (const part of chunks(ids, 100)) {
      const read = await retried(() =>
        d.hubspot.crm.companies.batchApi.read({
          inputs: part.map((id) => ({ id })),
          properties: ['kam_score', 'kam_tier', 'kam_quadrant'],
          propertiesWithHistory: [],
        }),
      );
      for (const c of read.results)
        out.set(c.id, {
          score: num(c.properties.kam_score),
          tier: text(c.properties.kam_tier),
          quadrant: text(c.properties.kam_quadrant),
        });
    }
    return out;
  }
  for (const part of chunks(ids, 100)) {
    const rows = await retried(() =>
      d.salesforce.query<Record<string, unknown> & { Id: string }>(
        `SELECT Id, KAM_Score__c, KAM_Tier__c, KAM_Quadrant__c FROM Account WHERE Id IN (${part.map((id) => `'${id}'`).join(',')})`,
      ),
    );
    for (const r of rows.records)
      out.set(r.Id, {
        score: num(r.KAM_Score__c),
        tier: text(r.KAM_Tier__c),
        quadrant: text(r.KAM_Quadrant__c),
      });
  }
  return out;
}

/** The newest entry of each account's score history (undefined: never scored). */
export async function newestScores(
  d: TestDemo,
  crm: Crm,
  ids: readonly string[],
): Promise<Map<string, ScoreHistoryEntry | undefined>> {
  const tenantId = tenantOf(d, crm);
  const entries = await Promise.all(ids.map((id) => d.service.store.scoreHistory(tenantId, id, 1)));
  return new Map(ids.map((id, i) => [id, entries[i]?.[0]]));
}

/**
 * Waits until every account has a newest history entry other than the one it had in `before` (an
 * entry with another input hash: its inputs changed and it was scored again; any entry where `before`
 * has none). A timeout names a few accounts still waited for.
 */
export async function untilRescored(
  d: TestDemo,
  crm: Crm,
  before: ReadonlyMap<string, ScoreHistoryEntry | undefined>,
  timeoutMs: number,
): Promise<void> {
  const ids = [...before.keys()];
  let pending = ids;
  await d
    .until(
      async () => {
        const now = await newestScores(d, crm, pending);
        pending = pending.filter((id) => {
          const entry = now.get(id);
          return entry === undefined || entry.inputHash === before.get(id)?.inputHash;
        });
        return pending.length === 0 ? true : undefined;
      },
      timeoutMs,
      `${crm} accounts to be re-scored (${ids.length} changed)`,
    )
    .catch((e: unknown) => {
      throw new Error(
        `${(e as Error).message}; still waiting for ${pending.length}: ${pending.slice(0, 5).join(', ')}`,
      );
    });
}

/** The core's score of each account as the CRM holds it now, at the instant given per account. */
export async function coreScores(
  d: TestDemo,
  crm: Crm,
  at: ReadonlyMap<string, Date>,
): Promise<Map<string, ScoreResult>> {
  const tenantId = tenantOf(d, crm);
  const { port } = await d.service.ports.get(tenantId);
  const model = (await d.service.store.scoringModel(tenantId)) ?? DEFAULT_MODEL;
  const out = new Map<string, ScoreResult>();
  for (const part of chunks([...at.keys()], 100)) {
    const batch = await port.loadSnapshots(part);
    expect(batch.failures).toEqual([]);
    for (const snapshot of batch.snapshots)
      out.set(snapshot.account.id, score(snapshot, model, at.get(snapshot.account.id)!));
  }
  return out;
}

/**
 * Every account's score in the CRM is the core's score of the data the CRM holds now: its newest
 * history entry was made from exactly this data (same input hash), and the CRM shows the score the
 * core computes from it at the instant the service scored it.
 */
export async function expectScoresCurrent(d: TestDemo, crm: Crm, ids: readonly string[]): Promise<void> {
  const newest = await newestScores(d, crm, ids);
  const unscored = ids.filter((id) => newest.get(id) === undefined);
  expect(unscored).toEqual([]);
  const expected = await coreScores(
    d,
    crm,
    new Map(ids.map((id) => [id, new Date(newest.get(id)!.scoredAt)])),
  );
  const shown = await crmScores(d, crm, ids);
  const wrong: string[] = [];
  for (const id of ids) {
    const want = expected.get(id);
    const have = shown.get(id);
    const entry = newest.get(id)!;
    if (
      !want ||
      !have ||
      entry.inputHash !== want.inputHash ||
      entry.score !== want.score ||
      have.score !== want.score ||
      have.tier !== want.tier ||
      have.quadrant !== want.quadrant
    )
      wrong.push(
        `${id}: CRM ${JSON.stringify(have)}, history ${entry.score}/${entry.inputHash}, core ${want?.score}/${want?.tier}/${want?.quadrant}/${want?.inputHash}`,
      );
  }
  expect(wrong).toEqual([]);
}

/**
 * The conformance suite every `CrmPort` adapter passes against the sandbox seeded with the demo
 * portfolio. CRM-specific knowledge comes from `setup`: how CRM ids map back to core ids, how to read
 * the written outputs through the CRM's SDK, and the lower bound of calls for a load.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AccountSnapshot, Contact, Potential, Relationship } from '../../../src/core/model/index.js';
import { DEFAULT_MODEL, score } from '../../../src/core/scoring/index.js';
import type { CrmPort, RecordRef, ScoreWrite } from '../../../src/crm/port.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { describeAccountsOf } from './accounts-of.js';

/** Kinds of seeded records whose changes reach the service as events (for `accountsOf`). */
export type RefKind =
  'contact' | 'deal' | 'relationship' | 'valueChainNote' | 'potential' | 'plan' | 'action';

export interface ConformanceSetup {
  readonly port: CrmPort;
  readonly sandbox: Sandbox;
  /** The seeded demo as the CRM holds it (core ids, after the mapping's documented losses), sorted. */
  readonly demo: readonly AccountSnapshot[];
  /** CRM ids of the demo accounts, in the order of `demo`. */
  readonly accountIds: readonly string[];
  /** A loaded snapshot with CRM ids turned back into core ids, lists sorted like `demo`. */
  toCore(snapshot: AccountSnapshot): AccountSnapshot;
  /** The score output as the CRM's SDK reads it back (not through the port). */
  readScore(accountId: string): Promise<{ score: number; tier: string }>;
  /** Σ over object types of ceil(records / batch size) for loading these accounts. */
  loadLowerBound(accountIds: readonly string[]): number;
  /** Calls needed to check n accounts' current outputs (a write that changes nothing). */
  outputReadCalls(n: number): number;
  /** An id in the CRM's id format that names no account. */
  readonly unknownAccountId: string;
  /** Creates `count` bare key accounts through the CRM's SDK, in its batches (for the paging test). */
  addKeyAccounts(count: number): Promise<void>;
  /** Ids per page of `listAccounts` (HubSpot search 200, Salesforce query 2,000). */
  readonly listPageSize: number;
  /** Every seeded record of `kind` of the demo account at `accountIndex`, named as the CRM's events name it. */
  recordRefs(kind: RefKind, accountIndex: number): readonly RecordRef[];
  /** An account (HubSpot company, Salesforce Account) as events name it. */
  accountRef(accountId: string): RecordRef;
  /** The same record named another way events may name it (HubSpot: type name; Salesforce: 15-char id). */
  otherNaming(ref: RecordRef): RecordRef;
  /** A record of `kind` whose id has the CRM's format but names nothing. */
  unknownRef(kind: RefKind): RecordRef;
  /** Creates, through the CRM's SDK, an account that is not a key account, with one contact. */
  addNonKeyAccount(): Promise<{ readonly account: RecordRef; readonly contact: RecordRef }>;
  /** Fewest calls `accountsOf(refs)` can answer with, the refs belonging to `accounts` distinct accounts. */
  accountsOfLowerBound(refs: readonly RecordRef[], accounts: number): number;
  teardown(): Promise<void>;
}

const NOW = new Date('2026-11-27T09:00:00Z');

const byId = <T extends { id: string }>(xs: readonly T[], id: string) => xs.find((x) => x.id === id);

export function describeCrmConformance(name: string, setup: () => Promise<ConformanceSetup>): void {
  describe(`CrmPort conformance: ${name}`, () => {
    let s: ConformanceSetup;
    const faults = (body: Record<string, unknown>) =>
      fetch(`${s.sandbox.url()}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ [s.port.kind]: body }),
      });
    const load = async (ids: readonly string[]) => {
      const batch = await s.port.loadSnapshots(ids);
      expect(batch.failures).toEqual([]);
      expect(batch.notKeyAccounts).toEqual([]);
      return batch.snapshots;
    };
    /** The batch and the calls it took. */
    const measured = async (ids: readonly string[]) => {
      const before = s.port.usage().calls;
      const batch = await s.port.loadSnapshots(ids);
      return { batch, calls: s.port.usage().calls - before };
    };
    const scored = (snapshots: readonly AccountSnapshot[], now = NOW): ScoreWrite[] =>
      snapshots.map((snapshot) => ({
        accountId: snapshot.account.id,
        result: score(snapshot, DEFAULT_MODEL, now),
      }));

    beforeAll(async () => {
      s = await setup();
    }, 60_000);
    afterAll(() => s?.teardown());

    it('lists every key account once', async () => {
      const seen: string[] = [];
      for await (const page of s.port.listAccounts()) seen.push(...page);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...s.accountIds].sort());
    });

    it('loads every demo account as it was seeded', async () => {
      const snapshots = await load(s.accountIds);
      expect(snapshots.map((x) => x.account.id)).toEqual(s.accountIds);
      snapshots.forEach((x, i) => expect(s.toCore(x)).toEqual(s.demo[i]));
    });

    it('reports an unknown account as a failure, loading the others', async () => {
      const batch = await s.port.loadSnapshots([s.accountIds[0]!, s.unknownAccountId]);
      expect(batch.snapshots.map((x) => x.account.id)).toEqual([s.accountIds[0]]);
      expect(batch.failures.map((f) => f.accountId)).toEqual([s.unknownAccountId]);
      expect(batch.notKeyAccounts).toEqual([]);
    });

    it('names an account that is not a key account, loading the key accounts beside it at no extra call', async () => {
      const other = (await s.addNonKeyAccount()).account.id;
      const keys = s.accountIds.slice(0, 3);
      await s.port.loadSnapshots(keys.slice(0, 1)); // portal lookups are read once per adapter
      const plain = await measured(keys);
      const mixed = await measured([keys[0]!, other, keys[1]!, keys[2]!]);
      expect(mixed.batch).toEqual({
        snapshots: plain.batch.snapshots,
        notKeyAccounts: [other],
        failures: [],
      });
      expect(mixed.calls).toBeLessThanOrEqual(plain.calls);
      // Nothing more is read for it than for an id that names nothing: no associations, no children.
      const alone = await measured([other]);
      expect(alone.batch).toEqual({ snapshots: [], notKeyAccounts: [other], failures: [] });
      const unknown = await measured([s.unknownAccountId]);
      expect(unknown.batch.failures.map((f) => f.accountId)).toEqual([s.unknownAccountId]);
      expect(alone.calls).toBeLessThanOrEqual(unknown.calls);
    });

    it('loads the whole demo within 1.2 × the lower bound of calls', async () => {
      await s.port.loadSnapshots(s.accountIds.slice(0, 1)); // portal lookups are read once per adapter
      const before = s.port.usage().calls;
      await load(s.accountIds);
      const used = s.port.usage().calls - before;
      const bound = s.loadLowerBound(s.accountIds);
      process.stdout.write(`${name}: demo load used ${used} calls, lower bound ${bound}\n`);
      expect(used).toBeLessThanOrEqual(Math.floor(1.2 * bound));
    });

    it('writes scores visibly, and a second identical write sends nothing', async () => {
      const writes = scored(await load(s.accountIds));
      const first = await s.port.writeScores(writes, 'de');
      expect(first.failures).toEqual([]);
      expect(first.written + first.unchanged).toBe(writes.length);
      for (const w of writes.slice(0, 3)) {
        const back = await s.readScore(w.accountId);
        expect(back.score).toBeCloseTo(w.result.score, 6);
        expect(back.tier).toBe(w.result.tier);
      }
      const before = s.port.usage().calls;
      const later = scored(await load(s.accountIds), new Date(NOW.getTime() + 60_000));
      const afterLoad = s.port.usage().calls;
      const second = await s.port.writeScores(later, 'de');
      expect(second).toEqual({ written: 0, unchanged: writes.length, failures: [] });
      expect(s.port.usage().calls - afterLoad).toBeLessThanOrEqual(s.outputReadCalls(writes.length));
      expect(afterLoad).toBeGreaterThan(before);
    }, 30_000);

    it('reports a partial batch failure per account', async () => {
      const [snapshot] = await load(s.accountIds.slice(0, 1));
      const result = score(snapshot!, DEFAULT_MODEL, NOW);
      const changed = { ...result, score: result.score === 50 ? 51 : 50 };
      const summary = await s.port.writeScores(
        [
          { accountId: s.accountIds[0]!, result: changed },
          { accountId: s.unknownAccountId, result },
        ],
        'en',
      );
      expect(summary.written).toBe(1);
      expect(summary.failures.map((f) => f.accountId)).toEqual([s.unknownAccountId]);
      expect(summary.failures[0]!.reason.length).toBeGreaterThan(0);
      expect((await s.readScore(s.accountIds[0]!)).score).toBe(changed.score);
      await s.port.writeScores([{ accountId: s.accountIds[0]!, result }], 'en');
    }, 30_000);

    it('creates, updates and deletes KAM records (round trip through a load)', async () => {
      const accountId = s.accountIds[0]!;
      const [before] = await load([accountId]);
      const potential: Potential = {
        id: 'new-potential',
        productLine: 'Conformance line',
        horizon: 'medium',
        volumePerYear: 12_345,
        probability: 0.4,
      } as Potential;
      const saved = await s.port.saveRecord(accountId, 'potential', potential);
      expect(saved.id).not.toBe('new-potential');
      let [now] = await load([accountId]);
      expect(byId(now!.potentials, saved.id)).toMatchObject({
        productLine: 'Conformance line',
        volumePerYear: 12_345,
      });
      await s.port.saveRecord(accountId, 'potential', { ...saved, volumePerYear: 20_000 });
      [now] = await load([accountId]);
      expect(byId(now!.potentials, saved.id)?.volumePerYear).toBe(20_000);
      expect(now!.potentials).toHaveLength(before!.potentials.length + 1);

      const [a, b] = before!.contacts;
      const tie = (await s.port.saveRecord(accountId, 'relationship', {
        id: 'new-tie',
        fromId: a!.id,
        toId: b!.id,
        kind: 'trusts',
        strength: 3,
        note: 'conformance',
      } as Relationship)) as Relationship;
      [now] = await load([accountId]);
      expect(byId(now!.relationships, tie.id)).toMatchObject({
        fromId: a!.id,
        toId: b!.id,
        kind: 'trusts',
        strength: 3,
      });

      await s.port.saveRecord(accountId, 'contact', { ...a!, influence: a!.influence === 5 ? 4 : 5 });
      [now] = await load([accountId]);
      expect(byId(now!.contacts, a!.id)?.influence).toBe(a!.influence === 5 ? 4 : 5);
      await s.port.saveRecord(accountId, 'contact', a!);

      await s.port.deleteRecord(accountId, 'potential', saved.id);
      await s.port.deleteRecord(accountId, 'relationship', tie.id);
      [now] = await load([accountId]);
      expect(s.toCore(now!)).toEqual(s.demo[0]);
    }, 30_000);

    it('refuses a record the core schema rejects, naming the field', async () => {
      const [snapshot] = await load(s.accountIds.slice(0, 1));
      const [a, b] = snapshot!.contacts;
      await expect(
        s.port.saveRecord(s.accountIds[0]!, 'relationship', {
          id: 'bad',
          fromId: a!.id,
          toId: b!.id,
          kind: 'trusts',
          strength: 9,
        } as Relationship),
      ).rejects.toThrow(/strength/);
    });

    it('loses nothing in a 429 storm (30 % of calls refused)', async () => {
      const before = s.port.usage();
      expect((await faults({ tooManyRequests: 0.3 })).ok).toBe(true);
      try {
        const snapshots = await load(s.accountIds);
        snapshots.forEach((x, i) => expect(s.toCore(x)).toEqual(s.demo[i]));
        const summary = await s.port.writeScores(scored(snapshots), 'de');
        expect(summary.failures).toEqual([]);
        expect(summary.written + summary.unchanged).toBe(snapshots.length);
      } finally {
        await fetch(`${s.sandbox.url()}/__sandbox/faults`, { method: 'DELETE' });
      }
      expect(s.port.usage().rateLimited).toBeGreaterThan(before.rateLimited);
    }, 60_000);

    describeAccountsOf(() => s);

    // Last: it adds accounts the other tests do not expect.
    // changes the seeded data for good: after every test that compares loads with the demo
    it('creates a new contact of the account from the buying center, then it is one of its people', async () => {
      const accountId = s.accountIds[1]!;
      const [before] = await load([accountId]);
      const created = await s.port.saveRecord(accountId, 'contact', {
        id: 'new-contact',
        name: 'Dr. Petra Konform',
        jobTitle: 'Leiterin Einkauf',
        email: 'petra.konform@example.com',
        roles: ['buyer', 'decider'],
        influence: 4,
        attitude: 1,
        needsFactual: 'Lieferfähigkeit',
      } as Contact);
      expect(created.id).not.toBe('new-contact');
      const [now] = await load([accountId]);
      expect(now!.contacts).toHaveLength(before!.contacts.length + 1);
      expect(byId(now!.contacts, created.id)).toMatchObject({
        name: 'Dr. Petra Konform',
        jobTitle: 'Leiterin Einkauf',
        email: 'petra.konform@example.com',
        roles: expect.arrayContaining(['buyer', 'decider']),
        influence: 4,
        attitude: 1,
        needsFactual: 'Lieferfähigkeit',
      });
      // it belongs to this account only
      expect(await s.port.accountsOf([{ type: s.unknownRef('contact').type, id: created.id }])).toEqual([
        [accountId],
      ]);
    }, 30_000);

    it('pages through more than 10,000 key accounts, each once, one call per page', async () => {
      await s.addKeyAccounts(10_050);
      const before = s.port.usage().calls;
      const seen = new Set<string>();
      let listed = 0;
      for await (const page of s.port.listAccounts()) {
        listed += page.length;
        for (const id of page) seen.add(id);
      }
      const total = s.accountIds.length + 10_050;
      expect(listed).toBe(total);
      expect(seen.size).toBe(total);
      for (const id of s.accountIds) expect(seen.has(id)).toBe(true);
      // one call per full page, and at most one more to find the end
      expect(s.port.usage().calls - before).toBeLessThanOrEqual(Math.ceil(total / s.listPageSize) + 1);
    }, 90_000);
  });
}

/**
 * The `accountsOf` part of the conformance suite: which key accounts a changed record belongs to,
 * as the service's worker asks after a webhook or outbound message.
 */
import { expect, it } from '@jest/globals';
import type { RecordRef } from '../../../src/crm/port.js';
import type { ConformanceSetup, RefKind } from './suite.js';

const KINDS: readonly RefKind[] = [
  'contact',
  'deal',
  'relationship',
  'valueChainNote',
  'potential',
  'plan',
  'action',
];

/** A ref and the account it was seeded under. */
interface Owned {
  readonly ref: RecordRef;
  readonly accountId: string;
}

/** Every seeded record, account by account; within an account the kinds take turns. */
function allRecords(s: ConformanceSetup): Owned[] {
  return s.accountIds.flatMap((accountId, i) => {
    const lists = KINDS.map((kind) => s.recordRefs(kind, i));
    const longest = Math.max(...lists.map((l) => l.length));
    return Array.from({ length: longest }, (_, n) => lists.flatMap((l) => (l[n] ? [l[n]] : []))).flatMap(
      (refs) => refs.map((ref) => ({ ref, accountId })),
    );
  });
}

/** The first demo account that has records of `kind`, with them. */
function firstWith(s: ConformanceSetup, kind: RefKind): { index: number; refs: readonly RecordRef[] } {
  for (let index = 0; index < s.accountIds.length; index++) {
    const refs = s.recordRefs(kind, index);
    if (refs.length > 0) return { index, refs };
  }
  throw new Error(`the demo has no ${kind} records`);
}

/** Registers the `accountsOf` tests; `setup` is read when they run (after the suite's beforeAll). */
export function describeAccountsOf(setup: () => ConformanceSetup): void {
  it('accountsOf: each kind of record belongs to the account it was seeded under', async () => {
    const s = setup();
    for (const kind of KINDS) {
      const { index, refs } = firstWith(s, kind);
      const some = refs.slice(0, 3);
      expect({ kind, answer: await s.port.accountsOf(some) }).toEqual({
        kind,
        answer: some.map(() => [s.accountIds[index]]),
      });
    }
  });

  it('accountsOf: a key account is its own, however events name it', async () => {
    const s = setup();
    const [first, second] = s.accountIds;
    const contact = firstWith(s, 'contact');
    const action = firstWith(s, 'action');
    const answer = await s.port.accountsOf([
      s.accountRef(first!),
      s.otherNaming(s.accountRef(second!)),
      s.otherNaming(contact.refs[0]!),
      s.otherNaming(action.refs[0]!),
    ]);
    expect(answer).toEqual([[first], [second], [s.accountIds[contact.index]], [s.accountIds[action.index]]]);
  });

  it('accountsOf: [] for accounts that are not key accounts, their records, unknown ids and types', async () => {
    const s = setup();
    const other = await s.addNonKeyAccount();
    const contact = s.recordRefs('contact', 0)[0]!;
    const answer = await s.port.accountsOf([
      other.account,
      other.contact,
      s.unknownRef('contact'),
      s.unknownRef('action'),
      s.accountRef(s.unknownAccountId),
      { type: 'NoSuchObjectType', id: contact.id },
      { type: contact.type, id: 'not an id' },
      contact,
    ]);
    expect(answer).toEqual([[], [], [], [], [], [], [], [s.accountIds[0]]]);
  });

  it('accountsOf: answers in the order asked, repeats included', async () => {
    const s = setup();
    const records = allRecords(s);
    // A deterministic shuffle across accounts and kinds: every 7th record, then the same again reversed.
    const picked = records.filter((_, i) => i % 7 === 3).slice(0, 20);
    const asked = [...picked, s.unknownRef('deal'), ...[...picked].reverse()];
    const answer = await s.port.accountsOf(asked.map((x) => ('ref' in x ? x.ref : x)));
    expect(answer).toEqual(asked.map((x) => ('ref' in x ? [x.accountId] : [])));
    expect(new Set(picked.map((p) => p.accountId)).size).toBeGreaterThan(1);
  });

  it('accountsOf: 250 records of every kind within the lower bound of calls', async () => {
    const s = setup();
    const records = allRecords(s);
    // Round-robin over the accounts, so the batch spans many accounts and every kind.
    const byAccount = s.accountIds.map((id) => records.filter((r) => r.accountId === id));
    const batch: Owned[] = [];
    for (let round = 0; batch.length < 250 && byAccount.some((l) => l.length > round); round++)
      for (const list of byAccount) if (list[round] && batch.length < 250) batch.push(list[round]!);
    const withAccounts = [
      ...batch.slice(0, 240),
      ...s.accountIds.slice(0, 10).map((accountId) => ({
        ref: s.accountRef(accountId),
        accountId,
      })),
    ];
    expect(withAccounts).toHaveLength(250);
    const refs = withAccounts.map((x) => x.ref);
    expect(new Set(refs.map((r) => `${r.type}/${r.id}`)).size).toBe(250);
    expect(new Set(refs.map((r) => r.type)).size).toBe(KINDS.length + 1);

    await s.port.accountsOf([firstWith(s, 'action').refs[0]!]); // portal lookups are read once per adapter
    const before = s.port.usage().calls;
    const answer = await s.port.accountsOf(refs);
    const used = s.port.usage().calls - before;
    expect(answer).toEqual(withAccounts.map((x) => [x.accountId]));
    const accounts = new Set(withAccounts.map((x) => x.accountId)).size;
    const bound = s.accountsOfLowerBound(refs, accounts);
    process.stdout.write(`${s.port.kind}: accountsOf(250 refs) used ${used} calls, lower bound ${bound}\n`);
    expect(used).toBeLessThanOrEqual(bound);
  }, 30_000);
}

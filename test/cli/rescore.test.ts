import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CrmSandbox } from './crm-helpers.js';
import { crmSandbox, kam } from './crm-helpers.js';

/** `read` again while the CRM answers 429 (the SDK client of these tests does not retry). */
async function patiently<T>(read: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await read();
    } catch (e) {
      if ((e as { code?: unknown }).code !== 429) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

describe.each([
  { side: 'hubspot' as const, unknown: '999999999' },
  { side: 'salesforce' as const, unknown: '001000000000000AAA' },
])('kam rescore against the seeded $side sandbox', ({ side, unknown }) => {
  let crm: CrmSandbox;
  let env: Record<string, string>;
  let ids: string[];
  let notKey: string;
  const readScore = (id: string) => (side === 'hubspot' ? crm.hubspotScore(id) : crm.salesforceScore(id));

  beforeAll(async () => {
    crm = await crmSandbox({ seed: 'demo' });
    env = side === 'hubspot' ? crm.hubspotEnv : crm.salesforceEnv;
    ids = Object.values(crm.sandbox.seeded!.sides[side]!.accounts);
    // made here, while the portal's rolling call window is still empty
    notKey = await crm.addNonKeyAccount(side);
  });
  afterAll(() => crm.sandbox.stop());

  it('--dry-run scores every account and writes nothing', async () => {
    const before = await Promise.all(ids.slice(0, 5).map(readScore));
    const r = await kam(['rescore', '--all', '--dry-run', '--lang', 'en'], env);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^dry run: nothing written \(\w+: 36 scored, 0 failed · \d+ API calls/);
    expect(r.err).toMatch(/^rescore: 36\/36 accounts · \d+ calls · [\d.,]+ accounts\/s$/m);
    expect(await Promise.all(ids.slice(0, 5).map(readScore))).toEqual(before);
  });

  it('--all writes scores the SDK sees; a second run writes nothing', async () => {
    const first = await kam(['rescore', '--all', '--lang', 'en'], env);
    expect(first.code).toBe(0);
    const m = /: 36 scored, (\d+) changed, (\d+) written, 0 failed/.exec(first.out);
    expect(m).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThan(0);
    expect(m![1]).toBe(m![2]);
    for (const score of await Promise.all(ids.map(readScore))) {
      expect(Number(score)).toBeGreaterThanOrEqual(0);
      expect(Number(score)).toBeLessThanOrEqual(100);
      expect(score).not.toBeNull();
    }
    const second = await kam(['rescore', '--all', '--lang', 'en'], env);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/: 36 scored, 0 changed, 0 written, 0 failed/);
  });

  it('--account with an unknown id fails that account only (exit 1), in German', async () => {
    const r = await kam(['rescore', '--account', ids[0]!, unknown, '--lang', 'de'], env);
    expect(r.code).toBe(1);
    // written again: the stored reasons were English, now they are German
    expect(r.out).toMatch(
      /: 1 bewertet, 1 geändert, 1 geschrieben, 1 fehlgeschlagen · \d+ API-Aufrufe · [\d,]+ s$/m,
    );
    const failures = r.out.split('\n').filter((l) => l.startsWith('  Account '));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain(unknown);
  });

  // The runs before may have filled HubSpot's rolling window: the adapter then waits it out.
  it('--account naming an account that is not a key account says so and writes nothing (exit 1)', async () => {
    const r = await kam(['rescore', '--account', notKey, '--lang', 'en'], env);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/: 0 scored, 0 changed, 0 written, 1 failed · /);
    expect(r.out.split('\n')).toContain(`  account ${notKey}: not a key account (nothing written)`);
    expect(await patiently(async () => await readScore(notKey))).toBeFalsy();
  }, 30_000);
});

import { describe, expect, it } from '@jest/globals';
import { generatePortfolio, scoresAsOf, snapshotAsOf } from '../../../src/core/demo/index.js';
import { DEFAULT_MODEL, score } from '../../../src/core/scoring/index.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const portfolio = generatePortfolio({ now: NOW });
const classic = portfolio.find((s) => s.account.id === 'acc-classic')!;
const AS_OF = new Date('2026-05-29T09:00:00Z');
const day = AS_OF.toISOString().slice(0, 10);

describe('an account as it was known on an earlier day', () => {
  const then = snapshotAsOf(classic, AS_OF);

  it('keeps deals decided later open, and those decided before as they are', () => {
    for (const [i, deal] of then.deals.entries()) {
      const now = classic.deals[i]!;
      if (now.closeDate > day) expect(deal.status).toBe('open');
      else expect(deal.status).toBe(now.status);
    }
    expect(classic.deals.some((d) => d.status === 'won' && d.closeDate > day)).toBe(true);
  });

  it('has actions finished later still planned or in progress', () => {
    expect(then.actions.map((a) => a.id)).toEqual(classic.actions.map((a) => a.id));
    let changed = 0;
    for (const action of then.actions) {
      const now = classic.actions.find((a) => a.id === action.id)!;
      if (now.completedOn && now.completedOn > day) {
        changed++;
        expect(action.status).toBe(now.start > day ? 'planned' : 'in_progress');
        expect(action.completedOn).toBeUndefined();
      } else expect(action).toEqual(now);
    }
    expect(changed).toBeGreaterThan(0);
  });

  it('forgets activities and confirmations after that day', () => {
    // the demo has both after that day: the reconstruction has something to forget
    expect(portfolio.some((s) => (s.account.lastActivityAt ?? '') > AS_OF.toISOString())).toBe(true);
    expect(portfolio.some((s) => s.contacts.some((c) => (c.lastConfirmedAt ?? '') > day))).toBe(true);
    const later = portfolio.flatMap((s) => {
      const t = snapshotAsOf(s, AS_OF);
      return [
        ...(t.account.lastActivityAt && t.account.lastActivityAt > AS_OF.toISOString() ? [s.account.id] : []),
        ...t.contacts.filter((c) => c.lastConfirmedAt && c.lastConfirmedAt > day).map((c) => c.id),
      ];
    });
    expect(later).toEqual([]);
  });

  it('scores each instant as the account was then; today is today’s score', () => {
    const [past, today] = scoresAsOf(classic, DEFAULT_MODEL, [AS_OF, NOW]);
    expect(past!.scoredAt).toBe(AS_OF.toISOString());
    expect(today).toEqual(score(classic, DEFAULT_MODEL, NOW));
    expect(past!.inputHash).not.toBe(today!.inputHash);
  });
});

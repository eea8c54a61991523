import type { AccountSnapshot } from '../model/index.js';
import { collectFacts } from '../scoring/facts.js';
import type { ScoreResult, ScoringModel } from '../scoring/index.js';
import { scoreFacts } from '../scoring/index.js';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The account as it was known on `asOf`, reconstructed from today's records: deals decided later
 * were still open, actions finished later were still planned or in progress,
 * confirmations and activities after that day had not happened. The demo uses it to give every
 * account a score history, so the portfolio shows how accounts moved.
 */
export function snapshotAsOf(snapshot: AccountSnapshot, asOf: Date): AccountSnapshot {
  const until = day(asOf);
  const { lastActivityAt, ...account } = snapshot.account;
  return {
    ...snapshot,
    // what did not change stays the same object, so today's account hashes as today's
    account: lastActivityAt && lastActivityAt > asOf.toISOString() ? account : snapshot.account,
    contacts: snapshot.contacts.map((c) => {
      if (!c.lastConfirmedAt || c.lastConfirmedAt <= until) return c;
      const known = { ...c };
      delete known.lastConfirmedAt;
      return known;
    }),
    deals: snapshot.deals.map((d) =>
      d.status !== 'open' && d.closeDate > until ? { ...d, status: 'open' as const } : d,
    ),
    actions: snapshot.actions.map((a) => {
      const finishedLater = a.completedOn !== undefined && a.completedOn > until;
      const startedLater = a.start > until && a.status !== 'planned' && a.status !== 'cancelled';
      if (!finishedLater && !startedLater) return a;
      const then = { ...a, status: a.start > until ? ('planned' as const) : ('in_progress' as const) };
      delete then.completedOn;
      return then;
    }),
  };
}

/** Scores of the account as known at each of the instants (oldest first), for a demo history. */
export function scoresAsOf(
  snapshot: AccountSnapshot,
  model: ScoringModel,
  instants: readonly Date[],
): ScoreResult[] {
  return instants.map((at) => {
    const then = snapshotAsOf(snapshot, at);
    return scoreFacts(collectFacts(then, at), model, at);
  });
}

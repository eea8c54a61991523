import type { AccountSnapshot } from '../model/index.js';
import { collectFacts } from '../scoring/facts.js';
import type { ScoreResult, ScoringModel } from '../scoring/index.js';
import { scoreFacts } from '../scoring/index.js';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The account as it was known on `asOf`, reconstructed from today's records: deals decided later
 * were still open, actions not yet started are left out and those completed later were in progress,
 * confirmations and activities after that day had not happened. The demo uses it to give every
 * account a score history, so the portfolio shows how accounts moved.
 */
export function snapshotAsOf(snapshot: AccountSnapshot, asOf: Date): AccountSnapshot {
  const until = day(asOf);
  const { lastActivityAt, ...account } = snapshot.account;
  return {
    ...snapshot,
    account:
      lastActivityAt && lastActivityAt <= asOf.toISOString() ? { ...account, lastActivityAt } : account,
    contacts: snapshot.contacts.map((c) =>
      c.lastConfirmedAt && c.lastConfirmedAt > until ? { ...c, lastConfirmedAt: undefined } : c,
    ),
    deals: snapshot.deals.map((d) =>
      d.status !== 'open' && d.closeDate > until ? { ...d, status: 'open' as const } : d,
    ),
    actions: snapshot.actions
      .filter((a) => a.start <= until)
      .map((a) =>
        a.completedOn && a.completedOn > until
          ? { ...a, status: 'in_progress' as const, completedOn: undefined }
          : a,
      ),
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

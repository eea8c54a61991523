/**
 * The append rule of the score history, shared by the adapters: an entry equal to its account's
 * newest one (same input hash and model version) is skipped, so re-running a job adds nothing.
 */
import type { ScoreHistoryEntry } from './port.js';
import { parseInput, ScoreHistoryEntrySchema } from './validation.js';

/** What decides whether an entry repeats the account's newest one. */
export interface NewestScore {
  readonly inputHash: string;
  readonly modelVersion: string;
  readonly scoredAtMs: number;
}

/** A validated entry with its instant as a number (for ordering) and as canonical ISO text. */
export interface PreparedScore {
  readonly entry: ScoreHistoryEntry;
  readonly scoredAtMs: number;
}

/** Validates the entries and makes each `scoredAt` canonical (UTC, milliseconds), as it reads back. */
export function prepareScores(entries: readonly ScoreHistoryEntry[]): PreparedScore[] {
  return entries.map((e, i) => {
    const entry = parseInput(ScoreHistoryEntrySchema, e, `score history entry ${i}`);
    const scoredAtMs = Date.parse(entry.scoredAt);
    return { entry: { ...entry, scoredAt: new Date(scoredAtMs).toISOString() }, scoredAtMs };
  });
}

/**
 * The entries to insert, in the order given. Entries of one batch see each other: a batch that
 * repeats an entry appends it once. Newest means the latest `scoredAt`, later inserts winning ties.
 */
export function scoresToAppend(
  newest: ReadonlyMap<string, NewestScore>,
  entries: readonly PreparedScore[],
): PreparedScore[] {
  const current = new Map(newest);
  const out: PreparedScore[] = [];
  for (const p of entries) {
    const last = current.get(p.entry.accountId);
    if (last && last.inputHash === p.entry.inputHash && last.modelVersion === p.entry.modelVersion) continue;
    out.push(p);
    if (!last || p.scoredAtMs >= last.scoredAtMs) {
      current.set(p.entry.accountId, {
        inputHash: p.entry.inputHash,
        modelVersion: p.entry.modelVersion,
        scoredAtMs: p.scoredAtMs,
      });
    }
  }
  return out;
}

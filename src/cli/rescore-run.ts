import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { ScoringModel } from '../core/scoring/index.js';
import { score } from '../core/scoring/index.js';
import type { AccountFailure, CrmPort, ScoreWrite } from '../crm/port.js';
import type { Progress } from './progress.js';

/** Accounts loaded, scored and written together: memory stays flat however large the portfolio. */
export const RESCORE_CHUNK = 200;

export interface RescoreOptions {
  readonly ids: AsyncIterable<readonly string[]>;
  readonly model: ScoringModel;
  readonly now: Date;
  readonly lang: Lang;
  readonly dryRun: boolean;
  readonly chunkSize?: number;
  /** How many accounts there are, when known up front (given ids); else the ids seen so far. */
  readonly total?: number;
  readonly progress: Progress;
}

export interface RescoreSummary {
  readonly seen: number;
  readonly scored: number;
  /**
   * Accounts whose score outputs were not already current: written, or failed to write (null on a
   * dry run: not checked).
   */
  readonly changed: number | null;
  readonly written: number;
  readonly failures: readonly AccountFailure[];
  readonly calls: number;
  readonly ms: number;
  /** Why the run stopped before the end (a failed listing, or a chunk the CRM would not take). */
  readonly stopped?: string;
}

/** Splits pages of ids into chunks of at most `size`. */
async function* chunked(pages: AsyncIterable<readonly string[]>, size: number): AsyncIterable<string[]> {
  let chunk: string[] = [];
  for await (const page of pages)
    for (const id of page) {
      chunk.push(id);
      if (chunk.length === size) {
        yield chunk;
        chunk = [];
      }
    }
  if (chunk.length > 0) yield chunk;
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface ChunkResult {
  readonly scored: number;
  readonly written: number;
  readonly unchanged: number;
}

/** Thrown when a whole chunk cannot go on (daily limit, CRM down): the run stops, the chunk is failed. */
class ChunkStopped extends Error {
  constructor(
    readonly reason: string,
    readonly accountIds: readonly string[],
  ) {
    super(reason);
  }
}

async function attempt<T>(fn: () => Promise<T>, accountIds: readonly string[]): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw new ChunkStopped(reasonOf(e), accountIds);
  }
}

/** One chunk: load, score, write (unless a dry run); per-account failures go into `failures`. */
async function rescoreChunk(
  port: CrmPort,
  ids: readonly string[],
  options: RescoreOptions,
  failures: AccountFailure[],
): Promise<ChunkResult> {
  const batch = await attempt(() => port.loadSnapshots(ids), ids);
  failures.push(...batch.failures);
  // Asked for by name (`--account`) but not a key account: say so; there is no score to write.
  for (const accountId of batch.notKeyAccounts)
    failures.push({ accountId, reason: t('crmCli.rescore.notKeyAccount', options.lang) });
  // An id neither loaded nor reported (the CRM may answer with its own id form) still counts as failed.
  if (batch.snapshots.length + batch.notKeyAccounts.length + batch.failures.length < ids.length) {
    const known = new Set([
      ...batch.snapshots.map((s) => s.account.id),
      ...batch.notKeyAccounts,
      ...batch.failures.map((f) => f.accountId),
    ]);
    for (const id of ids)
      if (!known.has(id))
        failures.push({ accountId: id, reason: t('crmCli.rescore.notLoaded', options.lang) });
  }
  const writes: ScoreWrite[] = [];
  for (const snapshot of batch.snapshots) {
    try {
      writes.push({ accountId: snapshot.account.id, result: score(snapshot, options.model, options.now) });
    } catch (e) {
      failures.push({
        accountId: snapshot.account.id,
        reason: t('crmCli.rescore.scoreFailed', options.lang, { reason: reasonOf(e) }),
      });
    }
  }
  if (options.dryRun || writes.length === 0) return { scored: writes.length, written: 0, unchanged: 0 };
  const writeIds = writes.map((w) => w.accountId);
  const summary = await attempt(() => port.writeScores(writes, options.lang), writeIds);
  failures.push(...summary.failures);
  return { scored: writes.length, written: summary.written, unchanged: summary.unchanged };
}

/**
 * ids → loadSnapshots → score → writeScores (skipped on a dry run), a chunk at a time. A call that
 * fails for a whole chunk (after the adapter's own retries) stops the run: that chunk's accounts are
 * failed with the reason, and `stopped` says why the rest was not done.
 */
export async function rescore(port: CrmPort, options: RescoreOptions): Promise<RescoreSummary> {
  const started = Date.now();
  const failures: AccountFailure[] = [];
  let seen = 0;
  let scored = 0;
  let written = 0;
  let unchanged = 0;
  let stopped: string | undefined;
  try {
    for await (const ids of chunked(options.ids, options.chunkSize ?? RESCORE_CHUNK)) {
      seen += ids.length;
      const result = await rescoreChunk(port, ids, options, failures);
      scored += result.scored;
      written += result.written;
      unchanged += result.unchanged;
      options.progress.update(seen, Math.max(options.total ?? 0, seen), port.usage().calls);
    }
  } catch (e) {
    if (e instanceof ChunkStopped)
      for (const accountId of e.accountIds) failures.push({ accountId, reason: e.reason });
    stopped = reasonOf(e);
  }
  options.progress.stop();
  return {
    seen,
    scored,
    changed: options.dryRun ? null : scored - unchanged,
    written,
    failures,
    calls: port.usage().calls,
    ms: Date.now() - started,
    ...(stopped === undefined ? {} : { stopped }),
  };
}

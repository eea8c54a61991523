import { scoresAsOf } from '../../core/demo/index.js';
import { DEFAULT_MODEL } from '../../core/scoring/index.js';
import type { RunningService } from '../runtime.js';
import { historyEntry } from '../worker/account-scorer.js';

const DAY_MS = 86_400_000;

/**
 * Gives every demo account a score history of the past quarters (the account as it was known then,
 * see `snapshotAsOf`), so the portfolio's movement arrows and trends have something to show on a
 * fresh demo. Written before the first real score, which becomes the newest entry.
 */
export async function backfillDemoHistory(
  service: RunningService,
  tenantId: string,
  now: Date,
  quarters = 3,
): Promise<number> {
  const { port } = await service.ports.get(tenantId);
  const model = (await service.store.scoringModel(tenantId)) ?? DEFAULT_MODEL;
  const instants = Array.from(
    { length: quarters },
    (_, i) => new Date(now.getTime() - (quarters - i) * 91 * DAY_MS),
  );
  let written = 0;
  for await (const ids of port.listAccounts()) {
    const batch = await port.loadSnapshots(ids);
    const entries = batch.snapshots.flatMap((snapshot) =>
      scoresAsOf(snapshot, model, instants).map(historyEntry),
    );
    await service.store.appendScores(tenantId, entries);
    written += entries.length;
  }
  return written;
}

import { randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { retryDelayMs } from '../backoff.js';
import type { DeadLetter, Job, QueueDepth, QueuePolicy } from '../port.js';
import type { CoalescedRequest } from '../requests.js';
import { transaction } from './database.js';
import { deadLetterOf, jobOf, parseCallbacks, parseJobRow, type JobRow } from './rows.js';

/** How a run ended, as the store records it. */
export type RunOutcome =
  { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly permanent: boolean };

/**
 * The queue's SQL: every state change is one transaction, so several processes on one file never
 * hand out the same job under a live lease. A job row is `pending` (waiting for its window or a
 * retry) or `active` (leased to a run until `lease_until`); `attempt` counts the runs started and
 * doubles as the lease token, so a run whose lease was taken over changes nothing.
 */
export class SqliteJobStore {
  private readonly upsert: StatementSync;
  private readonly candidates: StatementSync;
  private readonly lease: StatementSync;
  private readonly renewStmt: StatementSync;
  private readonly deleteRun: StatementSync;
  private readonly getRun: StatementSync;
  private readonly getPending: StatementSync;
  private readonly takePending: StatementSync;
  private readonly mergeInto: StatementSync;
  private readonly toRetry: StatementSync;
  private readonly bury: StatementSync;
  private readonly deleteRow: StatementSync;
  private readonly nextWake: StatementSync;
  private readonly counts: StatementSync;
  private readonly deadCount: StatementSync;
  private readonly listDead: StatementSync;

  constructor(
    private readonly db: DatabaseSync,
    private readonly policy: QueuePolicy,
  ) {
    this.upsert = db.prepare(`
      INSERT INTO queue_jobs (id, tenant_id, subject, state, due_at, requests, first_requested_at, callbacks)
      VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)
      ON CONFLICT (tenant_id, subject) WHERE state = 'pending' DO UPDATE SET
        requests = requests + excluded.requests,
        first_requested_at = min(first_requested_at, excluded.first_requested_at),
        callbacks = queue_merge_callbacks(callbacks, excluded.callbacks)`);
    // Due jobs and jobs whose lease ran out, skipping subjects another run holds: one run per subject.
    this.candidates = db.prepare(`
      SELECT * FROM queue_jobs j
      WHERE ((j.state = 'pending' AND j.due_at <= :now) OR (j.state = 'active' AND j.lease_until <= :now))
        AND NOT EXISTS (SELECT 1 FROM queue_jobs a WHERE a.tenant_id = j.tenant_id AND a.subject = j.subject
                        AND a.state = 'active' AND a.lease_until > :now)
      ORDER BY j.due_at, j.rowid LIMIT :limit`);
    this.lease = db.prepare(`
      UPDATE queue_jobs SET state = 'active', attempt = attempt + 1, lease_until = ?
      WHERE id = ? AND attempt = ? RETURNING *`);
    this.renewStmt = db.prepare(
      `UPDATE queue_jobs SET lease_until = ? WHERE id = ? AND attempt = ? AND state = 'active'`,
    );
    this.deleteRun = db.prepare(`DELETE FROM queue_jobs WHERE id = ? AND attempt = ? AND state = 'active'`);
    this.getRun = db.prepare(`SELECT * FROM queue_jobs WHERE id = ? AND attempt = ? AND state = 'active'`);
    this.getPending = db.prepare(
      `SELECT * FROM queue_jobs WHERE tenant_id = ? AND subject = ? AND state = 'pending'`,
    );
    this.takePending = db.prepare(`
      DELETE FROM queue_jobs WHERE tenant_id = ? AND subject = ? AND state = 'pending' RETURNING callbacks`);
    this.mergeInto = db.prepare(`
      UPDATE queue_jobs SET id = :id, requests = requests + :requests,
        first_requested_at = min(first_requested_at, :first),
        callbacks = queue_merge_callbacks(:callbacks, callbacks),
        attempt = :attempt, due_at = max(due_at, :due), last_error = :error
      WHERE id = :pendingId`);
    this.toRetry = db.prepare(`
      UPDATE queue_jobs SET state = 'pending', due_at = ?, lease_until = NULL, last_error = ? WHERE id = ?`);
    this.bury = db.prepare(`
      INSERT INTO queue_dead_letters
        (job_id, tenant_id, subject, requests, first_requested_at, callbacks, attempt, reason, failed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.deleteRow = db.prepare('DELETE FROM queue_jobs WHERE id = ?');
    this.nextWake = db.prepare(`
      SELECT min(t) AS t FROM (
        SELECT min(due_at) AS t FROM queue_jobs WHERE state = 'pending' AND due_at > :now
        UNION ALL SELECT min(lease_until) FROM queue_jobs WHERE state = 'active' AND lease_until > :now)`);
    this.counts = db.prepare(`
      SELECT coalesce(sum(state = 'active' AND lease_until > :now), 0) AS active, count(*) AS total
      FROM queue_jobs`);
    this.deadCount = db.prepare('SELECT count(*) AS n FROM queue_dead_letters');
    this.listDead = db.prepare('SELECT * FROM queue_dead_letters ORDER BY failed_at DESC, seq DESC LIMIT ?');
  }

  /** Adds the requests in one transaction: each joins its subject's pending job or starts one. */
  enqueue(requests: readonly CoalescedRequest[], now: number): void {
    transaction(this.db, () => {
      for (const r of requests) {
        this.upsert.run(
          randomUUID(),
          r.tenantId,
          r.subject,
          now + (r.delayMs ?? this.policy.coalesceMs),
          r.requests,
          r.firstRequestedAt,
          JSON.stringify(r.callbacks),
        );
      }
    });
  }

  /**
   * Removes the pending jobs of these subjects in one transaction (so an `enqueue` from any process
   * lands wholly before it, and is covered, or wholly after it, and makes a new job) and returns
   * their callbacks. A pending job may carry the retry of an earlier failed run that `finish` merged
   * into it: covering it is still right, because the work about to start reads the subject afresh,
   * which re-does everything the failed run was for, and answers its callbacks with the new result.
   */
  cover(tenantId: string, subjects: readonly string[]): Map<string, string[]> {
    return transaction(this.db, () => {
      const covered = new Map<string, string[]>();
      for (const subject of subjects) {
        const row = this.takePending.get(tenantId, subject) as { callbacks: unknown } | undefined;
        if (row !== undefined) covered.set(subject, parseCallbacks(row.callbacks));
      }
      return covered;
    });
  }

  /** Leases up to `limit` due jobs, one per subject; a job out of attempts after a lost lease is buried. */
  reserve(limit: number, now: number): Job[] {
    return transaction(this.db, () => {
      const rows = this.candidates.all({ now, limit: limit * 4 }).map(parseJobRow);
      const subjects = new Set<string>();
      const leased: Job[] = [];
      for (const row of rows) {
        const key = JSON.stringify([row.tenant_id, row.subject]);
        if (leased.length >= limit || subjects.has(key)) continue;
        if (row.state === 'active' && row.attempt >= this.policy.maxAttempts) {
          this.buryRow(row, `lease expired on run ${row.attempt} of ${this.policy.maxAttempts}`, now);
          continue;
        }
        const updated = this.lease.get(now + this.policy.leaseMs, row.id, row.attempt);
        if (updated === undefined) continue;
        subjects.add(key);
        leased.push(jobOf(parseJobRow(updated)));
      }
      return leased;
    });
  }

  /** Extends a run's lease; false when the run no longer holds it. */
  renew(job: Job, now: number): boolean {
    return Number(this.renewStmt.run(now + this.policy.leaseMs, job.id, job.attempt).changes) > 0;
  }

  /**
   * Records how a run ended: done, retried after backoff (merged into the subject's pending job if
   * one appeared meanwhile), or buried when permanent or out of attempts.
   */
  finish(job: Job, outcome: RunOutcome, now: number): void {
    transaction(this.db, () => {
      if (outcome.ok) {
        this.deleteRun.run(job.id, job.attempt);
        return;
      }
      const raw = this.getRun.get(job.id, job.attempt);
      if (raw === undefined) return; // the lease was lost: the run that holds it decides
      const row = parseJobRow(raw);
      if (outcome.permanent || row.attempt >= this.policy.maxAttempts) {
        this.buryRow(row, outcome.reason, now);
        return;
      }
      const due = now + retryDelayMs(this.policy, row.attempt);
      const pending = this.getPending.get(row.tenant_id, row.subject);
      if (pending === undefined) {
        this.toRetry.run(due, outcome.reason, row.id);
        return;
      }
      this.deleteRun.run(row.id, row.attempt);
      this.mergeInto.run({
        id: row.id,
        requests: row.requests,
        first: row.first_requested_at,
        callbacks: row.callbacks,
        attempt: row.attempt,
        due,
        error: outcome.reason,
        pendingId: parseJobRow(pending).id,
      });
    });
  }

  /** When something next falls due (a window, a backoff, a lease), if anything is scheduled. */
  nextWakeAt(now: number): number | undefined {
    const row = this.nextWake.get({ now }) as { t: number | null } | undefined;
    return row?.t ?? undefined;
  }

  depth(now: number): QueueDepth {
    const { active, total } = this.counts.get({ now }) as { active: number; total: number };
    const { n } = this.deadCount.get() as { n: number };
    return { waiting: total - active, active, dead: n };
  }

  deadLetters(limit: number): DeadLetter[] {
    return this.listDead.all(limit).map(deadLetterOf);
  }

  private buryRow(row: JobRow, reason: string, now: number): void {
    this.bury.run(
      row.id,
      row.tenant_id,
      row.subject,
      row.requests,
      row.first_requested_at,
      row.callbacks,
      row.attempt,
      reason,
      now,
    );
    this.deleteRow.run(row.id);
  }
}

import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Where an execution stands: SUCCEEDED (answered with output fields), BLOCKED (waiting for the
 * completion callback), COMPLETED (callback received), FAILED (error answer, no answer, or
 * FAIL_CONTINUE), EXPIRED (blocked past its expiration).
 */
export type ExecutionState = 'RUNNING' | 'SUCCEEDED' | 'BLOCKED' | 'COMPLETED' | 'FAILED' | 'EXPIRED';

/** One call of a custom action for one record, as `GET /__sandbox/hubspot/workflows/executions` shows it. */
export interface Execution {
  readonly callbackId: string;
  readonly appId: number;
  readonly actionDefinitionId: string;
  readonly actionDefinitionVersion: number;
  readonly object: { readonly objectId: number; readonly objectType: string };
  readonly inputFields: Readonly<Record<string, unknown>>;
  readonly state: ExecutionState;
  /** the last `hs_execution_state` the app gave (SUCCESS, BLOCK, FAIL_CONTINUE, …) */
  readonly executionState: string | null;
  readonly outputFields: Readonly<Record<string, unknown>>;
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly startedAt: string;
  readonly durationMs: number | null;
  readonly expiresAt: string | null;
  readonly completedAt: string | null;
}

type Row = Record<string, unknown>;

/** Executions in SQLite; expiry is applied when they are read. */
export class ExecutionsStore {
  private readonly reserveStmt: StatementSync;
  private readonly saveStmt: StatementSync;
  private readonly getStmt: StatementSync;
  private readonly listStmt: StatementSync;

  constructor(
    db: DatabaseSync,
    private readonly now: () => Date,
  ) {
    this.reserveStmt = db.prepare(
      `INSERT INTO hs_action_executions (callback_id, app_id, execution) VALUES (?, ?, '{}') RETURNING id`,
    );
    this.saveStmt = db.prepare('UPDATE hs_action_executions SET callback_id = ?, execution = ? WHERE id = ?');
    this.getStmt = db.prepare('SELECT execution FROM hs_action_executions WHERE callback_id = ?');
    this.listStmt = db.prepare(
      'SELECT execution FROM hs_action_executions WHERE (?1 IS NULL OR app_id = ?1) ORDER BY id DESC LIMIT ?2',
    );
  }

  /** A new enrollment id (HubSpot's callback ids carry it). */
  reserve(appId: number): number {
    return Number((this.reserveStmt.get(`pending-${crypto.randomUUID()}`, appId) as Row).id);
  }

  save(enrollmentId: number, e: Execution): void {
    this.saveStmt.run(e.callbackId, JSON.stringify(e), enrollmentId);
  }

  get(callbackId: string): Execution | undefined {
    const row = this.getStmt.get(callbackId);
    return row ? this.expired(JSON.parse(row.execution as string) as Execution) : undefined;
  }

  list(appId: number | undefined, limit: number): Execution[] {
    return this.listStmt
      .all(appId ?? null, limit)
      .map((r) => this.expired(JSON.parse(r.execution as string) as Execution))
      .filter((e) => e.callbackId !== undefined);
  }

  private expired(e: Execution): Execution {
    if (e.state !== 'BLOCKED' || e.expiresAt === null) return e;
    return Date.parse(e.expiresAt) <= this.now().getTime() ? { ...e, state: 'EXPIRED' } : e;
  }
}

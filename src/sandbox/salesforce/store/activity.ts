import type { DatabaseSync } from 'node:sqlite';
import type { Schema } from '../schema/registry.js';
import { CLOSED_TASK_STATUSES } from '../schema/task-object.js';
import type { Row } from './row.js';
import { stmt } from './statements.js';
import { quote } from './tables.js';

/** A task's derived fields: closed by its status; `AccountId` from what it is about, else from whom. */
export function deriveTask(db: DatabaseSync, schema: Schema, row: Row): void {
  row.IsClosed = Number(typeof row.Status === 'string' && CLOSED_TASK_STATUSES.has(row.Status));
  row.AccountId = accountOf(db, schema, row.WhatId) ?? accountOf(db, schema, row.WhoId) ?? null;
}

function accountOf(db: DatabaseSync, schema: Schema, id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const object = schema.objectOfId(id);
  if (object?.name === 'Account') return id;
  if (object?.name !== 'Contact' && object?.name !== 'Opportunity') return undefined;
  const row = stmt(db, `SELECT "AccountId" FROM ${quote(object.table)} WHERE "Id" = ?`).get(id);
  return typeof row?.AccountId === 'string' ? row.AccountId : undefined;
}

/** Which task column links each object's records to their tasks. */
const TASK_COLUMN: Readonly<Record<string, string>> = {
  Account: 'AccountId',
  Contact: 'WhoId',
  Opportunity: 'WhatId',
};

/**
 * Recomputes `LastActivityDate` (the latest due date of a completed task, as Salesforce keeps it) of
 * every record the given task rows (before and after a change) are about. Not a modification of
 * those records: their audit fields stay.
 */
export function refreshLastActivity(
  db: DatabaseSync,
  schema: Schema,
  tasks: readonly (Row | undefined)[],
): void {
  const task = schema.object('Task');
  if (!task) return;
  const ids = new Set<string>();
  for (const t of tasks)
    for (const name of ['WhatId', 'WhoId', 'AccountId'])
      if (typeof t?.[name] === 'string') ids.add(t[name] as string);
  for (const id of ids) {
    const object = schema.objectOfId(id);
    const column = object ? TASK_COLUMN[object.name] : undefined;
    if (!object || !column || !object.field('LastActivityDate')) continue;
    const latest = stmt(
      db,
      `SELECT MAX("ActivityDate") AS d FROM ${quote(task.table)} WHERE ${quote(column)} = ? AND "IsClosed" = 1`,
    ).get(id);
    stmt(db, `UPDATE ${quote(object.table)} SET "LastActivityDate" = ? WHERE "Id" = ?`).run(
      (latest?.d as string | null | undefined) ?? null,
      id,
    );
  }
}

import type { DatabaseSync } from 'node:sqlite';
import { stmt } from '../store/statements.js';
import { toApi } from '../store/values.js';
import type { CompiledQuery } from './compile.js';

export type ApiRecord = { attributes: { type: string; url?: string } } & Record<string, unknown>;
type SqlRow = Record<string, unknown>;

export const recordUrl = (version: string, type: string, id: string) =>
  `/services/data/${version}/sobjects/${type}/${id}`;

/** Rows of a compiled query → records in Salesforce's shape, parents nested, child sub-queries attached. */
export function buildRecords(
  db: DatabaseSync,
  plan: CompiledQuery,
  rows: readonly SqlRow[],
  version: string,
): ApiRecord[] {
  const records = rows.map((row) => buildOne(plan, row, version));
  for (const item of plan.items) {
    if (item.kind !== 'child' || rows.length === 0) continue;
    const ids = JSON.stringify(rows.map((r) => r.__id));
    const childRows = stmt(db, item.plan.sql).all(
      ids,
      ...(item.plan.params.slice(1) as (string | number | null)[]),
    );
    const byParent = new Map<unknown, SqlRow[]>();
    for (const r of childRows as SqlRow[]) {
      const list = byParent.get(r.__parent) ?? byParent.set(r.__parent, []).get(r.__parent)!;
      list.push(r);
    }
    rows.forEach((row, i) => {
      const offset = item.plan.offset ?? 0;
      const all = byParent.get(row.__id) ?? [];
      const page = all.slice(offset, item.plan.limit !== undefined ? offset + item.plan.limit : undefined);
      records[i]![item.rel.relationshipName] =
        page.length === 0
          ? null
          : { totalSize: page.length, done: true, records: buildRecords(db, item.plan, page, version) };
    });
  }
  return records;
}

function buildOne(plan: CompiledQuery, row: SqlRow, version: string): ApiRecord {
  const type = plan.object.name;
  const rec: ApiRecord = { attributes: { type, url: recordUrl(version, type, String(row.__id)) } };
  for (const item of plan.items) {
    if (item.kind === 'child') {
      rec[item.rel.relationshipName] = null;
      continue;
    }
    const { col } = item;
    let target: Record<string, unknown> | null = rec;
    for (let d = 0; d < col.joins.length && target; d++) {
      const join = col.joins[d]!;
      const rel = join.path[d]!;
      const parentId = row[plan.parentIds.get(join.path.join('.'))!];
      if (parentId === null || parentId === undefined) {
        if (!(rel in target)) target[rel] = null;
        target = null;
      } else {
        const existing = target[rel] as Record<string, unknown> | undefined | null;
        target =
          existing ??
          ((target[rel] = {
            attributes: {
              type: join.object.name,
              url: recordUrl(version, join.object.name, String(parentId)),
            },
          }) as Record<string, unknown>);
      }
    }
    if (target) target[col.field.name] = toApi(col.field, row[item.key]);
  }
  return rec;
}

/** AggregateResult records: grouped fields by name, aggregates by alias or `expr0`, `expr1`, … */
export function buildAggregates(plan: CompiledQuery, rows: readonly SqlRow[]): ApiRecord[] {
  return rows.map((row) => {
    const rec: ApiRecord = { attributes: { type: 'AggregateResult' } };
    for (const a of plan.aggregates) {
      const v = row[a.key];
      rec[a.name] = a.count ? Number(v ?? 0) : a.field ? toApi(a.field, v) : ((v ?? null) as unknown);
    }
    return rec;
  });
}

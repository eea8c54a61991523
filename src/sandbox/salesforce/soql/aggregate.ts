import type { FieldType as SoqlField, GroupByClause, Query, Subquery } from '@jetstreamapp/soql-parser-js';
import { malformedQuery } from '../errors.js';
import type { SfField } from '../schema/types.js';
import type { DbValue } from '../store/values.js';
import { orderSql } from './order.js';
import type { Scope } from './scope.js';
import type { Sql } from './where-sql.js';

/** One column of an AggregateResult: a grouped field or an aggregate function. */
export interface AggregateItem {
  readonly key: string;
  readonly name: string;
  /** the field whose type formats the value (MIN/MAX and grouped fields) */
  readonly field?: SfField;
  readonly count: boolean;
}

const FUNCTIONS: Readonly<Record<string, (col: string) => string>> = {
  COUNT: (c) => `COUNT(${c})`,
  COUNT_DISTINCT: (c) => `COUNT(DISTINCT ${c})`,
  SUM: (c) => `SUM(${c})`,
  AVG: (c) => `AVG(${c})`,
  MIN: (c) => `MIN(${c})`,
  MAX: (c) => `MAX(${c})`,
};

export const isAggregate = (fields: readonly SoqlField[]) =>
  fields.some((f) => f.type === 'FieldFunctionExpression' && f.isAggregateFn);

/** `SELECT COUNT() …` (a count only) or grouped aggregates (`SELECT Industry, COUNT(Id) … GROUP BY Industry`). */
export function compileAggregate(
  scope: Scope,
  fields: readonly SoqlField[],
  query: Query | Subquery,
  where: Sql | undefined,
) {
  const params: DbValue[] = [...(where?.params ?? [])];
  const whereSql = where ? ` WHERE ${where.sql}` : '';
  const limit = query.limit !== undefined ? ` LIMIT ${query.limit} OFFSET ${query.offset ?? 0}` : '';
  const first = fields[0];
  if (
    fields.length === 1 &&
    first?.type === 'FieldFunctionExpression' &&
    first.functionName.toUpperCase() === 'COUNT' &&
    first.parameters.length === 0
  ) {
    const sql = `SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM ${scope.from()}${whereSql}${limit})`;
    return { sql, params, mode: 'count' as const, aggregates: [] };
  }
  const groups = (
    Array.isArray(query.groupBy) ? query.groupBy : query.groupBy ? [query.groupBy] : []
  ) as GroupByClause[];
  const grouped = groups.map((g) => {
    if (!('field' in g)) throw malformedQuery('GROUP BY functions are not supported by the sandbox');
    return scope.column(g.field);
  });
  const columns: string[] = [];
  const aggregates: AggregateItem[] = [];
  let expr = 0;
  for (const f of fields) {
    const key = `a${columns.length}`;
    if (f.type === 'FieldFunctionExpression' && f.isAggregateFn) {
      const fn = FUNCTIONS[f.functionName.toUpperCase()];
      if (!fn) throw malformedQuery(`function ${f.functionName} is not supported by the sandbox`);
      const param = f.parameters[0];
      const col = typeof param === 'string' ? scope.column(param) : undefined;
      columns.push(`${fn(col?.sql ?? '*')} AS "${key}"`);
      const name = f.alias ?? `expr${expr++}`;
      const count = f.functionName.toUpperCase().startsWith('COUNT');
      aggregates.push({ key, name, count, ...(col && !count ? { field: col.field } : {}) });
    } else if (f.type === 'Field' || f.type === 'FieldRelationship') {
      const col = scope.column(f.type === 'Field' ? f.field : [...f.relationships, f.field].join('.'));
      if (!grouped.some((g) => g.sql === col.sql))
        throw malformedQuery(`Field must be grouped or aggregated: ${col.field.name}`);
      columns.push(`${col.sql} AS "${key}"`);
      aggregates.push({
        key,
        name: ('alias' in f ? f.alias : undefined) ?? col.field.name,
        field: col.field,
        count: false,
      });
    } else {
      throw malformedQuery('unsupported field in an aggregate query');
    }
  }
  const groupSql = grouped.length > 0 ? ` GROUP BY ${grouped.map((g) => g.sql).join(', ')}` : '';
  const order = orderSql(scope, query.orderBy);
  const orderText = order.length > 0 ? ` ORDER BY ${order.join(', ')}` : '';
  const sql = `SELECT ${columns.join(', ')} FROM ${scope.from()}${whereSql}${groupSql}${orderText}${limit}`;
  return { sql, params, mode: 'aggregate' as const, aggregates };
}

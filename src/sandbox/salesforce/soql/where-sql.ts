import type { ConditionWithValueQuery, LiteralType, Query } from '@jetstreamapp/soql-parser-js';
import { malformedQuery, SalesforceError } from '../errors.js';
import type { DbValue } from '../store/values.js';
import { literal } from './literals.js';
import type { Literal } from './literals.js';
import type { Scope } from './scope.js';
import type { CondTree } from './where-tree.js';
import { TEXT_FIELD_TYPES } from '../schema/types.js';

/** SQL text with its positional parameters. */
export interface Sql {
  readonly sql: string;
  readonly params: DbValue[];
}

/** Compiles a semi-join sub-select (`Id IN (SELECT AccountId FROM Contact)`) to SQL selecting one column. */
export type SemiJoin = (query: Query) => Sql;

/**
 * A WHERE tree as SQL with SOQL's semantics: every condition is true or false, never NULL
 * (`Industry != 'Retail'` includes records without an industry), strings compare case-insensitively.
 */
export function whereSql(tree: CondTree, scope: Scope, now: Date, semiJoin: SemiJoin): Sql {
  const params: DbValue[] = [];
  const walk = (t: CondTree): string => {
    switch (t.kind) {
      case 'and':
      case 'or':
        return `(${t.items.map(walk).join(t.kind === 'and' ? ' AND ' : ' OR ')})`;
      case 'not':
        return `(NOT ${walk(t.e)})`;
      case 'cond':
        return `IFNULL(${condition(t.c, scope, now, params, semiJoin)}, 0)`;
    }
  };
  return { sql: walk(tree), params };
}

function condition(
  c: ConditionWithValueQuery,
  scope: Scope,
  now: Date,
  params: DbValue[],
  semiJoin: SemiJoin,
): string {
  if (!('field' in c)) throw malformedQuery('functions in WHERE are not supported by the sandbox');
  const col = scope.column(c.field);
  const { sql } = col;
  const op = c.operator.toUpperCase();
  if ('valueQuery' in c && c.valueQuery) {
    if (op !== 'IN' && op !== 'NOT IN') throw malformedQuery(`unexpected token: ${op}`);
    const sub = semiJoin(c.valueQuery);
    params.push(...sub.params);
    return op === 'IN' ? `${sql} IN (${sub.sql})` : `(${sql} IS NULL OR ${sql} NOT IN (${sub.sql}))`;
  }
  const value = (c as { value?: string | string[] }).value ?? [];
  const rawValues = Array.isArray(value) ? value : [value];
  const rawTypes = Array.isArray(c.literalType) ? c.literalType : rawValues.map(() => c.literalType);
  const lit = (i: number, forLike = false): Literal =>
    literal(col.field, rawValues[i]!, rawTypes[i] as LiteralType | undefined, now, forLike);
  const bind = (v: DbValue) => {
    params.push(v);
    return '?';
  };

  if (op === 'IN' || op === 'NOT IN') {
    const values = rawValues.map((_v, i) => lit(i)).map((l) => ('value' in l ? l.value : l.start));
    if (values.length === 0) throw malformedQuery('unexpected token: )');
    const list = values.map(bind).join(', ');
    return op === 'IN' ? `${sql} IN (${list})` : `(${sql} IS NULL OR ${sql} NOT IN (${list}))`;
  }
  if (op === 'INCLUDES' || op === 'EXCLUDES') {
    if (col.field.type !== 'multipicklist')
      throw new SalesforceError(
        400,
        'INVALID_QUERY_FILTER_OPERATOR',
        `invalid operator on multipicklist field`,
      );
    const any = rawValues
      .map((_v, i) => {
        const l = lit(i);
        const parts = String('value' in l ? l.value : '').split(';');
        return `(${parts.map((p) => `(';' || ${sql} || ';') LIKE ${bind(`%;${p};%`)}`).join(' AND ')})`;
      })
      .join(' OR ');
    return op === 'INCLUDES' ? `(${any})` : `(${sql} IS NULL OR NOT (${any}))`;
  }
  if (op === 'LIKE') {
    if (!TEXT_FIELD_TYPES.has(col.field.type))
      throw new SalesforceError(
        400,
        'INVALID_QUERY_FILTER_OPERATOR',
        `invalid operator on field ${col.field.name}`,
      );
    const l = lit(0, true);
    return `${sql} LIKE ${bind('value' in l ? l.value : null)} ESCAPE '\\'`;
  }
  const l = lit(0);
  if ('start' in l) {
    const [s, e] = [l.start, l.end];
    switch (op) {
      case '=':
        return `(${sql} >= ${bind(s)} AND ${sql} < ${bind(e)})`;
      case '!=':
        return `(${sql} IS NULL OR NOT (${sql} >= ${bind(s)} AND ${sql} < ${bind(e)}))`;
      case '<':
        return `${sql} < ${bind(s)}`;
      case '<=':
        return `${sql} < ${bind(e)}`;
      case '>':
        return `${sql} >= ${bind(e)}`;
      case '>=':
        return `${sql} >= ${bind(s)}`;
    }
    throw malformedQuery(`unexpected token: ${op}`);
  }
  if (l.value === null) {
    if (op === '=') return `${sql} IS NULL`;
    if (op === '!=') return `${sql} IS NOT NULL`;
    throw malformedQuery(`unexpected token: null`);
  }
  switch (op) {
    case '=':
      return `${sql} = ${bind(l.value)}`;
    case '!=':
      return `${sql} IS NOT ${bind(l.value)}`;
    case '<':
    case '<=':
    case '>':
    case '>=':
      return `${sql} ${op} ${bind(l.value)}`;
  }
  throw malformedQuery(`unexpected token: ${op}`);
}

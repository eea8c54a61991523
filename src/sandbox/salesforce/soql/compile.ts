import type { FieldType as SoqlField, Query, Subquery } from '@jetstreamapp/soql-parser-js';
import { malformedQuery, SalesforceError, invalidType } from '../errors.js';
import type { Schema } from '../schema/registry.js';
import type { ChildRelationship, SfField, SfObject } from '../schema/types.js';
import { quote } from '../store/tables.js';
import type { DbValue } from '../store/values.js';
import { compileAggregate, isAggregate } from './aggregate.js';
import type { AggregateItem } from './aggregate.js';
import { AliasCounter, Scope } from './scope.js';
import type { ColumnRef } from './scope.js';
import { orderSql } from './order.js';
import { whereSql } from './where-sql.js';
import type { Sql } from './where-sql.js';
import { whereTree } from './where-tree.js';

export type SelectItem =
  | { readonly kind: 'field'; readonly col: ColumnRef; readonly key: string }
  | { readonly kind: 'child'; readonly rel: ChildRelationship; readonly plan: CompiledQuery };

/** A SOQL query compiled to one SQL statement (plus one per child sub-query, run per page of parents). */
export interface CompiledQuery {
  readonly object: SfObject;
  readonly sql: string;
  readonly params: DbValue[];
  readonly items: readonly SelectItem[];
  /** join path → column holding the parent's id (null: no parent) */
  readonly parentIds: ReadonlyMap<string, string>;
  readonly mode: 'records' | 'count' | 'aggregate';
  readonly aggregates: readonly AggregateItem[];
  /** child sub-queries: LIMIT and OFFSET apply per parent */
  readonly limit?: number;
  readonly offset?: number;
}

export const MAX_OFFSET = 2000;
const CHILD = Symbol('child');

/** Compiles a parsed SOQL query against the schema; unknown names answer as Salesforce does. */
export function compileQuery(schema: Schema, query: Query, now: Date): CompiledQuery {
  const object = schema.object(query.sObject ?? '');
  if (!object) throw invalidType(query.sObject ?? '');
  return compile(schema, object, query, new AliasCounter(), now);
}

function compile(
  schema: Schema,
  object: SfObject,
  query: Query | Subquery,
  aliases: AliasCounter,
  now: Date,
  child?: { field: string; marker: typeof CHILD },
): CompiledQuery {
  const scope = new Scope(schema, object, aliases, query.sObjectAlias);
  if (query.offset !== undefined && query.offset > MAX_OFFSET)
    throw new SalesforceError(
      400,
      'NUMBER_OUTSIDE_VALID_RANGE',
      `Maximum SOQL offset allowed is ${MAX_OFFSET}`,
    );
  const fields = expandFields(object, query.fields ?? [], query.limit);
  const semiJoin = (q: Query) => semiJoinSql(schema, q, aliases, now);
  const where = query.where ? whereSql(whereTree(query.where), scope, now, semiJoin) : undefined;

  if (isAggregate(fields)) {
    if (child) throw malformedQuery('aggregate functions are not supported in sub-queries');
    const agg = compileAggregate(scope, fields, query, where);
    return { object, ...agg, items: [], parentIds: new Map() };
  }

  const items: SelectItem[] = [];
  const columns = [`${scope.alias}."Id" AS "__id"`];
  for (const f of fields) {
    if (f.type === 'FieldSubquery') {
      if (child) throw malformedQuery('nested sub-queries are not supported');
      items.push(childItem(schema, object, f.subquery, aliases, now));
    } else if (f.type === 'Field' || f.type === 'FieldRelationship') {
      const col = scope.column(f.type === 'Field' ? f.field : [...f.relationships, f.field].join('.'));
      const key = `c${items.length}`;
      columns.push(`${col.sql} AS "${key}"`);
      items.push({ kind: 'field', col, key });
    } else {
      throw malformedQuery(`${describeField(f)} is not supported by the sandbox`);
    }
  }
  const parentIds = new Map<string, string>();
  for (const item of items) {
    if (item.kind !== 'field') continue;
    for (const j of item.col.joins) {
      const key = j.path.join('.');
      if (parentIds.has(key)) continue;
      const alias = `p${parentIds.size}`;
      parentIds.set(key, alias);
      columns.push(`${j.alias}."Id" AS "${alias}"`);
    }
  }

  const params: DbValue[] = [];
  const conditions: string[] = [];
  if (child) {
    columns.push(`${scope.alias}.${quote(child.field)} AS "__parent"`);
    conditions.push(`${scope.alias}.${quote(child.field)} IN (SELECT value FROM json_each(?))`);
    params.push(null); // the page's parent ids, bound at run time
  }
  if (where) {
    conditions.push(where.sql);
    params.push(...where.params);
  }
  const order = orderSql(scope, query.orderBy);
  let sql = `SELECT ${columns.join(', ')} FROM ${scope.from()}`;
  if (conditions.length > 0) sql += ` WHERE ${conditions.join(' AND ')}`;
  sql += ` ORDER BY ${[...order, `${scope.alias}."Id"`].join(', ')}`;
  if (!child && query.limit !== undefined) {
    sql += ` LIMIT ? OFFSET ?`;
    params.push(query.limit, query.offset ?? 0);
  } else if (!child && query.offset !== undefined) {
    sql += ` LIMIT -1 OFFSET ?`;
    params.push(query.offset);
  }
  return {
    object,
    sql,
    params,
    items,
    parentIds,
    mode: 'records',
    aggregates: [],
    ...(child ? { limit: query.limit, offset: query.offset } : {}),
  };
}

function childItem(
  schema: Schema,
  parent: SfObject,
  sub: Subquery,
  aliases: AliasCounter,
  now: Date,
): SelectItem {
  const rel = parent.childRelationship(sub.relationshipName);
  if (!rel)
    throw new SalesforceError(
      400,
      'INVALID_TYPE',
      `Didn't understand relationship '${sub.relationshipName}' in FROM part of query call. If you are ` +
        `attempting to use a custom relationship, be sure to append the '__r' after the custom relationship ` +
        `name. Please reference your WSDL or the describe call for the appropriate names.`,
    );
  const object = schema.object(rel.childSObject)!;
  return {
    kind: 'child',
    rel,
    plan: compile(schema, object, sub, aliases, now, { field: rel.field, marker: CHILD }),
  };
}

/** `Id IN (SELECT AccountId FROM Contact WHERE …)`: one column, no sub-queries. */
function semiJoinSql(schema: Schema, query: Query, aliases: AliasCounter, now: Date): Sql {
  const object = schema.object(query.sObject ?? '');
  if (!object) throw invalidType(query.sObject ?? '');
  const scope = new Scope(schema, object, aliases, query.sObjectAlias);
  const only = query.fields?.length === 1 ? query.fields[0] : undefined;
  if (!only || (only.type !== 'Field' && only.type !== 'FieldRelationship'))
    throw malformedQuery('The inner select field must be a single Id or reference field');
  const col = scope.column(
    only.type === 'Field' ? only.field : [...only.relationships, only.field].join('.'),
  );
  if (col.field.type !== 'id' && col.field.type !== 'reference')
    throw malformedQuery(
      `The selected field '${col.field.name}' in the subquery must be an Id or reference field`,
    );
  const where = query.where
    ? whereSql(whereTree(query.where), scope, now, (q) => semiJoinSql(schema, q, aliases, now))
    : undefined;
  return {
    sql: `SELECT ${col.sql} FROM ${scope.from()}${where ? ` WHERE ${where.sql}` : ''}`,
    params: where?.params ?? [],
  };
}

/** FIELDS(ALL | STANDARD | CUSTOM) becomes the field list; ALL and CUSTOM need LIMIT ≤ 200, as in Salesforce. */
function expandFields(
  object: SfObject,
  fields: readonly SoqlField[],
  limit: number | undefined,
): SoqlField[] {
  return fields.flatMap((f): SoqlField[] => {
    if (f.type !== 'FieldFunctionExpression' || f.functionName.toUpperCase() !== 'FIELDS') return [f];
    const which = String(f.parameters[0] ?? '').toUpperCase();
    if (which !== 'STANDARD' && (limit === undefined || limit > 200))
      throw malformedQuery('The SOQL FIELDS function must have a LIMIT of at most 200');
    const keep = (x: SfField) => (which === 'ALL' ? true : which === 'CUSTOM' ? x.custom : !x.custom);
    return object.fields.filter(keep).map((x) => ({ type: 'Field', field: x.name }));
  });
}

function describeField(f: SoqlField): string {
  if (f.type === 'FieldFunctionExpression') return `function ${f.functionName}`;
  if (f.type === 'FieldTypeof') return 'TYPEOF';
  return f.type;
}

import type { OrderByClause } from '@jetstreamapp/soql-parser-js';
import { malformedQuery } from '../errors.js';
import type { Scope } from './scope.js';

/** ORDER BY as SQL; SOQL puts nulls first ascending and last descending unless told otherwise. */
export function orderSql(scope: Scope, orderBy: OrderByClause | OrderByClause[] | undefined): string[] {
  const list = orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
  return list.map((o) => {
    if (!('field' in o)) throw malformedQuery('ORDER BY functions are not supported by the sandbox');
    const col = scope.column(o.field);
    const dir = o.order === 'DESC' ? 'DESC' : 'ASC';
    const nulls = o.nulls ?? (dir === 'ASC' ? 'FIRST' : 'LAST');
    return `${col.sql} ${dir} NULLS ${nulls}`;
  });
}

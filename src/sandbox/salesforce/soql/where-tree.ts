import type { ConditionWithValueQuery, WhereClause } from '@jetstreamapp/soql-parser-js';
import { malformedQuery } from '../errors.js';

/** A WHERE clause as a tree; the parser gives a flat chain with parenthesis counts. */
export type CondTree =
  | { readonly kind: 'cond'; readonly c: ConditionWithValueQuery }
  | { readonly kind: 'and' | 'or'; readonly items: readonly CondTree[] }
  | { readonly kind: 'not'; readonly e: CondTree };

type Tok = '(' | ')' | 'NOT' | 'AND' | 'OR' | { c: ConditionWithValueQuery };

const isCondition = (left: unknown): left is ConditionWithValueQuery =>
  typeof left === 'object' && left !== null && ('field' in left || 'fn' in left);

function tokens(where: WhereClause): Tok[] {
  const out: Tok[] = [];
  let node: WhereClause | undefined = where;
  while (node) {
    const left = node.left as unknown;
    const operator = 'operator' in node ? node.operator : undefined;
    const right: WhereClause | undefined = 'right' in node ? node.right : undefined;
    if (!isCondition(left)) {
      const open = (left as { openParen?: number } | null)?.openParen ?? 0;
      for (let i = 0; i < open; i++) out.push('(');
      if (operator === 'NOT') out.push('NOT');
      node = right;
      continue;
    }
    const parens = left as { openParen?: number; closeParen?: number };
    for (let i = 0; i < (parens.openParen ?? 0); i++) out.push('(');
    out.push({ c: left });
    for (let i = 0; i < (parens.closeParen ?? 0); i++) out.push(')');
    if (operator === 'AND' || operator === 'OR') out.push(operator);
    node = right;
  }
  return out;
}

/** Builds the tree; like SOQL, it refuses AND and OR mixed without parentheses. */
export function whereTree(where: WhereClause): CondTree {
  const toks = tokens(where);
  let i = 0;
  const unary = (): CondTree => {
    const t = toks[i++];
    if (t === 'NOT') return { kind: 'not', e: unary() };
    if (t === '(') {
      const e = expr();
      if (toks[i++] !== ')') throw malformedQuery('unexpected token: missing )');
      return e;
    }
    if (t && typeof t === 'object') return { kind: 'cond', c: t.c };
    throw malformedQuery(`unexpected token: ${String(t ?? 'end of query')}`);
  };
  const expr = (): CondTree => {
    const items = [unary()];
    let op: 'AND' | 'OR' | undefined;
    while (toks[i] === 'AND' || toks[i] === 'OR') {
      const next = toks[i++] as 'AND' | 'OR';
      if (op && op !== next)
        throw malformedQuery(`unexpected token: '${next}' (use parentheses when mixing AND and OR)`);
      op = next;
      items.push(unary());
    }
    return op ? { kind: op === 'AND' ? 'and' : 'or', items } : items[0]!;
  };
  const tree = expr();
  if (i !== toks.length) throw malformedQuery(`unexpected token: ${String(toks[i])}`);
  return tree;
}

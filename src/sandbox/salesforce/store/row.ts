import { evaluate, parseFormula } from '../formula.js';
import type { Formula, FormulaContext } from '../formula.js';
import type { SfObject } from '../schema/types.js';
import { toFormula } from './values.js';
import type { DbValue } from './values.js';

/** A record as stored: field name → stored value. */
export type Row = Record<string, DbValue>;

const parsed = new Map<string, Formula>();

/** A formula parsed once per text. */
export function formula(text: string): Formula {
  let f = parsed.get(text);
  if (!f) parsed.set(text, (f = parseFormula(text)));
  return f;
}

/** The formula context of a record being saved (and its prior state for ISCHANGED). */
export function formulaContext(
  object: SfObject,
  row: Row,
  before: Row | undefined,
  now: Date,
): FormulaContext {
  const read = (r: Row | undefined, name: string) => {
    const f = object.field(name);
    if (!f) throw new Error(`formula: no field ${name} on ${object.name}`);
    return toFormula(f, r?.[f.name] ?? null);
  };
  const iso = now.toISOString();
  return {
    value: (name) => read(row, name),
    prior: (name) => read(before, name),
    isNew: before === undefined,
    today: iso.slice(0, 10),
    now: iso,
  };
}

export function evaluateOn(text: string, object: SfObject, row: Row, before: Row | undefined, now: Date) {
  return evaluate(formula(text), formulaContext(object, row, before, now));
}

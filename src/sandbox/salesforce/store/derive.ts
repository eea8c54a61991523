import type { DatabaseSync } from 'node:sqlite';
import { OPPORTUNITY_STAGES } from '../schema/standard-objects.js';
import type { SfObject } from '../schema/types.js';
import type { Row } from './row.js';
import { evaluateOn } from './row.js';
import { nextSequence } from './tables.js';

/** Values Salesforce fills in on create when the request leaves them out. */
export function applyDefaults(object: SfObject, row: Row, userId: string): void {
  for (const f of object.fields) {
    if (row[f.name] !== undefined) continue;
    if (f.name === 'OwnerId') row[f.name] = userId;
    else if (f.defaultValue !== undefined && !f.calculated)
      row[f.name] = typeof f.defaultValue === 'boolean' ? Number(f.defaultValue) : f.defaultValue;
    else row[f.name] = f.type === 'boolean' ? 0 : null;
  }
}

/**
 * Fields Salesforce computes on save: compound names, auto-numbers, a custom object's default name,
 * opportunity stage effects, formula fields (evaluated at save time in the sandbox).
 */
export function deriveFields(
  db: DatabaseSync,
  object: SfObject,
  row: Row,
  before: Row | undefined,
  touched: ReadonlySet<string>,
  now: Date,
): void {
  if (object.name === 'Contact' || object.name === 'User')
    row.Name = [row.FirstName, row.LastName].filter((v) => v !== null && v !== '').join(' ');
  const name = object.field('Name');
  if (!before && object.custom && name) {
    if (name.autoNumber) row.Name = autoNumber(db, object, name.autoNumber);
    else if (row.Name === null || row.Name === '') row.Name = row.Id!;
  }
  if (object.name === 'Opportunity') deriveStage(row, before, touched);
  for (const f of object.fields) {
    if (!f.formula) continue;
    const v = evaluateOn(f.formula, object, row, before, now);
    row[f.name] = typeof v === 'boolean' ? Number(v) : v;
  }
}

function deriveStage(row: Row, before: Row | undefined, touched: ReadonlySet<string>): void {
  const stage = OPPORTUNITY_STAGES.find((s) => s[0] === row.StageName);
  if (!stage) return;
  const [, probability, closed, won] = stage;
  const stageChanged = !before || before.StageName !== row.StageName;
  if (stageChanged && !touched.has('Probability')) row.Probability = probability;
  if (stageChanged && !touched.has('ForecastCategoryName'))
    row.ForecastCategoryName = won ? 'Closed' : closed ? 'Omitted' : 'Pipeline';
  row.IsClosed = Number(closed);
  row.IsWon = Number(won);
}

/** `REL-{00000}` → `REL-00042`. */
function autoNumber(db: DatabaseSync, object: SfObject, format: string): string {
  const n = nextSequence(db, `auto:${object.name}`);
  return format.replace(/\{(0+)\}/, (_m, zeros: string) => String(n).padStart(zeros.length, '0'));
}

import type { DatabaseSync } from 'node:sqlite';
import { recordError } from '../errors.js';
import type { Schema } from '../schema/registry.js';
import type { SfObject } from '../schema/types.js';
import type { Row } from './row.js';
import { evaluateOn } from './row.js';
import { stmt } from './statements.js';
import { quote } from './tables.js';

/** REQUIRED_FIELD_MISSING for every required field left empty. */
export function checkRequired(object: SfObject, row: Row): void {
  const missing = object.fields.filter((f) => f.required && (row[f.name] === null || row[f.name] === ''));
  if (missing.length > 0) {
    const names = missing.map((f) => f.name);
    throw recordError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${names.join(', ')}]`, names);
  }
}

/** Every changed lookup must point at an existing record of the referenced object. */
export function checkReferences(
  db: DatabaseSync,
  schema: Schema,
  object: SfObject,
  row: Row,
  before?: Row,
): void {
  for (const f of object.fields) {
    const id = row[f.name];
    if (f.type !== 'reference' || typeof id !== 'string' || before?.[f.name] === id) continue;
    const target = schema.objectOfId(id);
    if (!target || !f.referenceTo.includes(target.name))
      throw recordError('FIELD_INTEGRITY_EXCEPTION', `${f.label}: id value of incorrect type: ${id}`, [
        f.name,
      ]);
    if (!stmt(db, `SELECT 1 FROM ${quote(target.table)} WHERE "Id" = ?`).get(id))
      throw recordError('INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, [f.name]);
  }
}

/** The object's active validation rules from the SFDX source. */
export function checkValidationRules(object: SfObject, row: Row, before: Row | undefined, now: Date): void {
  for (const rule of object.validationRules) {
    if (evaluateOn(rule.formula, object, row, before, now) === true)
      throw recordError(
        'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        rule.message,
        rule.displayField ? [rule.displayField] : [],
      );
  }
}

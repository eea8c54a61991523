import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { invalidField, notFound, recordError, SalesforceError } from '../errors.js';
import { makeId } from '../ids.js';
import type { Schema } from '../schema/registry.js';
import type { SfField, SfObject } from '../schema/types.js';
import { checkReferences, checkRequired, checkValidationRules } from './checks.js';
import { deriveTask, refreshLastActivity } from './activity.js';
import { applyDefaults, deriveFields } from './derive.js';
import type { Row } from './row.js';
import { stmt } from './statements.js';
import { nextSequence, quote } from './tables.js';
import { checkValue, deserialize, formatDateTime } from './values.js';
import type { DbValue } from './values.js';

/** A saved change, for outbound messages. */
export interface Change {
  readonly object: SfObject;
  readonly id: string;
  readonly before?: Row;
  readonly after: Row;
}

/** Field values of a request body, deserialised: field → stored value. */
export type Input = ReadonlyMap<SfField, DbValue>;

interface ObjectStatements {
  readonly names: readonly string[];
  readonly get: StatementSync;
  readonly insert: StatementSync;
  readonly update: StatementSync;
}

const IGNORED_KEYS = new Set(['attributes', 'id']);

/**
 * Deserialises a request body for an object; unknown fields and values of the wrong kind fail the whole
 * request (INVALID_FIELD / JSON_PARSER_ERROR), as in Salesforce.
 */
export function parseInput(object: SfObject, body: Record<string, unknown>): Input {
  const input = new Map<SfField, DbValue>();
  for (const [key, raw] of Object.entries(body)) {
    if (IGNORED_KEYS.has(key.toLowerCase())) continue;
    const f = object.field(key);
    if (!f) throw invalidField(`No such column '${key}' on sobject of type ${object.name}`);
    input.set(f, deserialize(f, raw));
  }
  return input;
}

/** Records of every object, one SQLite table each; writes check what Salesforce checks on save. */
export class RecordStore {
  constructor(
    private readonly db: DatabaseSync,
    private readonly schema: Schema,
    private readonly now: () => Date,
  ) {}

  private readonly statements = new Map<SfObject, ObjectStatements>();

  get(object: SfObject, id: string): Row | undefined {
    return this.sql(object).get.get(id) as Row | undefined;
  }

  /** The prepared statements of one object (full-row insert and update, read by id). */
  private sql(object: SfObject): ObjectStatements {
    let s = this.statements.get(object);
    if (!s) {
      const names = object.fields.map((f) => f.name);
      const table = quote(object.table);
      s = {
        names,
        get: this.db.prepare(`SELECT * FROM ${table} WHERE "Id" = ?`),
        insert: this.db.prepare(
          `INSERT INTO ${table} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        ),
        update: this.db.prepare(
          `UPDATE ${table} SET ${names.map((n) => `${quote(n)} = ?`).join(', ')} WHERE "Id" = ?`,
        ),
      };
      this.statements.set(object, s);
    }
    return s;
  }

  newId(object: SfObject): string {
    return makeId(object.keyPrefix, nextSequence(this.db, `id:${object.keyPrefix}`, 1000));
  }

  /** Inserts a record the sandbox itself owns (users), bypassing the API's checks. */
  insertRaw(object: SfObject, row: Row): void {
    this.write(object, row, false);
  }

  create(object: SfObject, input: Input, userId: string): Change {
    this.assertWritable(object, input, 'createable');
    const now = this.now();
    const stamp = formatDateTime(now);
    const row: Row = { Id: this.newId(object) };
    for (const [f, v] of input) row[f.name] = checkValue(f, v);
    Object.assign(row, {
      IsDeleted: 0,
      CreatedDate: stamp,
      CreatedById: userId,
      LastModifiedDate: stamp,
      LastModifiedById: userId,
      SystemModstamp: stamp,
    });
    applyDefaults(object, row, userId);
    this.save(object, row, undefined, input, now);
    return { object, id: row.Id as string, after: row };
  }

  update(object: SfObject, id: string, input: Input, userId: string): Change {
    this.assertWritable(object, input, 'updateable');
    const before = this.get(object, id);
    if (!before) throw recordError('ENTITY_IS_DELETED', 'entity is deleted', []);
    const now = this.now();
    const stamp = formatDateTime(now);
    const row: Row = { ...before };
    for (const [f, v] of input) row[f.name] = checkValue(f, v);
    Object.assign(row, { LastModifiedDate: stamp, LastModifiedById: userId, SystemModstamp: stamp });
    this.save(object, row, before, input, now);
    return { object, id, before, after: row };
  }

  /** Deletes a record and, like Salesforce, its master-detail children; lookups to it are cleared. */
  delete(object: SfObject, id: string): void {
    if (!object.writable) throw insufficientAccess(object);
    const row = this.get(object, id);
    if (!row) throw notFound();
    this.cascade(object, id);
    if (object.name === 'Task') refreshLastActivity(this.db, this.schema, [row]);
  }

  private cascade(object: SfObject, id: string): void {
    for (const rel of object.childRelationships) {
      const child = this.schema.object(rel.childSObject)!;
      const column = quote(rel.field);
      if (rel.cascadeDelete) {
        const kids = stmt(this.db, `SELECT "Id" FROM ${quote(child.table)} WHERE ${column} = ?`).all(id);
        for (const k of kids as { Id: string }[]) this.cascade(child, k.Id);
      } else {
        stmt(
          this.db,
          `UPDATE ${quote(child.table)} SET ${column} = NULL, "SystemModstamp" = ? WHERE ${column} = ?`,
        ).run(formatDateTime(this.now()), id);
      }
    }
    stmt(this.db, `DELETE FROM ${quote(object.table)} WHERE "Id" = ?`).run(id);
  }

  private save(object: SfObject, row: Row, before: Row | undefined, input: Input, now: Date): void {
    const touched = new Set([...input.keys()].map((f) => f.name));
    deriveFields(this.db, object, row, before, touched, now);
    if (object.name === 'Task') deriveTask(this.db, this.schema, row);
    checkRequired(object, row);
    checkReferences(this.db, this.schema, object, row, before);
    checkValidationRules(object, row, before, now);
    this.write(object, row, before !== undefined);
    if (object.name === 'Task') refreshLastActivity(this.db, this.schema, [before, row]);
  }

  private write(object: SfObject, row: Row, exists: boolean): void {
    const s = this.sql(object);
    const values = s.names.map((n) => row[n] ?? null);
    if (exists) s.update.run(...values, row.Id!);
    else s.insert.run(...values);
  }

  private assertWritable(object: SfObject, input: Input, flag: 'createable' | 'updateable'): void {
    if (!object.writable) throw insufficientAccess(object);
    const locked = [...input.keys()].filter((f) => !f[flag]).map((f) => f.name);
    if (locked.length > 0)
      throw recordError(
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to create/update fields: ${locked.join(', ')}. Please check the security settings of this ` +
          `field and verify that it is read/write for your profile or permission set.`,
        locked,
      );
  }
}

const insufficientAccess = (object: SfObject) =>
  new SalesforceError(
    400,
    'INSUFFICIENT_ACCESS_OR_READONLY',
    `insufficient access rights on object id: the sandbox manages ${object.name} records itself`,
    [],
  );

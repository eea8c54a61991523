import type { DatabaseSync } from 'node:sqlite';
import { transaction } from '../../db.js';
import { invalidType, jsonParserError, recordError, SalesforceError } from '../errors.js';
import type { SaveError } from '../errors.js';
import { toId18 } from '../ids.js';
import type { Schema } from '../schema/registry.js';
import type { SfObject } from '../schema/types.js';
import { parseInput } from './records.js';
import type { Change, Input, RecordStore } from './records.js';

export interface SaveResult {
  id?: string;
  success: boolean;
  errors: SaveError[];
}

/** Told about saved creates and updates once their transaction committed (outbound messages). */
export type CommitListener = (changes: readonly Change[]) => void;

const ROLLED_BACK: SaveError = {
  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
  fields: [],
};

class RollBack extends Error {}

/** Writes through the API: single records and sObject collections with allOrNone semantics. */
export class Dml {
  constructor(
    private readonly db: DatabaseSync,
    private readonly schema: Schema,
    private readonly store: RecordStore,
    private readonly onCommit: CommitListener,
  ) {}

  createOne(object: SfObject, body: Record<string, unknown>, userId: string): string {
    const input = parseInput(object, body);
    const change = transaction(this.db, () => this.store.create(object, input, userId));
    this.onCommit([change]);
    return change.id;
  }

  updateOne(object: SfObject, id: string, body: Record<string, unknown>, userId: string): void {
    const input = parseInput(object, body);
    const change = transaction(this.db, () => this.store.update(object, id, input, userId));
    this.onCommit([change]);
  }

  deleteOne(object: SfObject, id: string): void {
    transaction(this.db, () => this.store.delete(object, id));
  }

  createMany(records: readonly Record<string, unknown>[], allOrNone: boolean, userId: string): SaveResult[] {
    const parsed = records.map((r) => this.typed(r));
    return this.batch(parsed, allOrNone, ({ object, input }) => {
      const change = this.store.create(object, input, userId);
      return { change, id: change.id };
    });
  }

  updateMany(records: readonly Record<string, unknown>[], allOrNone: boolean, userId: string): SaveResult[] {
    const parsed = records.map((r) => ({ ...this.typed(r), rawId: r.id ?? r.Id }));
    return this.batch(
      parsed,
      allOrNone,
      ({ object, input, rawId }) => {
        if (typeof rawId !== 'string' || rawId === '')
          throw recordError('MISSING_ARGUMENT', 'Id not specified in an update call', []);
        const id = toId18(rawId);
        if (!id || this.schema.objectOfId(id) !== object)
          throw recordError('MALFORMED_ID', `malformed id ${rawId}`, []);
        return { change: this.store.update(object, id, input, userId), id };
      },
      (p) => (typeof p.rawId === 'string' ? (toId18(p.rawId) ?? p.rawId) : undefined),
    );
  }

  deleteMany(ids: readonly string[], allOrNone: boolean): SaveResult[] {
    return this.batch(
      ids,
      allOrNone,
      (raw) => {
        const id = toId18(raw);
        const object = id ? this.schema.objectOfId(id) : undefined;
        if (!id || !object) throw recordError('MALFORMED_ID', `malformed id ${raw}`, []);
        if (!this.store.get(object, id)) throw recordError('ENTITY_IS_DELETED', 'entity is deleted', []);
        this.store.delete(object, id);
        return { id };
      },
      (raw) => toId18(raw) ?? raw,
    );
  }

  /** A collection record's type (`attributes.type`) and deserialised fields; problems fail the request. */
  private typed(record: Record<string, unknown>): { object: SfObject; input: Input } {
    const type = (record.attributes as { type?: unknown } | undefined)?.type;
    if (typeof type !== 'string') throw jsonParserError('Must send a concrete entity type.');
    const object = this.schema.object(type);
    if (!object) throw invalidType(type);
    return { object, input: parseInput(object, record) };
  }

  /** Runs each item in a savepoint; with allOrNone one failure rolls everything back. */
  private batch<T>(
    items: readonly T[],
    allOrNone: boolean,
    save: (item: T) => { change?: Change; id: string },
    idOf?: (item: T) => string | undefined,
  ): SaveResult[] {
    const results: SaveResult[] = [];
    const changes: Change[] = [];
    try {
      transaction(this.db, () => {
        for (const item of items) {
          this.db.exec('SAVEPOINT sf_record');
          try {
            const { change, id } = save(item);
            this.db.exec('RELEASE sf_record');
            if (change) changes.push(change);
            results.push({ id, success: true, errors: [] });
          } catch (error) {
            this.db.exec('ROLLBACK TO sf_record');
            this.db.exec('RELEASE sf_record');
            if (!(error instanceof SalesforceError)) throw error;
            const id = idOf?.(item);
            results.push({ ...(id ? { id } : {}), success: false, errors: [error.saveError()] });
          }
        }
        if (allOrNone && results.some((r) => !r.success)) throw new RollBack();
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      return results.map((r, i) => {
        if (!r.success) return r;
        const id = idOf?.(items[i]!);
        return { ...(id ? { id } : {}), success: false, errors: [ROLLED_BACK] };
      });
    }
    this.onCommit(changes);
    return results;
  }
}

import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { parseQuery } from '@jetstreamapp/soql-parser-js';
import type { Query } from '@jetstreamapp/soql-parser-js';
import { malformedQuery, SalesforceError } from '../errors.js';
import { checksum } from '../ids.js';
import type { Schema } from '../schema/registry.js';
import { stmt } from '../store/statements.js';
import { buildAggregates, buildRecords } from './build.js';
import type { ApiRecord } from './build.js';
import { compileQuery } from './compile.js';
import type { CompiledQuery } from './compile.js';

export interface QueryResult {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: ApiRecord[];
}

interface Cursor {
  readonly plan: CompiledQuery;
  readonly rows: readonly Record<string, unknown>[];
  readonly batchSize: number;
  lastUsed: number;
}

export const DEFAULT_BATCH = 2000;
const CURSOR_IDLE_MS = 15 * 60_000;
const MAX_CURSORS = 500;

/** `Sforce-Query-Options: batchSize=500` → 500; Salesforce honours 200…2000. */
export function batchSizeOf(header: string | undefined): number {
  const m = /batchSize\s*=\s*(\d+)/i.exec(header ?? '');
  if (!m) return DEFAULT_BATCH;
  return Math.min(DEFAULT_BATCH, Math.max(200, Number(m[1])));
}

/** Parses SOQL; a syntax error is MALFORMED_QUERY with the parser's explanation. */
export function parseSoql(soql: string): Query {
  try {
    return parseQuery(soql);
  } catch (error) {
    const text = (error as Error).message;
    const found = /but found: '([^']*)'/.exec(text);
    throw malformedQuery(found ? `unexpected token: '${found[1]}'` : text.split('\n')[0]!);
  }
}

/** Runs SOQL and keeps server-side cursors for queryMore, as Salesforce does. */
export class QueryEngine {
  private readonly cursors = new Map<string, Cursor>();

  constructor(
    private readonly db: DatabaseSync,
    private readonly schema: Schema,
    private readonly now: () => Date,
  ) {}

  query(soql: string, version: string, batchSize = DEFAULT_BATCH): QueryResult {
    return this.run(compileQuery(this.schema, parseSoql(soql), this.now()), version, batchSize);
  }

  run(plan: CompiledQuery, version: string, batchSize = DEFAULT_BATCH): QueryResult {
    const rows = stmt(this.db, plan.sql).all(...(plan.params as (string | number | null)[])) as Record<
      string,
      unknown
    >[];
    if (plan.mode === 'count') return { totalSize: Number(rows[0]?.n ?? 0), done: true, records: [] };
    if (plan.mode === 'aggregate')
      return { totalSize: rows.length, done: true, records: buildAggregates(plan, rows) };
    return this.page({ plan, rows, batchSize, lastUsed: this.now().getTime() }, undefined, 0, version);
  }

  /** `query/01gXXXXXXXXXXXXXXX-2000` */
  more(locator: string, version: string): QueryResult {
    this.expire();
    const m = /^(01g[0-9A-Za-z]{15})-(\d+)$/.exec(locator);
    const cursor = m ? this.cursors.get(m[1]!) : undefined;
    if (!m || !cursor || Number(m[2]) >= cursor.rows.length)
      throw new SalesforceError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    cursor.lastUsed = this.now().getTime();
    return this.page(cursor, m[1], Number(m[2]), version);
  }

  reset(): void {
    this.cursors.clear();
  }

  private page(cursor: Cursor, id: string | undefined, start: number, version: string): QueryResult {
    const end = start + cursor.batchSize;
    const records = buildRecords(this.db, cursor.plan, cursor.rows.slice(start, end), version);
    const result: QueryResult = { totalSize: cursor.rows.length, done: end >= cursor.rows.length, records };
    if (!result.done) {
      const cursorId = id ?? this.open(cursor);
      return {
        totalSize: result.totalSize,
        done: false,
        nextRecordsUrl: `/services/data/${version}/query/${cursorId}-${end}`,
        records,
      };
    }
    if (id) this.cursors.delete(id);
    return result;
  }

  private open(cursor: Cursor): string {
    this.expire();
    if (this.cursors.size >= MAX_CURSORS) this.cursors.delete(this.cursors.keys().next().value!);
    const id15 = `01g${randomBytes(12).toString('base64url').replace(/[-_]/g, '0').slice(0, 12)}`;
    const id = id15 + checksum(id15);
    this.cursors.set(id, cursor);
    return id;
  }

  private expire(): void {
    const cutoff = this.now().getTime() - CURSOR_IDLE_MS;
    for (const [id, c] of this.cursors) if (c.lastUsed < cutoff) this.cursors.delete(id);
  }
}

import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** One CRM record as stored: property values are strings, like HubSpot returns them. */
export interface StoredObject {
  readonly id: string;
  readonly typeId: string;
  readonly properties: Record<string, string>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archived: boolean;
  readonly archivedAt?: string;
}

type Row = Record<string, unknown>;

function toObject(row: Row): StoredObject {
  const base = {
    id: String(row.id),
    typeId: row.type_id as string,
    properties: JSON.parse(row.properties as string) as Record<string, string>,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    archived: row.archived === 1,
  };
  return row.archived_at ? { ...base, archivedAt: row.archived_at as string } : base;
}

const COLUMNS = 'id, type_id, properties, created_at, updated_at, archived, archived_at';

/** CRM records in SQLite, all through prepared statements. */
export class ObjectsStore {
  private readonly insertStmt: StatementSync;
  private readonly getStmt: StatementSync;
  private readonly getManyStmt: StatementSync;
  private readonly byValueStmt: StatementSync;
  private readonly byValueStmts = new Map<string, StatementSync>();
  private readonly pageStmt: StatementSync;
  private readonly allStmt: StatementSync;
  private readonly updateStmt: StatementSync;
  private readonly archiveStmt: StatementSync;
  private readonly countStmt: StatementSync;

  constructor(private readonly db: DatabaseSync) {
    this.insertStmt = db.prepare(
      `INSERT INTO hs_objects (type_id, properties, created_at, updated_at) VALUES (?, '{}', ?, ?) RETURNING id`,
    );
    this.getStmt = db.prepare(
      `SELECT ${COLUMNS} FROM hs_objects WHERE id = ? AND type_id = ? AND archived = ?`,
    );
    this.getManyStmt = db.prepare(
      `SELECT ${COLUMNS} FROM hs_objects WHERE type_id = ? AND archived = ?
         AND id IN (SELECT value FROM json_each(?))`,
    );
    this.byValueStmt = db.prepare(
      `SELECT ${COLUMNS} FROM hs_objects WHERE type_id = ? AND archived = 0
         AND json_extract(properties, ?) = ? ORDER BY id LIMIT 1`,
    );
    this.pageStmt = db.prepare(
      `SELECT ${COLUMNS} FROM hs_objects WHERE type_id = ? AND archived = ? AND id > ? ORDER BY id LIMIT ?`,
    );
    this.allStmt = db.prepare(
      `SELECT ${COLUMNS} FROM hs_objects WHERE type_id = ? AND archived = 0 ORDER BY id`,
    );
    this.updateStmt = db.prepare('UPDATE hs_objects SET properties = ?, updated_at = ? WHERE id = ?');
    this.archiveStmt = db.prepare(
      'UPDATE hs_objects SET archived = 1, archived_at = ? WHERE id = ? AND type_id = ? AND archived = 0',
    );
    this.countStmt = db.prepare('SELECT COUNT(*) AS n FROM hs_objects WHERE type_id = ? AND archived = 0');
  }

  /** Reserves an id; the caller then writes the properties (which contain the id). */
  insert(typeId: string, now: string): string {
    const row = this.insertStmt.get(typeId, now, now) as Row;
    return String(row.id);
  }

  get(typeId: string, id: string, archived = false): StoredObject | undefined {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const row = this.getStmt.get(id, typeId, archived ? 1 : 0);
    return row ? toObject(row) : undefined;
  }

  getMany(typeId: string, ids: readonly string[], archived = false): Map<string, StoredObject> {
    const numeric = ids.filter((id) => /^\d{1,18}$/.test(id)).map(Number);
    const rows = this.getManyStmt.all(typeId, archived ? 1 : 0, JSON.stringify(numeric));
    return new Map(rows.map((row) => [String(row.id), toObject(row)]));
  }

  /**
   * The live record whose property has this value (unique values, `idProperty` look-ups). Each
   * property gets an expression index and a statement of its own on first use, so the check stays
   * an index look-up however many records there are (seeding 10,000 accounts checks every e-mail).
   */
  findByValue(typeId: string, property: string, value: string): StoredObject | undefined {
    let stmt = this.byValueStmts.get(property);
    if (!stmt) {
      if (!/^[A-Za-z0-9_]+$/.test(property)) {
        const row = this.byValueStmt.get(typeId, `$."${property}"`, value);
        return row ? toObject(row) : undefined;
      }
      const path = `'$.${property}'`;
      this.db.exec(
        `CREATE INDEX IF NOT EXISTS hs_objects_by_${property} ON hs_objects (type_id, json_extract(properties, ${path})) WHERE archived = 0`,
      );
      stmt = this.db.prepare(
        `SELECT ${COLUMNS} FROM hs_objects WHERE type_id = ? AND archived = 0
           AND json_extract(properties, ${path}) = ? ORDER BY id LIMIT 1`,
      );
      this.byValueStmts.set(property, stmt);
    }
    const row = stmt.get(typeId, value);
    return row ? toObject(row) : undefined;
  }

  page(typeId: string, afterId: number, limit: number, archived = false): StoredObject[] {
    return this.pageStmt.all(typeId, archived ? 1 : 0, afterId, limit).map(toObject);
  }

  all(typeId: string): StoredObject[] {
    return this.allStmt.all(typeId).map(toObject);
  }

  count(typeId: string): number {
    return Number((this.countStmt.get(typeId) as Row).n);
  }

  write(id: string, properties: Record<string, string>, updatedAt: string): void {
    this.updateStmt.run(JSON.stringify(properties), updatedAt, id);
  }

  archive(typeId: string, id: string, now: string): boolean {
    return Number(this.archiveStmt.run(now, id, typeId).changes) > 0;
  }
}

import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** A portal user who can own records (`hubspot_owner_id`, `owner_id`), as the owners API shows it. */
export interface Owner {
  readonly id: string;
  readonly userId: number;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archived: boolean;
}

/** Owner ids are long numbers in HubSpot, user ids shorter ones. */
export const FIRST_OWNER_ID = 70_000_001;
const USER_ID_OFFSET = 60_000_000;

type Row = Record<string, unknown>;
const toOwner = (r: Row): Owner => ({
  id: String(r.id),
  userId: Number(r.id) - USER_ID_OFFSET,
  email: r.email as string,
  firstName: r.first_name as string,
  lastName: r.last_name as string,
  createdAt: r.created_at as string,
  updatedAt: r.created_at as string,
  archived: r.archived === 1,
});

export function createOwnerTable(db: DatabaseSync): void {
  db.exec(`CREATE TABLE IF NOT EXISTS hs_owners (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
  )`);
}

/** The portal's owners (users). The sandbox adds them when it seeds a portfolio. */
export class OwnersStore {
  private readonly addStmt: StatementSync;
  private readonly pageStmt: StatementSync;
  private readonly byIdStmt: StatementSync;
  private readonly byEmailStmt: StatementSync;

  constructor(db: DatabaseSync) {
    createOwnerTable(db);
    this.addStmt = db.prepare(
      `INSERT INTO hs_owners (id, email, first_name, last_name, created_at)
       SELECT COALESCE(MAX(id) + 1, ?), ?, ?, ?, ? FROM hs_owners RETURNING *`,
    );
    this.pageStmt = db.prepare(
      'SELECT * FROM hs_owners WHERE archived = ? AND id > ? AND (? IS NULL OR email = ?) ORDER BY id LIMIT ?',
    );
    this.byIdStmt = db.prepare('SELECT * FROM hs_owners WHERE id = ? AND archived = ?');
    this.byEmailStmt = db.prepare('SELECT * FROM hs_owners WHERE email = ?');
  }

  /** Adds an owner, or returns the one with this e-mail address. */
  add(input: { email: string; firstName: string; lastName: string }, now: string): Owner {
    const existing = this.byEmailStmt.get(input.email);
    if (existing) return toOwner(existing);
    return toOwner(
      this.addStmt.get(FIRST_OWNER_ID, input.email, input.firstName, input.lastName, now) as Row,
    );
  }

  page(afterId: number, limit: number, archived: boolean, email?: string): Owner[] {
    const e = email ?? null;
    return this.pageStmt.all(archived ? 1 : 0, afterId, e, e, limit).map(toOwner);
  }

  all(): Owner[] {
    return this.page(0, 1_000_000, false);
  }

  byId(id: number, archived: boolean): Owner | undefined {
    const row = this.byIdStmt.get(id, archived ? 1 : 0);
    return row ? toOwner(row) : undefined;
  }

  byUserId(userId: number, archived: boolean): Owner | undefined {
    return this.byId(userId + USER_ID_OFFSET, archived);
  }
}

import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { LinkChange } from '../changes.js';
import { FIRST_USER_ASSOCIATION_TYPE } from './tables.js';

export type AssociationCategory = 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED';

/** One direction of an association definition (HubSpot's association types are one-way). */
export interface AssociationType {
  readonly typeId: number;
  readonly category: AssociationCategory;
  readonly fromType: string;
  readonly toType: string;
  readonly name: string | null;
  readonly label: string | null;
  readonly inverseId: number;
  /** the unlabeled type used by "associate default" */
  readonly isDefault: boolean;
}

export interface Link {
  readonly fromId: string;
  readonly toId: string;
  readonly typeId: number;
}

type Row = Record<string, unknown>;
const toType = (r: Row): AssociationType => ({
  typeId: Number(r.type_id),
  category: r.category as AssociationCategory,
  fromType: r.from_type as string,
  toType: r.to_type as string,
  name: (r.name as string | null) ?? null,
  label: (r.label as string | null) ?? null,
  inverseId: Number(r.inverse_id),
  isDefault: r.is_default === 1,
});

/** Association definitions and the links between records; every link is stored in both directions. */
export class AssociationsStore {
  private readonly typesStmt: StatementSync;
  private readonly typeStmt: StatementSync;
  private readonly insertTypeStmt: StatementSync;
  private readonly deleteTypeStmt: StatementSync;
  private readonly maxTypeStmt: StatementSync;
  private readonly linkStmt: StatementSync;
  private readonly unlinkStmt: StatementSync;
  private readonly unlinkTypeStmt: StatementSync;
  private readonly linksStmt: StatementSync;
  private readonly linksManyStmt: StatementSync;
  private readonly dropObjectStmt: StatementSync;

  /** `onLink` hears of every association row actually added or removed */
  constructor(
    db: DatabaseSync,
    private readonly onLink: (change: LinkChange) => void = () => undefined,
  ) {
    this.typesStmt = db.prepare(
      'SELECT * FROM hs_association_types WHERE from_type = ? AND to_type = ? ORDER BY is_default DESC, type_id',
    );
    this.typeStmt = db.prepare('SELECT * FROM hs_association_types WHERE type_id = ?');
    this.insertTypeStmt = db.prepare(
      `INSERT OR REPLACE INTO hs_association_types (type_id, category, from_type, to_type, name, label, inverse_id, is_default)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.deleteTypeStmt = db.prepare('DELETE FROM hs_association_types WHERE type_id = ?');
    this.maxTypeStmt = db.prepare(
      `SELECT MAX(type_id) AS n FROM hs_association_types WHERE category <> 'HUBSPOT_DEFINED'`,
    );
    this.linkStmt = db.prepare(
      'INSERT OR IGNORE INTO hs_associations (from_id, to_type, to_id, type_id) VALUES (?, ?, ?, ?)',
    );
    this.unlinkStmt = db.prepare(
      'DELETE FROM hs_associations WHERE from_id = ? AND to_type = ? AND to_id = ? RETURNING type_id',
    );
    this.unlinkTypeStmt = db.prepare(
      'DELETE FROM hs_associations WHERE from_id = ? AND to_type = ? AND to_id = ? AND type_id = ?',
    );
    this.linksStmt = db.prepare(
      'SELECT from_id, to_id, type_id FROM hs_associations WHERE from_id = ? AND to_type = ? ORDER BY to_id, type_id',
    );
    this.linksManyStmt = db.prepare(
      `SELECT from_id, to_id, type_id FROM hs_associations WHERE to_type = ?
         AND from_id IN (SELECT value FROM json_each(?)) ORDER BY from_id, to_id, type_id`,
    );
    this.dropObjectStmt = db.prepare(
      'DELETE FROM hs_associations WHERE from_id = ? OR to_id = ? RETURNING from_id, to_type, to_id, type_id',
    );
  }

  types(fromType: string, toTypeId: string): AssociationType[] {
    return this.typesStmt.all(fromType, toTypeId).map(toType);
  }

  type(typeId: number): AssociationType | undefined {
    const row = this.typeStmt.get(typeId);
    return row ? toType(row) : undefined;
  }

  saveType(t: AssociationType): void {
    this.insertTypeStmt.run(
      t.typeId,
      t.category,
      t.fromType,
      t.toType,
      t.name,
      t.label,
      t.inverseId,
      t.isDefault ? 1 : 0,
    );
  }

  deleteType(typeId: number): void {
    this.deleteTypeStmt.run(typeId);
  }

  nextUserTypeId(): number {
    const max = (this.maxTypeStmt.get() as Row).n;
    return max === null ? FIRST_USER_ASSOCIATION_TYPE : Number(max) + 1;
  }

  /** Links two records with a type and its inverse. */
  link(from: { type: string; id: string }, to: { type: string; id: string }, t: AssociationType): void {
    if (Number(this.linkStmt.run(from.id, to.type, to.id, t.typeId).changes) > 0)
      this.announce('linked', from, to, t.typeId);
    if (Number(this.linkStmt.run(to.id, from.type, from.id, t.inverseId).changes) > 0)
      this.announce('linked', to, from, t.inverseId);
  }

  /** Removes every association between two records (both directions). */
  unlinkAll(from: { type: string; id: string }, to: { type: string; id: string }): void {
    for (const row of this.unlinkStmt.all(from.id, to.type, to.id))
      this.announce('unlinked', from, to, Number(row.type_id));
    for (const row of this.unlinkStmt.all(to.id, from.type, from.id))
      this.announce('unlinked', to, from, Number(row.type_id));
  }

  unlinkType(from: { type: string; id: string }, to: { type: string; id: string }, t: AssociationType): void {
    if (Number(this.unlinkTypeStmt.run(from.id, to.type, to.id, t.typeId).changes) > 0)
      this.announce('unlinked', from, to, t.typeId);
    if (Number(this.unlinkTypeStmt.run(to.id, from.type, from.id, t.inverseId).changes) > 0)
      this.announce('unlinked', to, from, t.inverseId);
  }

  links(fromId: string, toTypeId: string): Link[] {
    return this.linksStmt.all(fromId, toTypeId).map(toLink);
  }

  linksOfMany(fromIds: readonly string[], toTypeId: string): Map<string, Link[]> {
    const out = new Map<string, Link[]>();
    const rows = this.linksManyStmt.all(toTypeId, JSON.stringify(fromIds.map(Number)));
    for (const link of rows.map(toLink)) {
      const list = out.get(link.fromId) ?? [];
      list.push(link);
      out.set(link.fromId, list);
    }
    return out;
  }

  /** Forgets every link of an archived record (of type `typeId`). */
  dropObject(typeId: string, id: string): void {
    const rows = this.dropObjectStmt.all(id, id).map((r) => ({ ...toLink(r), toType: r.to_type as string }));
    // links are stored both ways: the row from the archived record names the other side's type
    const typeOf = new Map(rows.filter((r) => r.fromId === id).map((r) => [r.toId, r.toType]));
    for (const r of rows) {
      const fromType = r.fromId === id ? typeId : typeOf.get(r.fromId);
      if (fromType === undefined) continue;
      this.announce('unlinked', { type: fromType, id: r.fromId }, { type: r.toType, id: r.toId }, r.typeId);
    }
  }

  private announce(
    kind: LinkChange['kind'],
    from: { type: string; id: string },
    to: { type: string; id: string },
    typeId: number,
  ): void {
    this.onLink({ kind, fromType: from.type, fromId: from.id, toType: to.type, toId: to.id, typeId });
  }
}

function toLink(r: Row): Link {
  return { fromId: String(r.from_id), toId: String(r.to_id), typeId: Number(r.type_id) };
}

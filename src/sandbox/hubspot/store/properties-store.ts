import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { PropertyDefinition, PropertyGroup } from '../property-model.js';

/** Property definitions and groups per object type, cached in memory (every write needs them). */
export class PropertiesStore {
  private readonly cache = new Map<string, Map<string, PropertyDefinition>>();
  private readonly upsertStmt: StatementSync;
  private readonly byTypeStmt: StatementSync;
  private readonly upsertGroupStmt: StatementSync;
  private readonly groupsStmt: StatementSync;
  private readonly deleteGroupStmt: StatementSync;

  constructor(db: DatabaseSync) {
    this.upsertStmt = db.prepare(
      `INSERT INTO hs_properties (type_id, name, definition) VALUES (?, ?, ?)
       ON CONFLICT (type_id, name) DO UPDATE SET definition = excluded.definition`,
    );
    this.byTypeStmt = db.prepare('SELECT definition FROM hs_properties WHERE type_id = ?');
    this.upsertGroupStmt = db.prepare(
      `INSERT INTO hs_property_groups (type_id, name, definition) VALUES (?, ?, ?)
       ON CONFLICT (type_id, name) DO UPDATE SET definition = excluded.definition`,
    );
    this.groupsStmt = db.prepare(
      'SELECT definition FROM hs_property_groups WHERE type_id = ? ORDER BY rowid',
    );
    this.deleteGroupStmt = db.prepare('DELETE FROM hs_property_groups WHERE type_id = ? AND name = ?');
  }

  /** All definitions of a type, archived ones included, by name. */
  definitions(typeId: string): ReadonlyMap<string, PropertyDefinition> {
    let map = this.cache.get(typeId);
    if (!map) {
      map = new Map();
      for (const row of this.byTypeStmt.all(typeId)) {
        const def = JSON.parse(row.definition as string) as PropertyDefinition;
        map.set(def.name, def);
      }
      this.cache.set(typeId, map);
    }
    return map;
  }

  get(typeId: string, name: string): PropertyDefinition | undefined {
    return this.definitions(typeId).get(name);
  }

  list(typeId: string, archived: boolean): PropertyDefinition[] {
    return [...this.definitions(typeId).values()].filter((d) => d.archived === archived);
  }

  save(typeId: string, def: PropertyDefinition): void {
    this.upsertStmt.run(typeId, def.name, JSON.stringify(def));
    this.cache.delete(typeId);
  }

  groups(typeId: string): PropertyGroup[] {
    return this.groupsStmt.all(typeId).map((row) => JSON.parse(row.definition as string) as PropertyGroup);
  }

  group(typeId: string, name: string): PropertyGroup | undefined {
    return this.groups(typeId).find((g) => g.name === name);
  }

  saveGroup(typeId: string, group: PropertyGroup): void {
    this.upsertGroupStmt.run(typeId, group.name, JSON.stringify(group));
  }

  deleteGroup(typeId: string, name: string): void {
    this.deleteGroupStmt.run(typeId, name);
  }

  /** Forgets the cache (after a reset). */
  clearCache(): void {
    this.cache.clear();
  }
}

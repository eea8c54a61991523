import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** A custom object schema as stored (properties and associations live in their own stores). */
export interface StoredSchema {
  id: string;
  objectTypeId: string;
  name: string;
  fullyQualifiedName: string;
  labels: { singular: string; plural: string };
  description?: string;
  primaryDisplayProperty: string;
  secondaryDisplayProperties: string[];
  searchableProperties: string[];
  requiredProperties: string[];
  metaType: 'PORTAL_SPECIFIC';
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

/** First number of custom object type ids (`2-…`). */
const FIRST_CUSTOM_TYPE = 5_000_001;

export class SchemasStore {
  private cache: StoredSchema[] | undefined;
  private readonly allStmt: StatementSync;
  private readonly upsertStmt: StatementSync;
  private readonly deleteStmt: StatementSync;

  constructor(db: DatabaseSync) {
    this.allStmt = db.prepare('SELECT definition FROM hs_schemas ORDER BY rowid');
    this.upsertStmt = db.prepare(
      `INSERT INTO hs_schemas (object_type_id, name, definition) VALUES (?, ?, ?)
       ON CONFLICT (object_type_id) DO UPDATE SET definition = excluded.definition`,
    );
    this.deleteStmt = db.prepare('DELETE FROM hs_schemas WHERE object_type_id = ?');
  }

  all(): readonly StoredSchema[] {
    this.cache ??= this.allStmt.all().map((row) => JSON.parse(row.definition as string) as StoredSchema);
    return this.cache;
  }

  nextObjectTypeId(): string {
    const numbers = this.all().map((s) => Number(s.objectTypeId.slice(2)));
    return `2-${Math.max(FIRST_CUSTOM_TYPE - 1, ...numbers) + 1}`;
  }

  save(schema: StoredSchema): void {
    this.upsertStmt.run(schema.objectTypeId, schema.name, JSON.stringify(schema));
    this.cache = undefined;
  }

  /** Removes an archived schema for good, so its name can be used again. */
  purge(objectTypeId: string): void {
    this.deleteStmt.run(objectTypeId);
    this.cache = undefined;
  }

  clearCache(): void {
    this.cache = undefined;
  }
}

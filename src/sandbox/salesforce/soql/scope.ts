import { SalesforceError } from '../errors.js';
import type { Schema } from '../schema/registry.js';
import type { SfField, SfObject } from '../schema/types.js';
import { quote } from '../store/tables.js';

/** A parent reached through lookups (`Account`, `ReportsTo.Account`), joined with LEFT JOIN. */
export interface Join {
  readonly alias: string;
  readonly object: SfObject;
  /** canonical relationship names from the root */
  readonly path: readonly string[];
}

/** A field of the root or of a parent, as SQL and as the place it goes in the answer. */
export interface ColumnRef {
  readonly sql: string;
  readonly field: SfField;
  readonly path: readonly string[];
  /** the joins the path went through (outermost first) */
  readonly joins: readonly Join[];
}

/** Aliases are unique across one query, its sub-selects included. */
export class AliasCounter {
  private n = 0;
  next(): string {
    return `t${this.n++}`;
  }
}

const noRelationship = (name: string) =>
  new SalesforceError(
    400,
    'INVALID_FIELD',
    `Didn't understand relationship '${name}' in field path. If you are attempting to use a custom ` +
      `relationship, be sure to append the '__r' after the custom relationship name. Please reference ` +
      `your WSDL or the describe call for the appropriate names.`,
  );

export const noColumn = (name: string, object: SfObject) =>
  new SalesforceError(
    400,
    'INVALID_FIELD',
    `No such column '${name}' on entity '${object.name}'. If you are attempting to use a custom field, ` +
      `be sure to append the '__c' after the custom field name. Please reference your WSDL or the ` +
      `describe call for the appropriate names.`,
  );

/** The FROM object of one (sub)query and the parents its field paths join. */
export class Scope {
  readonly alias: string;
  private readonly joins = new Map<string, Join>();
  private readonly joinSql: string[] = [];

  constructor(
    readonly schema: Schema,
    readonly object: SfObject,
    readonly aliases: AliasCounter,
    private readonly objectAlias?: string,
  ) {
    this.alias = aliases.next();
  }

  /** `Name`, `Account.Name`, `ReportsTo.Account.Owner.Name` → the column (joining parents as needed). */
  column(dotted: string): ColumnRef {
    let parts = dotted.split('.');
    if (parts.length > 1 && this.objectAlias && parts[0]!.toLowerCase() === this.objectAlias.toLowerCase())
      parts = parts.slice(1);
    if (parts.length > 1 && parts[0]!.toLowerCase() === this.object.name.toLowerCase())
      parts = parts.slice(1);
    let object = this.object;
    let alias = this.alias;
    const path: string[] = [];
    const joins: Join[] = [];
    for (const rel of parts.slice(0, -1)) {
      const ref = object.parentRelationship(rel);
      if (!ref) throw noRelationship(rel);
      path.push(ref.relationshipName!);
      const join = this.join(path, ref, alias);
      joins.push(join);
      object = join.object;
      alias = join.alias;
    }
    const name = parts[parts.length - 1]!;
    const field = object.field(name);
    if (!field) throw noColumn(name, object);
    return { sql: `${alias}.${quote(field.name)}`, field, path, joins };
  }

  private join(path: readonly string[], ref: SfField, parentAlias: string): Join {
    const key = path.join('.').toLowerCase();
    const existing = this.joins.get(key);
    if (existing) return existing;
    const target = this.schema.object(ref.referenceTo[0]!)!;
    const join: Join = { alias: this.aliases.next(), object: target, path: [...path] };
    this.joins.set(key, join);
    this.joinSql.push(
      `LEFT JOIN ${quote(target.table)} ${join.alias} ON ${join.alias}."Id" = ${parentAlias}.${quote(ref.name)}`,
    );
    return join;
  }

  from(): string {
    return [`${quote(this.object.table)} ${this.alias}`, ...this.joinSql].join(' ');
  }
}

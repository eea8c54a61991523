import type { DatabaseSync } from 'node:sqlite';
import { splitPersonName } from '../../../crm/person-name.js';
import { emailOf } from '../../seed/names.js';
import type { Schema } from '../schema/registry.js';
import type { RecordStore } from '../store/records.js';
import { stmt } from '../store/statements.js';
import { quote } from '../store/tables.js';
import { formatDateTime } from '../store/values.js';

/**
 * An active User for every name (found by `Name`, else created the way an admin adds one: username
 * and e-mail from the name), so owner lookups resolve. Returns user id by name and how many were new.
 */
export function ensureUsers(
  db: DatabaseSync,
  schema: Schema,
  store: RecordStore,
  names: readonly string[],
  createdBy: string,
  now: Date,
): { byName: Map<string, string>; created: number } {
  const user = schema.object('User')!;
  const find = stmt(db, `SELECT "Id" FROM ${quote(user.table)} WHERE "Name" = ? ORDER BY "Id" LIMIT 1`);
  const stamp = formatDateTime(now);
  const byName = new Map<string, string>();
  let created = 0;
  for (const name of names) {
    const found = find.get(name);
    if (found) {
      byName.set(name, found.Id as string);
      continue;
    }
    const { firstName, lastName } = splitPersonName(name);
    const id = store.newId(user);
    const email = emailOf(name);
    store.insertRaw(user, {
      Id: id,
      Username: email,
      FirstName: firstName ?? null,
      LastName: lastName,
      Name: name,
      Email: email,
      IsActive: 1,
      IsDeleted: 0,
      CreatedDate: stamp,
      CreatedById: createdBy,
      LastModifiedDate: stamp,
      LastModifiedById: createdBy,
      SystemModstamp: stamp,
    });
    byName.set(name, id);
    created++;
  }
  return { byName, created };
}

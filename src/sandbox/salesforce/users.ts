import { makeId } from './ids.js';
import type { SandboxUser } from './options.js';
import type { Schema } from './schema/registry.js';
import type { RecordStore } from './store/records.js';
import { formatDateTime } from './store/values.js';

/** The n-th configured user's id: fixed, so tokens and owners survive a reset. */
export const userIdOf = (index: number) => makeId('005', index + 1);

/** (Re)creates the configured users as User records; returns user id by lower-case username. */
export function seedUsers(
  schema: Schema,
  store: RecordStore,
  users: readonly SandboxUser[],
  now: Date,
): Map<string, string> {
  const object = schema.object('User')!;
  const stamp = formatDateTime(now);
  const byName = new Map<string, string>();
  users.forEach((u, i) => {
    const id = userIdOf(i);
    byName.set(u.username.toLowerCase(), id);
    if (store.get(object, id)) return;
    store.insertRaw(object, {
      Id: id,
      Username: u.username,
      FirstName: u.firstName ?? null,
      LastName: u.lastName,
      Name: [u.firstName, u.lastName].filter(Boolean).join(' '),
      Email: u.email ?? u.username,
      IsActive: 1,
      CreatedDate: stamp,
      CreatedById: id,
      LastModifiedDate: stamp,
      LastModifiedById: id,
      SystemModstamp: stamp,
    });
  });
  return byName;
}

import type { Contact } from '../model/index.js';

import { compareIds } from '../order.js';

export { compareIds };

/** German collation for names (so "Öztürk" sorts with "O"), ids as the tie-break. */
export function byNameThenId(a: Contact, b: Contact): number {
  return a.name.localeCompare(b.name, 'de') || compareIds(a.id, b.id);
}

/** Contacts sorted by id, the first of duplicate ids kept (CRM ids are unique; this guards bad input). */
export function uniqueContacts(contacts: readonly Contact[]): Contact[] {
  const seen = new Map<string, Contact>();
  for (const c of contacts) if (!seen.has(c.id)) seen.set(c.id, c);
  return [...seen.values()].sort((a, b) => compareIds(a.id, b.id));
}

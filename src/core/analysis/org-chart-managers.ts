import type { Contact, Relationship } from '../model/index.js';

/** The one manager used for a contact in the Organigramm, and where that line was recorded. */
export interface ManagerLink {
  readonly contactId: string;
  readonly managerId: string;
  /** `contact`: the contact's reports-to field; `relationship`: a `reports_to` relationship. */
  readonly source: 'contact' | 'relationship';
}

/** A contact with more than one recorded manager: which one the chart uses and which it ignores. */
export interface ManagerConflict extends ManagerLink {
  /** The other recorded managers, by id. */
  readonly otherManagerIds: readonly string[];
}

/**
 * One manager per contact. The contact field wins over relationships (it is what Salesforce's
 * ReportsToId and a rep's explicit edit say). Among several `reports_to` relationships the chart
 * prefers a manager who is a known contact, then the strongest tie, then the lowest manager id.
 * `contacts` must be unique and sorted by id; conflicts come back in that order.
 */
export function resolveManagers(
  contacts: readonly Contact[],
  relationships: readonly Relationship[],
): { links: Map<string, ManagerLink>; conflicts: ManagerConflict[] } {
  const known = new Set(contacts.map((c) => c.id));
  const recorded = new Map<string, Map<string, number>>();
  for (const r of relationships) {
    if (r.kind !== 'reports_to' || r.fromId === r.toId || !known.has(r.fromId)) continue;
    let managers = recorded.get(r.fromId);
    if (!managers) recorded.set(r.fromId, (managers = new Map()));
    managers.set(r.toId, Math.max(managers.get(r.toId) ?? 0, r.strength));
  }

  const links = new Map<string, ManagerLink>();
  const conflicts: ManagerConflict[] = [];
  for (const contact of contacts) {
    const fromRelationships = recorded.get(contact.id) ?? new Map<string, number>();
    let link: ManagerLink | undefined;
    if (contact.reportsToId !== undefined) {
      link = { contactId: contact.id, managerId: contact.reportsToId, source: 'contact' };
    } else if (fromRelationships.size > 0) {
      const [best] = [...fromRelationships].sort(
        ([idA, strengthA], [idB, strengthB]) =>
          Number(known.has(idB)) - Number(known.has(idA)) ||
          strengthB - strengthA ||
          (idA < idB ? -1 : idA > idB ? 1 : 0),
      );
      if (best) link = { contactId: contact.id, managerId: best[0], source: 'relationship' };
    }
    if (!link) continue;
    links.set(contact.id, link);
    const others = [...fromRelationships.keys()].filter((id) => id !== link.managerId).sort();
    if (others.length > 0) conflicts.push({ ...link, otherManagerIds: others });
  }
  return { links, conflicts };
}

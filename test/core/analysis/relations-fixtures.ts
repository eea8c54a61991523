import fc from 'fast-check';
import type { Contact, Relationship } from '../../../src/core/model/index.js';
import { BUYING_ROLES, RELATIONSHIP_KINDS } from '../../../src/core/model/index.js';

type ContactSpec = Pick<Contact, 'id' | 'name'> & Partial<Contact>;
type TieSpec = Pick<Relationship, 'id' | 'fromId' | 'toId' | 'kind'> & Partial<Relationship>;

export const person = (spec: ContactSpec): Contact => ({ roles: [], ...spec });
export const tie = (spec: TieSpec): Relationship => ({ strength: 2, ...spec });

/**
 * Hagedorn Präzisionstechnik GmbH, a Mittelstand Maschinenbau customer. The formal lines come half
 * from contact fields (Salesforce style), half from `reports_to` relationships (HubSpot style).
 */
export const hagedornContacts: Contact[] = [
  person({
    id: 'gf',
    name: 'Dr. Petra Schneider',
    jobTitle: 'Geschäftsführerin',
    roles: ['decider'],
    influence: 5,
    attitude: 0,
  }),
  person({
    id: 'kfm',
    name: 'Klaus Richter',
    jobTitle: 'Kaufmännischer Leiter',
    roles: ['decider'],
    influence: 4,
    attitude: -1,
    reportsToId: 'gf',
  }),
  person({
    id: 'ek',
    name: 'Thomas Weber',
    jobTitle: 'Einkaufsleiter',
    roles: ['buyer', 'gatekeeper'],
    influence: 3,
    attitude: -2,
    reportsToId: 'kfm',
  }),
  person({
    id: 'pl',
    name: 'Anna Becker',
    jobTitle: 'Produktionsleiterin',
    roles: ['user', 'influencer'],
    influence: 4,
    attitude: 2,
    reportsToId: 'gf',
  }),
  person({
    id: 'it',
    name: 'Markus Hoffmann',
    jobTitle: 'Leiter IT',
    roles: ['influencer'],
    influence: 2,
    attitude: 1,
    reportsToId: 'kfm',
  }),
  person({
    id: 'qm',
    name: 'Jürgen Klein',
    jobTitle: 'Qualitätsmanager',
    roles: ['user'],
    influence: 2,
    attitude: 1,
  }),
  person({
    id: 'as',
    name: 'Sabine Wolf',
    jobTitle: 'Assistentin der Geschäftsführung',
    attitude: 0,
    reportsToId: 'gf',
  }),
  person({ id: 'mt', name: 'Stefan Braun', jobTitle: 'Meister Montage' }),
];

export const hagedornRelationships: Relationship[] = [
  tie({ id: 'r-qm-pl', fromId: 'qm', toId: 'pl', kind: 'reports_to' }),
  tie({ id: 'r-mt-pl', fromId: 'mt', toId: 'pl', kind: 'reports_to' }),
  tie({ id: 'r-gf-as', fromId: 'gf', toId: 'as', kind: 'trusts', strength: 3 }),
  tie({ id: 'r-pl-kfm', fromId: 'pl', toId: 'kfm', kind: 'conflicts', strength: 3 }),
  tie({ id: 'r-it-pl', fromId: 'it', toId: 'pl', kind: 'friends' }),
  tie({ id: 'r-ek-kfm', fromId: 'ek', toId: 'kfm', kind: 'influences', strength: 3 }),
  tie({ id: 'r-qm-ek', fromId: 'qm', toId: 'ek', kind: 'conflicts', strength: 1 }),
];

const IDS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'] as const;
/** Few names, so equal names (tie-break by id) happen often. */
const NAMES = ['Anna Becker', 'Jürgen Klein', 'Özlem Yılmaz', 'Thomas Weber', 'Anna Becker'];

/** A small customer organisation with anything a CRM may hold: unknown managers, self-loops, cycles. */
export const organisation = fc
  .uniqueArray(
    fc.record(
      {
        id: fc.constantFrom(...IDS),
        name: fc.constantFrom(...NAMES),
        reportsToId: fc.constantFrom(...IDS, 'ext-1'),
        roles: fc.uniqueArray(fc.constantFrom(...BUYING_ROLES), { maxLength: 2 }),
        influence: fc.integer({ min: 1, max: 5 }),
        attitude: fc.integer({ min: -2, max: 2 }),
      },
      { requiredKeys: ['id', 'name', 'roles'] },
    ),
    { selector: (c) => c.id, maxLength: IDS.length },
  )
  .chain((contacts) => {
    const ids = contacts.map((c) => c.id);
    const someone = ids.length > 0 ? fc.constantFrom(...ids) : fc.constant('ext-1');
    const relationship = fc.record({
      fromId: someone,
      toId: fc.oneof(someone, fc.constant('ext-2')),
      kind: fc.constantFrom(...RELATIONSHIP_KINDS),
      strength: fc.integer({ min: 1, max: 3 }),
    });
    return fc.record({
      contacts: fc.constant(contacts as Contact[]),
      relationships: fc
        .array(relationship, { maxLength: 24, size: 'medium' })
        .map((rs) =>
          rs.filter((r) => r.fromId !== r.toId).map((r, i): Relationship => ({ id: `rel-${i}`, ...r })),
        ),
    });
  });

/** The same organisation with contacts and relationships in another order. */
export const reordered = <T extends { contacts: Contact[]; relationships: Relationship[] }>(org: T) =>
  fc.record({
    contacts: fc.shuffledSubarray(org.contacts, {
      minLength: org.contacts.length,
      maxLength: org.contacts.length,
    }),
    relationships: fc.shuffledSubarray(org.relationships, {
      minLength: org.relationships.length,
      maxLength: org.relationships.length,
    }),
  });

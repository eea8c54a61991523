import { gql } from 'lightning/uiGraphQLApi';
import {
  BUYING_ROLES,
  RELATIONSHIP_KINDS,
  contactUpdate,
  contactsFromGraphQL,
  peopleVariables,
  relationshipCreate,
  relationshipUpdate,
  relationshipsFromGraphQL,
  rolesFromField,
} from 'c/kamPeopleRecords';
import {
  gqlQueries,
  inputFields,
  picklistValues,
  queryFields,
  unknownFields,
} from '../../../../../test/salesforce-fields';

// The module's queries as it hands them to `gql` when it loads.
const QUERIES = gqlQueries(gql);

const field = (value) => ({ value });
const answer = (contacts, relationships = []) => ({
  uiapi: {
    query: {
      Contact: { edges: contacts.map((node) => ({ node })) },
      KAM_Relationship__c: { edges: relationships.map((node) => ({ node })) },
    },
  },
});

describe('c-kam-people-records', () => {
  it('knows the roles and kinds the org’s picklists hold, in their order', () => {
    expect(BUYING_ROLES).toEqual(picklistValues('Contact', 'KAM_Roles__c'));
    expect(RELATIONSHIP_KINDS).toEqual(picklistValues('KAM_Relationship__c', 'Kind__c'));
  });

  it('reads only fields the org has', () => {
    const read = queryFields(QUERIES.kamPeople);
    expect(read).toEqual(
      expect.arrayContaining(['Contact.AccountId', 'Contact.KAM_Roles__c', 'KAM_Relationship__c.Kind__c']),
    );
    expect(unknownFields(read)).toEqual([]);
    // the check itself tells a misspelt field
    expect(unknownFields(['Contact.KAM_Role__c', 'KAM_Relationship__c.Note__c'])).toEqual([
      'Contact.KAM_Role__c',
    ]);
  });

  it('writes only fields the org has', () => {
    const tie = { fromId: '003A', toId: '003B', kind: 'trusts', strength: '2', note: '' };
    const written = [
      ...inputFields('Contact', contactUpdate('003A', { roles: [] })),
      ...inputFields('KAM_Relationship__c', relationshipCreate('001A', tie)),
      ...inputFields('KAM_Relationship__c', relationshipUpdate('a0R1', tie)),
    ];
    expect(written).toContain('KAM_Relationship__c.Account__c');
    expect(unknownFields(written)).toEqual([]);
  });

  it('maps contacts to the core’s shape, reports-to included, dropping what the core rejects', () => {
    const contacts = contactsFromGraphQL(
      answer([
        {
          Id: '003A',
          FirstName: field('Anna'),
          LastName: field('von der Heide'),
          Title: field(' Head of Purchasing '),
          Department: field(null),
          Email: field('anna@example.com'),
          ReportsToId: field('003B'),
          KAM_Roles__c: field('decider;coach;astronaut'),
          KAM_Influence__c: field(4),
          KAM_Attitude__c: field(-2),
          KAM_Needs_Factual__c: field('Delivery reliability'),
          KAM_Needs_Emotional__c: field(''),
          KAM_Last_Confirmed__c: field('2026-01-15'),
        },
        { Id: '003B', FirstName: field(null), LastName: field('Berg'), KAM_Influence__c: field(9) },
        { Id: '003C', FirstName: field('Nameless'), LastName: field(null) },
      ]),
    );
    expect(contacts).toEqual([
      {
        id: '003A',
        name: 'Anna von der Heide',
        jobTitle: 'Head of Purchasing',
        email: 'anna@example.com',
        reportsToId: '003B',
        roles: ['decider', 'coach'],
        influence: 4,
        attitude: -2,
        needsFactual: 'Delivery reliability',
        lastConfirmedAt: '2026-01-15',
      },
      { id: '003B', name: 'Berg', roles: [] },
    ]);
  });

  it('maps relationships, defaulting the strength and leaving out broken ones', () => {
    const node = (id, from, to, kind, strength) => ({
      Id: id,
      From_Contact__c: field(from),
      To_Contact__c: field(to),
      Kind__c: field(kind),
      Strength__c: field(strength),
      Note__c: field(null),
    });
    const relationships = relationshipsFromGraphQL(
      answer(
        [],
        [
          node('a0R1', '003A', '003B', 'trusts', 3),
          node('a0R2', '003A', '003B', 'influences', null),
          node('a0R3', '003A', '003A', 'trusts', 1),
          node('a0R4', '003A', '003B', 'admires', 1),
          node('a0R5', '003A', null, 'trusts', 1),
        ],
      ),
    );
    expect(relationships).toEqual([
      { id: 'a0R1', fromId: '003A', toId: '003B', kind: 'trusts', strength: 3 },
      { id: 'a0R2', fromId: '003A', toId: '003B', kind: 'influences', strength: 2 },
    ]);
    expect(contactsFromGraphQL(undefined)).toEqual([]);
  });

  it('reads roles as stored and asks for nothing without an account', () => {
    expect(rolesFromField(' buyer ; user')).toEqual(['user', 'buyer']);
    expect(rolesFromField(null)).toEqual([]);
    expect(peopleVariables(undefined)).toBeUndefined();
    expect(peopleVariables('001A')).toEqual({ accountId: '001A' });
  });

  it('writes contact edits and relationships as Salesforce fields, blanks as null', () => {
    expect(
      contactUpdate('003A', {
        roles: ['coach', 'decider'],
        influence: '4',
        attitude: '-1',
        needsFactual: '  ',
        needsEmotional: 'Recognition',
      }),
    ).toEqual({
      fields: {
        Id: '003A',
        KAM_Roles__c: 'decider;coach',
        KAM_Influence__c: 4,
        KAM_Attitude__c: -1,
        KAM_Needs_Factual__c: null,
        KAM_Needs_Emotional__c: 'Recognition',
      },
    });
    expect(contactUpdate('003A', { roles: [], influence: '', attitude: '' }).fields).toMatchObject({
      KAM_Roles__c: null,
      KAM_Influence__c: null,
      KAM_Attitude__c: null,
    });
    const tie = { fromId: '003A', toId: '003B', kind: 'trusts', strength: '3', note: ' old friends ' };
    expect(relationshipCreate('001A', tie)).toEqual({
      apiName: 'KAM_Relationship__c',
      fields: {
        Account__c: '001A',
        From_Contact__c: '003A',
        To_Contact__c: '003B',
        Kind__c: 'trusts',
        Strength__c: 3,
        Note__c: 'old friends',
      },
    });
    expect(relationshipUpdate('a0R1', { ...tie, note: '' }).fields).toEqual({
      Id: 'a0R1',
      From_Contact__c: '003A',
      To_Contact__c: '003B',
      Kind__c: 'trusts',
      Strength__c: 3,
      Note__c: null,
    });
  });
});

import { gql } from 'lightning/uiGraphQLApi';

/**
 * The customer's people as the core sees them: Contacts of an account and their `KAM_Relationship__c`
 * records, read with the GraphQL wire adapter and mapped to the core's `Contact` and `Relationship`
 * shapes exactly as the service's Salesforce mapping reads them (`src/crm/salesforce/mapping`).
 * Values the core would reject are left out, so the analyses always get valid input.
 */

/** The core's buying-center roles, in the order of the `KAM_Roles__c` picklist. */
export const BUYING_ROLES = ['initiator', 'user', 'influencer', 'buyer', 'decider', 'gatekeeper', 'coach'];

/** The core's relationship kinds, in the order of the `Kind__c` picklist. */
export const RELATIONSHIP_KINDS = ['reports_to', 'influences', 'trusts', 'conflicts', 'friends', 'mentors'];

/** Contacts and relationships of one account; Salesforce answers up to 200 of each in one page. */
export const PEOPLE_QUERY = gql`
  query kamPeople($accountId: ID) {
    uiapi {
      query {
        Contact(where: { AccountId: { eq: $accountId } }, first: 200, orderBy: { LastName: { order: ASC } }) {
          edges {
            node {
              Id
              FirstName {
                value
              }
              LastName {
                value
              }
              Title {
                value
              }
              Department {
                value
              }
              Email {
                value
              }
              ReportsToId {
                value
              }
              KAM_Roles__c {
                value
              }
              KAM_Influence__c {
                value
              }
              KAM_Attitude__c {
                value
              }
              KAM_Needs_Factual__c {
                value
              }
              KAM_Needs_Emotional__c {
                value
              }
              KAM_Last_Confirmed__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        KAM_Relationship__c(where: { Account__c: { eq: $accountId } }, first: 200) {
          edges {
            node {
              Id
              From_Contact__c {
                value
              }
              To_Contact__c {
                value
              }
              Kind__c {
                value
              }
              Strength__c {
                value
              }
              Note__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`;

/** How many records of each object the query reads (its `first:`); more pages are not read. */
export const PAGE_SIZE = 200;

/** Whether the answer left records out (any object with a next page). */
export function hasMorePages(data) {
  return Object.values(data?.uiapi?.query ?? {}).some((connection) => connection?.pageInfo?.hasNextPage);
}

/** The query's variables for one account (undefined until the record id is known: no request). */
export function peopleVariables(accountId) {
  return accountId ? { accountId } : undefined;
}

const nodes = (data, object) => (data?.uiapi?.query?.[object]?.edges ?? []).map((e) => e.node);
const value = (node, field) => node?.[field]?.value ?? undefined;

function text(node, field) {
  const v = value(node, field);
  if (typeof v !== 'string') return undefined;
  const trimmed = v.trim();
  return trimmed === '' ? undefined : trimmed;
}

function integerIn(node, field, min, max) {
  const v = value(node, field);
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** `KAM_Roles__c` as stored: API values separated by `;`; unknown values are left out. */
export function rolesFromField(stored) {
  if (typeof stored !== 'string') return [];
  const parts = stored.split(';').map((v) => v.trim());
  return BUYING_ROLES.filter((role) => parts.includes(role));
}

/** Roles as `KAM_Roles__c` stores them (null clears the field). */
export function rolesToField(roles) {
  const known = BUYING_ROLES.filter((role) => roles.includes(role));
  return known.length > 0 ? known.join(';') : null;
}

/** First and last name on one line, as the core and people read it. */
const personName = (node) => [text(node, 'FirstName'), text(node, 'LastName')].filter(Boolean).join(' ');

const withoutUndefined = (object) =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));

/** The core's `Contact`s of a query answer; a contact without a last name has no name and is left out. */
export function contactsFromGraphQL(data) {
  return nodes(data, 'Contact')
    .filter((node) => node?.Id && text(node, 'LastName'))
    .map((node) =>
      withoutUndefined({
        id: node.Id,
        name: personName(node),
        jobTitle: text(node, 'Title'),
        department: text(node, 'Department'),
        email: text(node, 'Email'),
        reportsToId: text(node, 'ReportsToId'),
        roles: rolesFromField(value(node, 'KAM_Roles__c')),
        influence: integerIn(node, 'KAM_Influence__c', 1, 5),
        attitude: integerIn(node, 'KAM_Attitude__c', -2, 2),
        needsFactual: text(node, 'KAM_Needs_Factual__c'),
        needsEmotional: text(node, 'KAM_Needs_Emotional__c'),
        lastConfirmedAt: text(node, 'KAM_Last_Confirmed__c'),
      }),
    );
}

/**
 * The core's `Relationship`s of a query answer: both people set and different, a known kind; the
 * strength 1–3 (medium when empty, as the core defaults it).
 */
export function relationshipsFromGraphQL(data) {
  return nodes(data, 'KAM_Relationship__c')
    .map((node) =>
      withoutUndefined({
        id: node?.Id,
        fromId: text(node, 'From_Contact__c'),
        toId: text(node, 'To_Contact__c'),
        kind: text(node, 'Kind__c'),
        strength: integerIn(node, 'Strength__c', 1, 3) ?? 2,
        note: text(node, 'Note__c'),
      }),
    )
    .filter((r) => r.id && r.fromId && r.toId && r.fromId !== r.toId && RELATIONSHIP_KINDS.includes(r.kind));
}

/** Contacts and relationships of a query answer, the snapshot part the people analyses take. */
export function peopleFromGraphQL(data) {
  return { contacts: contactsFromGraphQL(data), relationships: relationshipsFromGraphQL(data) };
}

/** The fields of an edit of a contact's buying-center details (`updateRecord`'s input). */
export function contactUpdate(id, { roles, influence, attitude, needsFactual, needsEmotional }) {
  const blankToNull = (v) => (v === undefined || v === null || String(v).trim() === '' ? null : v);
  const numberOrNull = (v) => (blankToNull(v) === null ? null : Number(v));
  return {
    fields: {
      Id: id,
      KAM_Roles__c: rolesToField(roles ?? []),
      KAM_Influence__c: numberOrNull(influence),
      KAM_Attitude__c: numberOrNull(attitude),
      KAM_Needs_Factual__c: blankToNull(needsFactual),
      KAM_Needs_Emotional__c: blankToNull(needsEmotional),
    },
  };
}

/** The fields of a relationship (`createRecord`'s input with the account, `updateRecord`'s with the id). */
export function relationshipFields({ fromId, toId, kind, strength, note }) {
  const trimmed = typeof note === 'string' ? note.trim() : '';
  return {
    From_Contact__c: fromId,
    To_Contact__c: toId,
    Kind__c: kind,
    Strength__c: Number(strength),
    Note__c: trimmed === '' ? null : trimmed,
  };
}

export function relationshipCreate(accountId, relationship) {
  return {
    apiName: 'KAM_Relationship__c',
    fields: { Account__c: accountId, ...relationshipFields(relationship) },
  };
}

export function relationshipUpdate(id, relationship) {
  return { fields: { Id: id, ...relationshipFields(relationship) } };
}

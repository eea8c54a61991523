import { describe, expect, it } from '@jest/globals';
import {
  MAX_EVENTS_PER_REQUEST,
  parseHubSpotEvents,
  planHubSpotEvents,
} from '../../../src/service/intake/index.js';
import type { HubSpotEvent } from '../../../src/service/intake/index.js';

const PORTAL = 62515;
const NOW = 1_760_000_100_000;
let nextEventId = 1000;

/** An event with the fields every HubSpot event carries, as the sandbox and HubSpot send them. */
function event(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    eventId: nextEventId++,
    subscriptionId: 12345,
    portalId: PORTAL,
    appId: 54321,
    occurredAt: 1_760_000_000_000,
    attemptNumber: 0,
    changeSource: 'CRM_UI',
    sourceId: 'userId:45678',
    ...fields,
  };
}

function parse(body: unknown): HubSpotEvent[] {
  const result = parseHubSpotEvents(body);
  if (!result.ok) throw new Error(`expected events, got: ${result.problem.message}`);
  return result.value;
}

const plan = (events: readonly Record<string, unknown>[], now = NOW) => planHubSpotEvents(parse(events), now);
const subjectsOf = (events: readonly Record<string, unknown>[]) =>
  plan(events)
    .byPortal.get(String(PORTAL))
    ?.requests.map((r) => r.subject) ?? [];

describe('parsing a webhook batch', () => {
  it('keeps ids as decimal text, large ones exactly, and unknown fields as they are', () => {
    const [e] = parse([
      event({
        eventId: 3816279340,
        subscriptionType: 'contact.creation',
        objectId: 65059681032,
        changeFlag: 'CREATED',
        somethingNew: { nested: true },
      }),
    ]);
    expect(e!.eventId).toBe('3816279340');
    expect(e!.objectId).toBe('65059681032');
    expect(e!.somethingNew).toEqual({ nested: true });
    const [big] = parse([
      event({ eventId: 2 ** 60, subscriptionType: 'contact.creation', objectId: '18446744073709551615' }),
    ]);
    expect(big!.eventId).toBe('1152921504606846976');
    expect(big!.objectId).toBe('18446744073709551615');
  });

  it('accepts 100 events and refuses 101 with a clear message', () => {
    const batch = (n: number) =>
      Array.from({ length: n }, (_, i) => event({ subscriptionType: 'company.creation', objectId: i + 1 }));
    expect(parse(batch(MAX_EVENTS_PER_REQUEST))).toHaveLength(100);
    const refused = parseHubSpotEvents(batch(101));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problem.code).toBe('invalid-batch');
    expect(refused.problem.message).toBe('101 events in one request; HubSpot sends at most 100');
  });

  it('refuses a body that is not an array of events, naming the field at fault', () => {
    const notArray = parseHubSpotEvents({ eventId: 1 });
    expect(notArray.ok || notArray.problem.message).toContain('JSON array');
    const noPortal = parseHubSpotEvents([
      event({ subscriptionType: 'contact.creation', objectId: 1 }),
      { ...event({ subscriptionType: 'contact.creation', objectId: 2 }), portalId: undefined },
    ]);
    expect(noPortal.ok || noPortal.problem.message).toMatch(/^events\[1\]\.portalId: /);
    const badId = parseHubSpotEvents([event({ subscriptionType: 'contact.creation', objectId: 'abc' })]);
    expect(badId.ok || badId.problem.message).toMatch(/^events\[0\]\.objectId: /);
  });
});

describe('planning the work of a batch', () => {
  it('maps a mixed batch of companies, contacts, deals, custom objects and associations', () => {
    const subjects = subjectsOf([
      event({
        subscriptionType: 'company.propertyChange',
        objectId: 101,
        propertyName: 'kam_rating_innovation',
        propertyValue: '4',
      }),
      event({ subscriptionType: 'contact.creation', objectId: 201, changeFlag: 'CREATED' }),
      event({
        subscriptionType: 'deal.propertyChange',
        objectId: 301,
        propertyName: 'amount',
        propertyValue: '25000',
      }),
      event({
        subscriptionType: 'object.propertyChange',
        objectTypeId: '2-7001',
        objectId: 401,
        propertyName: 'status',
        propertyValue: 'done',
      }),
      event({ subscriptionType: 'object.creation', objectTypeId: '0-1', objectId: 202 }),
      event({ subscriptionType: 'contact.deletion', objectId: 203, changeFlag: 'DELETED' }),
      event({ subscriptionType: 'company.creation', objectId: 102 }),
    ]);
    expect(subjects).toEqual([
      'account:101',
      'record:0-1:201',
      'record:0-3:301',
      'record:2-7001:401',
      'record:0-1:202',
      'record:0-1:203',
      'account:102',
    ]);
  });

  it('turns an association with a company into the account and the record on the other side', () => {
    expect(
      subjectsOf([
        event({
          subscriptionType: 'contact.associationChange',
          associationType: 'CONTACT_TO_COMPANY',
          fromObjectId: 201,
          toObjectId: 101,
          associationRemoved: false,
          isPrimaryAssociation: true,
        }),
      ]),
    ).toEqual(['record:0-1:201', 'account:101']);
    expect(
      subjectsOf([
        event({
          subscriptionType: 'company.associationChange',
          associationType: 'COMPANY_TO_DEAL',
          fromObjectId: 102,
          toObjectId: 301,
          associationRemoved: true,
        }),
      ]),
    ).toEqual(['account:102', 'record:0-3:301']);
  });

  it('reads both sides of generic association events, custom objects included', () => {
    expect(
      subjectsOf([
        event({
          subscriptionType: 'object.associationChange',
          objectTypeId: '2-7001',
          fromObjectTypeId: '2-7001',
          toObjectTypeId: '0-2',
          associationType: 'P62515_KAM_ACTION_TO_COMPANY',
          fromObjectId: 401,
          toObjectId: 103,
          associationRemoved: false,
          associationTypeId: 17,
          associationCategory: 'USER_DEFINED',
        }),
      ]),
    ).toEqual(['record:2-7001:401', 'account:103']);
  });

  it('takes parent and child companies as two accounts', () => {
    expect(
      subjectsOf([
        event({
          subscriptionType: 'company.associationChange',
          associationType: 'PARENT_COMPANY_TO_CHILD_COMPANY',
          fromObjectId: 104,
          toObjectId: 105,
          associationRemoved: false,
        }),
      ]),
    ).toEqual(['account:104', 'account:105']);
  });

  it('keeps the company side of a classic association with a custom object it cannot name', () => {
    expect(
      subjectsOf([
        event({
          subscriptionType: 'company.associationChange',
          associationType: 'COMPANY_TO_P62515_KAM_POTENTIAL',
          fromObjectId: 106,
          toObjectId: 501,
          associationRemoved: false,
        }),
      ]),
    ).toEqual(['account:106']);
  });

  it('ignores changes of every score output, and only of those', () => {
    const outputs = [
      'kam_score',
      'kam_tier',
      'kam_quadrant',
      'kam_attractiveness',
      'kam_position',
      'kam_score_reasons',
      'kam_scored_at',
      'kam_score_model',
    ];
    const result = plan([
      ...outputs.map((propertyName) =>
        event({
          subscriptionType: 'company.propertyChange',
          objectId: 101,
          propertyName,
          propertyValue: '1',
          changeSource: 'INTEGRATION',
        }),
      ),
      event({
        subscriptionType: 'object.propertyChange',
        objectTypeId: '0-2',
        objectId: 101,
        propertyName: 'kam_tier',
        propertyValue: 'A',
      }),
    ]);
    expect(result.byPortal.size).toBe(0);
    expect(result.ignored).toBe(outputs.length + 1);
    expect(result.ignoredReasons).toEqual({ 'output-property': outputs.length + 1 });
    // an input that merely looks alike still counts, as does the same name on a contact
    expect(
      subjectsOf([
        event({
          subscriptionType: 'company.propertyChange',
          objectId: 101,
          propertyName: 'kam_stage',
          propertyValue: 'mapped',
        }),
        event({
          subscriptionType: 'contact.propertyChange',
          objectId: 201,
          propertyName: 'kam_score',
          propertyValue: '3',
        }),
      ]),
    ).toEqual(['account:101', 'record:0-1:201']);
  });

  it('ignores deleted companies, conversations and objects the score does not read, with reasons', () => {
    const result = plan([
      event({ subscriptionType: 'company.deletion', objectId: 101, changeFlag: 'DELETED' }),
      event({ subscriptionType: 'object.deletion', objectTypeId: '0-2', objectId: 102 }),
      event({ subscriptionType: 'conversation.newMessage', objectId: 9001, messageId: 'm1' }),
      event({ subscriptionType: 'ticket.creation', objectId: 601 }),
      event({ subscriptionType: 'object.creation', objectTypeId: '0-5', objectId: 602 }),
      event({
        subscriptionType: 'company.associationChange',
        associationType: 'COMPANY_TO_TICKET',
        fromObjectId: 101,
        toObjectId: 601,
      }),
      event({ subscriptionType: 'contact.propertyChange', propertyName: 'firstname' }),
    ]);
    expect(result.byPortal.size).toBe(0);
    expect(result.ignored).toBe(7);
    expect(result.ignoredReasons).toEqual({
      'company-deleted': 2,
      'not-crm-object': 1,
      'unsupported-object': 3,
      incomplete: 1,
    });
  });

  it('re-scores the company that survives a merge', () => {
    expect(
      subjectsOf([
        event({
          subscriptionType: 'company.merge',
          objectId: 107,
          primaryObjectId: 107,
          mergedObjectIds: [108, 109],
          newObjectId: 107,
          numberOfPropertiesMoved: 3,
        }),
      ]),
    ).toEqual(['account:107']);
  });

  it('makes one request per subject with the earliest time, and returns every event id behind them', () => {
    const result = plan([
      event({
        eventId: 1,
        occurredAt: 5_000,
        subscriptionType: 'company.propertyChange',
        objectId: 101,
        propertyName: 'name',
      }),
      event({
        eventId: 2,
        occurredAt: 3_000,
        subscriptionType: 'company.propertyChange',
        objectId: 101,
        propertyName: 'industry',
      }),
      event({
        eventId: 3,
        occurredAt: 4_000,
        subscriptionType: 'contact.associationChange',
        associationType: 'CONTACT_TO_COMPANY',
        fromObjectId: 201,
        toObjectId: 101,
      }),
      event({
        eventId: 4,
        occurredAt: 4_000,
        subscriptionType: 'company.associationChange',
        associationType: 'COMPANY_TO_CONTACT',
        fromObjectId: 101,
        toObjectId: 201,
      }),
      event({
        eventId: 5,
        occurredAt: 1_000,
        subscriptionType: 'company.propertyChange',
        objectId: 101,
        propertyName: 'kam_score',
      }),
    ]);
    expect(result.byPortal.get(String(PORTAL))).toEqual({
      requests: [
        { subject: 'account:101', requestedAt: 3_000 },
        { subject: 'record:0-1:201', requestedAt: 4_000 },
      ],
      eventIds: ['1', '2', '3', '4'],
    });
    expect(result.ignored).toBe(1);
  });

  it('dates a request at the change, but never in the future', () => {
    const result = plan([
      event({ occurredAt: NOW - 60_000, subscriptionType: 'company.creation', objectId: 101 }),
      event({ occurredAt: NOW + 60_000, subscriptionType: 'company.creation', objectId: 102 }),
    ]);
    expect(result.byPortal.get(String(PORTAL))?.requests.map((r) => r.requestedAt)).toEqual([
      NOW - 60_000,
      NOW,
    ]);
  });

  it('keeps the work of each portal apart', () => {
    const result = plan([
      event({ portalId: 111, eventId: 1, subscriptionType: 'company.creation', objectId: 101 }),
      event({ portalId: 222, eventId: 2, subscriptionType: 'company.creation', objectId: 101 }),
      event({ portalId: 111, eventId: 3, subscriptionType: 'deal.creation', objectId: 301 }),
    ]);
    expect([...result.byPortal.keys()]).toEqual(['111', '222']);
    expect(result.byPortal.get('111')?.requests.map((r) => r.subject)).toEqual([
      'account:101',
      'record:0-3:301',
    ]);
    expect(result.byPortal.get('111')?.eventIds).toEqual(['1', '3']);
    expect(result.byPortal.get('222')?.eventIds).toEqual(['2']);
  });

  it('lists a retried event once', () => {
    const first = event({ eventId: 77, subscriptionType: 'company.creation', objectId: 101 });
    const result = plan([first, { ...first, attemptNumber: 1 }]);
    expect(result.byPortal.get(String(PORTAL))?.eventIds).toEqual(['77']);
  });
});

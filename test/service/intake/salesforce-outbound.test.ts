import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { envelopeXml } from '../../../src/sandbox/salesforce/outbound/soap.js';
import { isAck } from '../../../src/sandbox/salesforce/outbound/soap.js';
import {
  MAX_NOTIFICATIONS_PER_MESSAGE,
  SOAP_CONTENT_TYPE,
  parseOutboundMessage,
  planOutboundMessage,
  sameOrganization,
  soapAck,
  soapFault,
  toOrgId18,
} from '../../../src/service/intake/index.js';
import type { OutboundMessage } from '../../../src/service/intake/index.js';

const fixture = readFileSync('../shared/fixtures/salesforce-outbound-message.xml', 'utf8');
// The ids the fixture carries.
const ORG_18 = '00D5g000004KamXEAS';
const ORG_15 = '00D5g000004KamX';
const ACCOUNT_18 = '0015g00000QxYzAAAV';
const ACCOUNT_15 = '0015g00000QxYzA';

function parse(xml: string): OutboundMessage {
  const result = parseOutboundMessage(xml);
  if (!result.ok)
    throw new Error(`expected a message, got ${result.problem.code}: ${result.problem.message}`);
  return result.value;
}

function problemOf(xml: string) {
  const result = parseOutboundMessage(xml);
  if (result.ok) throw new Error('expected the message to be refused');
  return result.problem;
}

/** A message as the sandbox sends it, with one sObject per notification. */
function message(sObjects: readonly string[], orgId = ORG_18): string {
  return envelopeXml({
    orgId,
    actionId: '04k5g000000KamAAAS',
    baseUrl: 'http://127.0.0.1:4010',
    apiVersion: '62.0',
    notifications: sObjects.map((sobjectXml, i) => ({
      id: `04l5g0000${String(i).padStart(6, '0')}`,
      sobjectXml,
    })),
  });
}

const sObject = (type: string, fields: Record<string, string | null>) =>
  [
    `<sObject xsi:type="sf:${type}" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">`,
    ...Object.entries(fields).map(([name, value]) =>
      value === null ? `<sf:${name} xsi:nil="true"/>` : `<sf:${name}>${value}</sf:${name}>`,
    ),
    '</sObject>',
  ].join('\n');

describe('the outbound message fixture', () => {
  const parsed = parse(fixture);

  it('is read with its organization, action and both notifications', () => {
    expect(parsed.organizationId).toBe(ORG_18);
    expect(parsed.actionId).toBe('04k5g000000KamAAAS');
    expect(parsed.partnerUrl).toBe(
      'https://example-dev-ed.my.salesforce.com/services/Soap/u/62.0/00D5g000004KamX',
    );
    expect(parsed.notifications.map((n) => [n.id, n.objectType, n.recordId, n.accountId])).toEqual([
      ['04l5g00000AbCdEAAV', 'Account', ACCOUNT_18, ACCOUNT_18],
      ['04l5g00000AbCdFAAV', 'Contact', '0035g00000RsTuVAAV', ACCOUNT_18],
    ]);
    expect(parsed.notifications[0]!.fields).toEqual({
      AnnualRevenue: '48000000.0',
      Name: 'Muster Maschinenbau GmbH',
      KAM_Rating_Strategic_Fit__c: '4',
    });
    expect(parsed.notifications[1]!.fields.KAM_Attitude__c).toBe('-1');
  });

  it('becomes two account subjects for the same account, one request, and its two notification ids', () => {
    const now = 1_760_000_000_000;
    const plan = planOutboundMessage(parsed, now);
    expect(plan.notifications).toEqual([
      { id: '04l5g00000AbCdEAAV', subject: `account:${ACCOUNT_18}` },
      { id: '04l5g00000AbCdFAAV', subject: `account:${ACCOUNT_18}` },
    ]);
    expect(plan.requests).toEqual([{ subject: `account:${ACCOUNT_18}`, requestedAt: now }]);
    expect(plan.notificationIds).toEqual(['04l5g00000AbCdEAAV', '04l5g00000AbCdFAAV']);
  });

  it('never keeps the session id', () => {
    const withSession = fixture.replace(
      '<SessionId xsi:nil="true"/>',
      '<SessionId>00D!secret-session</SessionId>',
    );
    expect(JSON.stringify(parse(withSession))).not.toContain('secret-session');
    const broken = withSession.replace('<sf:Id>0035g00000RsTuVAAV</sf:Id>', '');
    expect(problemOf(broken).message).not.toContain('secret-session');
  });
});

describe('organization ids', () => {
  it('match in their 15- and 18-character forms', () => {
    expect(sameOrganization(ORG_18, ORG_18)).toBe(true);
    expect(sameOrganization(ORG_18, ORG_15)).toBe(true);
    expect(sameOrganization(ORG_15, ORG_18)).toBe(true);
    expect(toOrgId18(ORG_15)).toBe(ORG_18);
    expect(toOrgId18(ORG_18)).toBe(ORG_18);
  });

  it('differ for another org, another case, or a wrong checksum', () => {
    expect(sameOrganization(ORG_18, '00D5g000004KamY')).toBe(false);
    expect(sameOrganization(ORG_18, '00D5g000004kamX')).toBe(false);
    expect(sameOrganization(ORG_18, '00D5g000004KamXAAA')).toBe(false);
    expect(sameOrganization('00D5g000004KamXAAA', '00D5g000004KamXAAA')).toBe(false);
    expect(sameOrganization(ORG_18, '')).toBe(false);
    expect(() => toOrgId18('00D5g000004KamXAAA')).toThrow(RangeError);
  });

  it('are read in the 18-character form whichever form the message has', () => {
    expect(parse(fixture.replace(ORG_18, ORG_15)).organizationId).toBe(ORG_18);
  });
});

describe('mapping notifications to subjects', () => {
  const now = 1_760_000_000_000;
  const subjects = (...objects: string[]) =>
    planOutboundMessage(parse(message(objects)), now).notifications.map((n) => n.subject);

  it('takes the account of KAM records from their account lookup', () => {
    const action = sObject('KAM_Action__c', {
      Id: 'a045g0000000001',
      Account__c: ACCOUNT_15,
      Name: 'Workshop',
    });
    expect(subjects(action)).toEqual([`account:${ACCOUNT_18}`]);
  });

  it('takes the account of opportunities from AccountId', () => {
    const deal = sObject('Opportunity', {
      Id: '0065g0000000001',
      AccountId: ACCOUNT_18,
      Amount: '25000.0',
    });
    expect(subjects(deal)).toEqual([`account:${ACCOUNT_18}`]);
  });

  it('leaves a record without an account to be traced', () => {
    const orphan = sObject('Contact', { Id: '0035g00000RsTuVAAV', AccountId: null });
    const unlinked = sObject('KAM_Relationship__c', { Id: 'a015g0000000001', Kind__c: 'influences' });
    const other = sObject('Lead', { Id: '00Q5g0000000001', Company: 'Muster AG' });
    expect(subjects(orphan, unlinked, other)).toEqual([
      'record:Contact:0035g00000RsTuVAAV',
      'record:KAM_Relationship__c:a015g0000000001AAA',
      'record:Lead:00Q5g0000000001EAA',
    ]);
  });

  it('merges notifications of one account into one request', () => {
    const a = sObject('Account', { Id: ACCOUNT_18 });
    const b = sObject('KAM_Potential__c', { Id: 'a035g0000000001', Account__c: ACCOUNT_18 });
    const c = sObject('Account', { Id: '0015g00000QxYzB' });
    const plan = planOutboundMessage(parse(message([a, b, c])), now);
    expect(plan.requests.map((r) => r.subject)).toEqual([
      `account:${ACCOUNT_18}`,
      'account:0015g00000QxYzBAAV',
    ]);
    expect(plan.notificationIds).toHaveLength(3);
  });
});

describe('the limit of 100 notifications per message', () => {
  const accounts = (n: number) =>
    Array.from({ length: n }, (_, i) => sObject('Account', { Id: `0015g0000${String(i).padStart(6, '0')}` }));

  it(`accepts ${MAX_NOTIFICATIONS_PER_MESSAGE}`, () => {
    const plan = planOutboundMessage(parse(message(accounts(100))), 0);
    expect(plan.notificationIds).toHaveLength(100);
    expect(plan.requests).toHaveLength(100);
  });

  it('refuses 101', () => {
    const problem = problemOf(message(accounts(101)));
    expect(problem.code).toBe('too-many-notifications');
    expect(problem.message).toContain('101');
    expect(problem.message).toContain('100');
  });
});

describe('bodies that are not a readable outbound message', () => {
  it('refuses XML that is not well-formed, naming the place', () => {
    const problem = problemOf(fixture.replace('</Notification>', '</Notificatio>'));
    expect(problem.code).toBe('malformed-xml');
    expect(problem.message).toMatch(/line \d+, column \d+/);
    expect(problemOf(fixture.slice(0, fixture.length / 2)).code).toBe('malformed-xml');
  });

  it('refuses text that is not XML at all', () => {
    expect(problemOf('{"notifications": []}').code).toBe('malformed-xml');
    expect(problemOf('').code).toBe('malformed-xml');
    expect(problemOf('hello').code).toBe('malformed-xml');
  });

  it('refuses a DOCTYPE (entity expansion)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>${fixture.replace(/^<\?xml[^>]*>/, '')}`;
    const problem = problemOf(bomb);
    expect(problem.code).toBe('malformed-xml');
    expect(problem.message).toContain('DOCTYPE');
  });

  it('refuses another SOAP call', () => {
    const login =
      '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><login><username>u</username></login></soapenv:Body></soapenv:Envelope>';
    expect(problemOf(login).code).toBe('not-outbound-message');
    expect(problemOf('<notifications><OrganizationId>x</OrganizationId></notifications>').code).toBe(
      'not-outbound-message',
    );
  });

  it('names the element at fault', () => {
    const noRecordId = problemOf(fixture.replace('<sf:Id>0035g00000RsTuVAAV</sf:Id>', ''));
    expect(noRecordId.code).toBe('invalid-outbound-message');
    expect(noRecordId.message).toContain('notifications/Notification[2]/sObject/Id');

    const noType = problemOf(fixture.replace('xsi:type="sf:Contact" ', ''));
    expect(noType.message).toContain('Notification[2]/sObject/@xsi:type');

    const badOrg = problemOf(fixture.replace(ORG_18, '00D5g000004KamXAAA'));
    expect(badOrg.message).toContain('notifications/OrganizationId');

    const notAnOrg = problemOf(fixture.replace(ORG_18, ACCOUNT_18));
    expect(notAnOrg.message).toContain('organization id');

    const badLookup = problemOf(
      fixture.replace(`<sf:AccountId>${ACCOUNT_18}</sf:AccountId>`, '<sf:AccountId>nope</sf:AccountId>'),
    );
    expect(badLookup.message).toContain('Notification[2]/sObject/AccountId');

    const none = problemOf(fixture.replace(/<Notification>[\s\S]*<\/Notification>/, ''));
    expect(none.message).toContain('notifications/Notification');
    expect(none.message).toContain('at least one Notification');
  });
});

describe('answers to Salesforce', () => {
  const reader = new XMLParser({ removeNSPrefix: true });

  it('acknowledges with the documented envelope', () => {
    const ack = soapAck();
    expect(ack.contentType).toBe(SOAP_CONTENT_TYPE);
    expect(ack.contentType.startsWith('text/xml')).toBe(true);
    expect(ack.body).toContain(
      '<notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound"><Ack>true</Ack></notificationsResponse>',
    );
    expect(XMLValidator.validate(ack.body)).toBe(true);
    expect(reader.parse(ack.body).Envelope.Body.notificationsResponse.Ack).toBe(true);
    expect(isAck(ack.body)).toBe(true);
  });

  it('refuses with a SOAP fault whose text is escaped', () => {
    const fault = soapFault('Client', 'Organization <00D…> is not installed & "unknown"');
    expect(fault.contentType).toBe(SOAP_CONTENT_TYPE);
    expect(XMLValidator.validate(fault.body)).toBe(true);
    const body = reader.parse(fault.body).Envelope.Body;
    expect(body.Fault.faultcode).toBe('soapenv:Client');
    expect(body.Fault.faultstring).toBe('Organization <00D…> is not installed & "unknown"');
    expect(fault.body).toContain('&lt;00D…&gt; is not installed &amp; &quot;unknown&quot;');
    expect(isAck(fault.body)).toBe(false);
    expect(soapFault('Server', 'try again').body).toContain('<faultcode>soapenv:Server</faultcode>');
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import type { Connection } from 'jsforce';
import { startSalesforce } from './harness.js';
import type { SalesforceHarness } from './harness.js';
import { startReceiver, until } from './receiver.js';

let h: SalesforceHarness;
let conn: Connection;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  isArray: (tag) => tag === 'Notification',
});
type Notification = { Id: string; sObject: Record<string, unknown> };
const notificationsOf = (xml: string) => {
  const n = parser.parse(xml).Envelope.Body.notifications as {
    OrganizationId: string;
    ActionId: string;
    Notification: Notification[];
  };
  return n;
};
const all = () => receiver.bodies.flatMap((b) => notificationsOf(b).Notification);
const admin = async () =>
  (await (await fetch(`${h.url}/__sandbox/salesforce/outbound`)).json()) as {
    actions: { object: string; endpoint: string }[];
    notifications: { notificationId: string; status: string; attempts: number }[];
    deliveries: { ack: boolean; status: number; notificationIds: string[] }[];
  };

beforeAll(async () => {
  receiver = await startReceiver();
  h = await startSalesforce({
    outbound: { endpoint: receiver.url, initialRetryMs: 20, maxRetryMs: 80, batchDelayMs: 5 },
  });
  conn = h.connect();
});
afterAll(async () => {
  await h.stop();
  await receiver.close();
});
beforeEach(() => {
  receiver.bodies.length = 0;
  receiver.plan.length = 0;
});

describe('Salesforce sandbox: outbound messages', () => {
  it('posts the SOAP notification of a new account with the message fields', async () => {
    const { id } = await conn.sobject('Account').create({
      Name: 'Muster & Söhne',
      AnnualRevenue: 48_000_000,
      KAM_Rating_Strategic_Fit__c: 4,
      KAM_Score__c: 70,
    });
    await until(() => receiver.bodies.length === 1);
    const message = notificationsOf(receiver.bodies[0]!);
    expect(message.OrganizationId).toMatch(/^00D[0-9A-Za-z]{15}$/);
    expect(message.ActionId).toMatch(/^04k[0-9A-Za-z]{15}$/);
    const [n] = message.Notification as [Notification];
    expect(n.Id).toMatch(/^04l[0-9A-Za-z]{15}$/);
    expect(n.sObject).toMatchObject({
      '@_type': 'sf:Account',
      Id: id,
      Name: 'Muster & Söhne',
      AnnualRevenue: 48_000_000,
      KAM_Rating_Strategic_Fit__c: 4,
    });
    expect(receiver.bodies[0]).toContain('<sf:AnnualRevenue>48000000.0</sf:AnnualRevenue>');
    expect(n.sObject).not.toHaveProperty('KAM_Score__c'); // not a field of the message
  });

  it('sends nothing when only score outputs change, and sends again for inputs', async () => {
    const { id } = await conn.sobject('Account').create({ Name: 'Still GmbH' });
    await until(() => receiver.bodies.length === 1);
    await conn.sobject('Account').update({
      Id: id!,
      KAM_Score__c: 81.5,
      KAM_Tier__c: 'A',
      KAM_Quadrant__c: 'develop',
      KAM_Scored_At__c: new Date().toISOString(),
    });
    await conn.sobject('Account').update([{ Id: id!, KAM_Score_Reasons__c: 'because' }]);
    await new Promise((r) => setTimeout(r, 150));
    expect(receiver.bodies).toHaveLength(1);
    await conn.sobject('Account').update({ Id: id!, KAM_Rating_Innovation__c: 5 });
    await until(() => receiver.bodies.length === 2);
    expect(notificationsOf(receiver.bodies[1]!).Notification[0]!.sObject.KAM_Rating_Innovation__c).toBe(5);
  });

  it('retries with backoff until the endpoint acknowledges', async () => {
    receiver.plan.push('fail', 'nack');
    const { id } = await conn.sobject('Contact').create({ LastName: 'Wiederholt', KAM_Attitude__c: -1 });
    await until(() => receiver.bodies.length === 3);
    const ids = receiver.bodies.map((b) => notificationsOf(b).Notification[0]!.Id);
    expect(new Set(ids).size).toBe(1); // the same notification, three times
    expect(notificationsOf(receiver.bodies[2]!).Notification[0]!.sObject).toMatchObject({
      '@_type': 'sf:Contact',
      Id: id,
      KAM_Attitude__c: -1,
    });
    await until(async () =>
      (await admin()).notifications.some((n) => n.notificationId === ids[0] && n.status === 'delivered'),
    );
    const log = await admin();
    const attempts = log.deliveries.filter((d) => d.notificationIds.includes(ids[0]!));
    expect(attempts.map((d) => [d.status, d.ack])).toEqual([
      [200, true],
      [200, false],
      [500, false],
    ]);
    expect(log.notifications.find((n) => n.notificationId === ids[0])!.attempts).toBe(3);
  });

  it('puts at most 100 notifications in one message', async () => {
    await conn.sobject('Account').create(Array.from({ length: 150 }, (_v, j) => ({ Name: `Viele ${j}` })));
    await until(() => all().length === 150);
    expect(receiver.bodies.map((b) => notificationsOf(b).Notification.length)).toEqual([100, 50]);
    expect(new Set(all().map((n) => n.Id)).size).toBe(150);
  });

  it('lists the outbound actions of the metadata flows with their endpoints', async () => {
    const { actions } = await admin();
    expect(actions.map((a) => a.object)).toEqual(
      expect.arrayContaining(['Account', 'Contact', 'Opportunity', 'KAM_Action__c', 'KAM_Relationship__c']),
    );
    expect(actions.every((a) => a.endpoint === receiver.url)).toBe(true);
  });
});

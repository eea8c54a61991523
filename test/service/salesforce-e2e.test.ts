/**
 * The Salesforce side end to end: a record changed through jsforce reaches the service as an
 * outbound message, and the account's new score is in Salesforce within seconds; the outbound
 * message contract itself (Ack, duplicates, foreign organizations) with the shared fixture.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import {
  changeRatings,
  crmScores,
  expectScoresCurrent,
  keyAccountIds,
  newestScores,
  untilRescored,
} from './score-checks.js';

const fixture = readFileSync('../shared/fixtures/salesforce-outbound-message.xml', 'utf8');

/** Salesforce's documented acknowledgement of an outbound message. */
const ACK =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>' +
  '<notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound"><Ack>true</Ack></notificationsResponse>' +
  '</soapenv:Body></soapenv:Envelope>';

describe('Salesforce end to end', () => {
  let d: TestDemo;
  let keyAccounts: string[];
  beforeAll(async () => {
    d = await startTestDemo();
    keyAccounts = await keyAccountIds(d, 'salesforce');
  }, 60_000);
  afterAll(() => d?.stop());

  const postOutbound = (body: string) =>
    fetch(`${d.serviceUrl}/webhooks/salesforce`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '""' },
      body,
    });

  /** Nothing waits in the queue or runs (every job so far is done). */
  const idle = async () => {
    const depth = await d.service.queue.depth();
    return depth.waiting === 0 && depth.active === 0 ? true : undefined;
  };

  it('writes the new score into Salesforce after an Account rating changes', async () => {
    const id = keyAccounts[0]!;
    const before = await newestScores(d, 'salesforce', [id]);
    const shownBefore = (await crmScores(d, 'salesforce', [id])).get(id);
    expect(before.get(id)).toBeDefined(); // scored when the demo started

    await changeRatings(d, 'salesforce', [id]);
    await untilRescored(d, 'salesforce', before, 15_000);

    const shown = (await crmScores(d, 'salesforce', [id])).get(id);
    expect(shown?.score).not.toBe(shownBefore?.score);
    await expectScoresCurrent(d, 'salesforce', [id]);
  }, 30_000);

  it('re-scores the account of a Contact whose attitude changes', async () => {
    const { records } = await d.salesforce.query<{
      Id: string;
      AccountId: string;
      KAM_Attitude__c: number | null;
    }>(`SELECT Id, AccountId, KAM_Attitude__c FROM Contact WHERE AccountId = '${keyAccounts[1]!}' LIMIT 1`);
    const contact = records[0]!;
    const before = await newestScores(d, 'salesforce', [contact.AccountId]);

    const attitude = (contact.KAM_Attitude__c ?? 0) >= 0 ? -2 : 2;
    const saved = await d.salesforce.sobject('Contact').update({ Id: contact.Id, KAM_Attitude__c: attitude });
    expect(saved.success).toBe(true);

    await untilRescored(d, 'salesforce', before, 15_000);
    await expectScoresCurrent(d, 'salesforce', [contact.AccountId]);
  }, 30_000);

  it('re-scores the account of a KAM action whose due date moves', async () => {
    const { records } = await d.salesforce.query<{ Id: string; Account__c: string; Due_Date__c: string }>(
      'SELECT Id, Account__c, Due_Date__c FROM KAM_Action__c ORDER BY Id LIMIT 200',
    );
    const action = records.find((r) => keyAccounts.slice(2).includes(r.Account__c));
    expect(action).toBeDefined();
    const before = await newestScores(d, 'salesforce', [action!.Account__c]);

    const due = new Date(`${action!.Due_Date__c}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 45);
    const saved = await d.salesforce
      .sobject('KAM_Action__c')
      .update({ Id: action!.Id, Due_Date__c: due.toISOString().slice(0, 10) });
    expect(saved.success).toBe(true);

    await untilRescored(d, 'salesforce', before, 15_000);
    await expectScoresCurrent(d, 'salesforce', [action!.Account__c]);
  }, 30_000);

  it('acknowledges the fixture message once, and its repetition as duplicates without queueing', async () => {
    await d.until(idle, 15_000, 'the queue to be idle');
    const received = await d.metric('kam_events_received_total', { source: 'salesforce' });
    const duplicates = await d.metric('kam_events_duplicate_total', { source: 'salesforce' });

    const first = await postOutbound(fixture);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/xml\b/);
    expect(await first.text()).toBe(ACK);
    expect(await d.metric('kam_events_received_total', { source: 'salesforce' })).toBe(received + 2);
    await d.until(idle, 15_000, 'the fixture’s jobs to be handled');

    const again = await postOutbound(fixture);
    expect(again.status).toBe(200);
    expect(again.headers.get('content-type')).toMatch(/^text\/xml\b/);
    expect(await again.text()).toBe(ACK);
    // queued work would wait out the coalescing window: it would show here at once
    expect(await d.service.queue.depth()).toMatchObject({ waiting: 0, active: 0 });
    expect(await d.metric('kam_events_duplicate_total', { source: 'salesforce' })).toBe(duplicates + 2);
    expect(await d.metric('kam_events_received_total', { source: 'salesforce' })).toBe(received + 2);
  }, 30_000);

  it('refuses a message of another organization with a SOAP fault, queueing nothing', async () => {
    await d.until(idle, 15_000, 'the queue to be idle');
    const rejected = await d.metric('kam_events_rejected_total', {
      source: 'salesforce',
      reason: 'unknown-organization',
    });
    const received = await d.metric('kam_events_received_total', { source: 'salesforce' });
    const foreign = fixture.replace(
      '<OrganizationId>00D5g000004KamXEAS</OrganizationId>',
      '<OrganizationId>00D5g000009ZzzQ</OrganizationId>',
    );
    expect(foreign).not.toBe(fixture);

    const answer = await postOutbound(foreign);
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(/^text\/xml\b/);
    const body = await answer.text();
    expect(body).toContain('<faultcode>soapenv:Client</faultcode>');
    expect(body).not.toContain('<Ack>');
    expect(await d.service.queue.depth()).toMatchObject({ waiting: 0, active: 0 });
    expect(
      await d.metric('kam_events_rejected_total', { source: 'salesforce', reason: 'unknown-organization' }),
    ).toBe(rejected + 1);
    expect(await d.metric('kam_events_received_total', { source: 'salesforce' })).toBe(received);
  }, 30_000);
});

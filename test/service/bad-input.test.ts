/**
 * Bad input on every intake route: broken JSON or XML, a body of the wrong shape, more events than
 * the CRM ever sends at once, a body over the size limit. Each is answered 4xx in the reader's
 * language (a SOAP fault for Salesforce), nothing is queued, and the service stays healthy.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Lang } from '../../src/core/i18n/index.js';
import { t } from '../../src/core/i18n/index.js';
import { envelopeXml } from '../../src/sandbox/salesforce/outbound/soap.js';
import { toOrgId18 } from '../../src/service/intake/index.js';
import type { TestDemo } from './harness.js';
import { startTestDemo } from './harness.js';
import { hubspotEvent, settle, signedFetch } from './hubspot-helpers.js';

/** Small enough to exceed in a test, large enough for 101 events (which must fail on their count). */
const MAX_BODY_BYTES = 65_536;

/** A body just over the limit: valid JSON, so only its size is at fault. */
const oversizedJson = () => JSON.stringify([hubspotEvent({ propertyValue: 'x'.repeat(MAX_BODY_BYTES) })]);

/** An outbound message with `count` notifications about one account. */
function outboundMessage(orgId: string, count: number, padding = ''): string {
  return envelopeXml({
    orgId,
    actionId: '04k5g000000KamAAAS',
    baseUrl: 'http://127.0.0.1:4010',
    apiVersion: '62.0',
    notifications: Array.from({ length: count }, (_, i) => ({
      id: `04l5g0000${String(i).padStart(6, '0')}`,
      sobjectXml: `<sObject xsi:type="sf:Account" xmlns:sf="urn:sobject.enterprise.soap.sforce.com"><sf:Id>0015g00000QxYzA</sf:Id><sf:Description>${padding}</sf:Description></sObject>`,
    })),
  });
}

type Problem = 'badBody' | 'tooLarge';

interface BadRequestCase {
  readonly route: 'hubspot' | 'salesforce' | 'workflow';
  readonly what: string;
  readonly status: number;
  readonly problem: Problem;
  /** Part of the problem's description, where the service names what is wrong. */
  readonly names?: string;
  readonly send: (d: TestDemo, headers: Record<string, string>) => Promise<Response>;
}

const signed = (path: string, body: string) => (d: TestDemo, headers: Record<string, string>) =>
  signedFetch(d, 'POST', path, { body, headers });

const soap = (body: (d: TestDemo) => string) => (d: TestDemo, headers: Record<string, string>) =>
  fetch(`${d.serviceUrl}/webhooks/salesforce`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '""', ...headers },
    body: body(d),
  });

const orgOf = (d: TestDemo) => toOrgId18(d.sandbox.options.salesforce.orgId);

const CASES: readonly BadRequestCase[] = [
  {
    route: 'hubspot',
    what: 'malformed JSON',
    status: 400,
    problem: 'badBody',
    names: 'JSON',
    send: signed('/webhooks/hubspot', '[{"eventId": 1,'),
  },
  {
    route: 'hubspot',
    what: 'a body that is not an event array',
    status: 400,
    problem: 'badBody',
    names: 'array',
    send: signed('/webhooks/hubspot', JSON.stringify({ events: [hubspotEvent()] })),
  },
  {
    route: 'hubspot',
    what: '101 events',
    status: 400,
    problem: 'badBody',
    names: '101 events',
    send: signed('/webhooks/hubspot', JSON.stringify(Array.from({ length: 101 }, () => hubspotEvent()))),
  },
  {
    route: 'hubspot',
    what: 'an event without its portal',
    status: 400,
    problem: 'badBody',
    names: 'portalId',
    send: signed('/webhooks/hubspot', JSON.stringify([{ ...hubspotEvent(), portalId: undefined }])),
  },
  {
    route: 'hubspot',
    what: 'an oversized body',
    status: 413,
    problem: 'tooLarge',
    send: signed('/webhooks/hubspot', oversizedJson()),
  },
  {
    route: 'salesforce',
    what: 'malformed XML',
    status: 400,
    problem: 'badBody',
    send: soap(() => '<soapenv:Envelope><soapenv:Body><notifications>'),
  },
  {
    route: 'salesforce',
    what: 'a SOAP body that is not an outbound message',
    status: 400,
    problem: 'badBody',
    send: soap(
      () =>
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><login><username>u</username></login></soapenv:Body></soapenv:Envelope>',
    ),
  },
  {
    route: 'salesforce',
    what: '101 notifications',
    status: 400,
    problem: 'badBody',
    names: '101',
    send: soap((d) => outboundMessage(orgOf(d), 101)),
  },
  {
    route: 'salesforce',
    what: 'an oversized body',
    status: 413,
    problem: 'tooLarge',
    send: soap((d) => outboundMessage(orgOf(d), 1, 'x'.repeat(MAX_BODY_BYTES))),
  },
  {
    route: 'workflow',
    what: 'malformed JSON',
    status: 400,
    problem: 'badBody',
    names: 'JSON',
    send: signed('/hubspot/actions/recompute', '{"callbackId":'),
  },
  {
    route: 'workflow',
    what: 'a body that is not an action request',
    status: 400,
    problem: 'badBody',
    names: 'expected object',
    send: signed('/hubspot/actions/recompute', JSON.stringify([hubspotEvent()])),
  },
  {
    route: 'workflow',
    what: 'an action request without its callback id',
    status: 400,
    problem: 'badBody',
    names: 'callbackId',
    send: signed('/hubspot/actions/recompute', JSON.stringify({ inputFields: {} })),
  },
  {
    route: 'workflow',
    what: 'an oversized body',
    status: 413,
    problem: 'tooLarge',
    send: signed('/hubspot/actions/recompute', oversizedJson()),
  },
];

/** The fixed start of the answer's message in a language (the catalog's template up to the details). */
function messageStart(problem: Problem, lang: Lang): string {
  return problem === 'tooLarge'
    ? t('service.error.tooLarge', lang, { max: MAX_BODY_BYTES })
    : t('service.error.badBody', lang, { problem: '' });
}

/** The message of a JSON error answer, or the fault string of a SOAP fault. */
async function messageOf(c: BadRequestCase, answer: Response): Promise<string> {
  const text = await answer.text();
  if (c.route === 'salesforce') {
    expect(answer.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(text).toContain('<faultcode>soapenv:Client</faultcode>');
    const fault = /<faultstring>([^<]*)<\/faultstring>/.exec(text);
    expect(fault).not.toBeNull();
    return fault![1]!;
  }
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text) as { status: string; code: string; message: string };
  expect(body.status).toBe('error');
  expect(body.code).toMatch(/^[A-Z_]+$/);
  return body.message;
}

describe('bad input on the intake routes', () => {
  let d: TestDemo;
  const received = () => d.metric('kam_events_received_total');
  let receivedAtStart: number;
  beforeAll(async () => {
    d = await startTestDemo({ KAM_MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
    await settle(d);
    receivedAtStart = await received();
  }, 60_000);
  afterAll(() => d?.stop());

  it.each(CASES)('$route: $what → $status in the requested language', async (c) => {
    const german = await c.send(d, { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' });
    expect(german.status).toBe(c.status);
    const inGerman = await messageOf(c, german);
    expect(inGerman.startsWith(messageStart(c.problem, 'de'))).toBe(true);
    if (c.names) expect(inGerman).toContain(c.names);

    const english = await c.send(d, { 'accept-language': 'en-GB' });
    expect(english.status).toBe(c.status);
    expect((await messageOf(c, english)).startsWith(messageStart(c.problem, 'en'))).toBe(true);
  });

  it('checks the signature before the body: unsigned malformed JSON is refused as unsigned', async () => {
    for (const path of ['/webhooks/hubspot', '/hubspot/actions/recompute']) {
      const answer = await fetch(`${d.serviceUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"not json',
      });
      expect(answer.status).toBe(401);
      expect(((await answer.json()) as { code: string }).code).toBe('BAD_SIGNATURE');
    }
  });

  it('answers an unknown route 404 with a JSON error', async () => {
    const answer = await fetch(`${d.serviceUrl}/webhooks/pipedrive?x=1`, {
      method: 'POST',
      headers: { 'accept-language': 'de' },
    });
    expect(answer.status).toBe(404);
    const body = (await answer.json()) as { status: string; code: string; message: string };
    expect(body).toEqual({
      status: 'error',
      code: 'NOT_FOUND',
      message: t('service.error.notFound', 'de', { what: 'POST /webhooks/pipedrive' }),
    });
  });

  it('queued nothing and stays healthy', async () => {
    expect(await received()).toBe(receivedAtStart);
    const depth = await d.service.queue.depth();
    expect(depth.waiting + depth.active).toBe(0);
    const health = await fetch(`${d.serviceUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
  });
});

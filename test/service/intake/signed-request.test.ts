import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { signV3 } from '../../../src/crm/hubspot/signature.js';
import { signedPost } from '../../../src/sandbox/hubspot/outbound/signed-post.js';
import { checkHubSpotRequest, publicUrl, verifyHubSpotRequest } from '../../../src/service/intake/index.js';
import type { HubSpotRequest } from '../../../src/service/intake/index.js';

const Vectors = z.object({
  clientSecret: z.string(),
  cases: z.array(
    z.object({
      version: z.enum(['v1', 'v2', 'v3']),
      method: z.string(),
      uri: z.string(),
      body: z.string(),
      timestamp: z.string().optional(),
      signature: z.string(),
    }),
  ),
});
type Vector = z.infer<typeof Vectors>['cases'][number];
const vectors = Vectors.parse(JSON.parse(readFileSync('../shared/fixtures/hubspot-signatures.json', 'utf8')));
const secret = vectors.clientSecret;
const ofVersion = (version: Vector['version']) => vectors.cases.filter((c) => c.version === version);
const FIVE_MINUTES = 5 * 60 * 1000;

/** A vector as a route would receive it: the headers HubSpot sends with that signature version. */
function received(c: Vector, now: number, body: string | Buffer = c.body): HubSpotRequest {
  const headers =
    c.version === 'v3'
      ? { 'x-hubspot-signature-v3': c.signature, 'x-hubspot-request-timestamp': c.timestamp! }
      : { 'x-hubspot-signature': c.signature, 'x-hubspot-signature-version': c.version };
  return { method: c.method, url: c.uri, rawBody: body, headers, now, secret };
}

/** The body with one byte changed. */
function tampered(body: string): Buffer {
  const bytes = Buffer.from(body);
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
  return bytes;
}

describe("HubSpot request checks against HubSpot's published vectors", () => {
  it('has a v3 vector and v2 vectors to check', () => {
    expect(ofVersion('v3').length).toBeGreaterThan(0);
    expect(ofVersion('v2').length).toBeGreaterThan(0);
  });

  it.each(ofVersion('v3'))('accepts the v3 vector at its recorded time and up to 5 minutes later', (c) => {
    const sentAt = Number(c.timestamp);
    for (const now of [sentAt, sentAt + FIVE_MINUTES]) {
      expect(verifyHubSpotRequest(received(c, now))).toEqual({ ok: true, version: 'v3' });
      // the raw bytes verify as well as the text
      expect(verifyHubSpotRequest(received(c, now, Buffer.from(c.body)))).toEqual({
        ok: true,
        version: 'v3',
      });
      // the signature holds; the vector's URL names no portal, which a card request must
      expect(checkHubSpotRequest(received(c, now))).toEqual({ ok: false, reason: 'no-portal' });
    }
  });

  it.each(ofVersion('v3'))('rejects the v3 vector 5 minutes and 1 ms later as stale', (c) => {
    const late = received(c, Number(c.timestamp) + FIVE_MINUTES + 1);
    expect(verifyHubSpotRequest(late)).toEqual({ ok: false, reason: 'stale' });
    expect(checkHubSpotRequest(late)).toEqual({ ok: false, reason: 'stale' });
  });

  it.each(ofVersion('v3'))('rejects the v3 vector with one body byte changed as a mismatch', (c) => {
    const changed = received(c, Number(c.timestamp), tampered(c.body));
    expect(verifyHubSpotRequest(changed)).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkHubSpotRequest(changed)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it.each(ofVersion('v3'))('rejects the v3 vector with another secret, method or URL', (c) => {
    const req = received(c, Number(c.timestamp));
    expect(verifyHubSpotRequest({ ...req, secret: `${secret}x` })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyHubSpotRequest({ ...req, method: 'PUT' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyHubSpotRequest({ ...req, url: `${c.uri}?portalId=1` })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it.each(ofVersion('v3'))('rejects missing headers and a timestamp that is not a number', (c) => {
    const req = received(c, Number(c.timestamp));
    expect(checkHubSpotRequest({ ...req, headers: {} })).toEqual({ ok: false, reason: 'missing' });
    expect(checkHubSpotRequest({ ...req, headers: { 'x-hubspot-signature-v3': c.signature } })).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(
      checkHubSpotRequest({
        ...req,
        headers: { 'x-hubspot-signature-v3': c.signature, 'x-hubspot-request-timestamp': 'soon' },
      }),
    ).toEqual({ ok: false, reason: 'bad-timestamp' });
  });

  it.each(ofVersion('v3'))('finds the headers whatever their case, and the first of repeated ones', (c) => {
    const req = received(c, Number(c.timestamp));
    const mixedCase = {
      'X-HubSpot-Signature-v3': [c.signature, 'forged'],
      'X-HubSpot-Request-Timestamp': c.timestamp,
    };
    expect(verifyHubSpotRequest({ ...req, headers: mixedCase })).toEqual({ ok: true, version: 'v3' });
  });

  it.each(ofVersion('v2'))('accepts the v2 vector only where v2 is allowed (workflow actions)', (c) => {
    const req = received(c, 0);
    expect(verifyHubSpotRequest(req, { acceptV2: true })).toEqual({ ok: true, version: 'v2' });
    expect(verifyHubSpotRequest(req)).toEqual({ ok: false, reason: 'missing' });
    expect(checkHubSpotRequest(req)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyHubSpotRequest({ ...req, rawBody: tampered(c.body + ' ') }, { acceptV2: true })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it.each(ofVersion('v1'))('never accepts a v1 signature', (c) => {
    expect(verifyHubSpotRequest(received(c, 0), { acceptV2: true })).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(checkHubSpotRequest(received(c, 0))).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('signed card requests', () => {
  const sentAt = 1_760_000_000_000;
  const cardRequest = (url: string, body = ''): HubSpotRequest => ({
    method: body === '' ? 'GET' : 'POST',
    url,
    rawBody: body,
    headers: {
      'x-hubspot-signature-v3': signV3(
        secret,
        { method: body === '' ? 'GET' : 'POST', uri: url, body },
        String(sentAt),
      ),
      'x-hubspot-request-timestamp': String(sentAt),
    },
    now: sentAt + 1_000,
    secret,
  });

  it('names the portal and user HubSpot appended to the URL', () => {
    const url =
      'https://kam.example.com/api/accounts/42/view?lang=de&userId=7001&userEmail=anna.berger%40example.de&appId=3003&portalId=123456';
    expect(checkHubSpotRequest(cardRequest(url))).toEqual({
      ok: true,
      portalId: '123456',
      userId: '7001',
      userEmail: 'anna.berger@example.de',
      appId: '3003',
    });
  });

  it('needs only the portal; malformed optional parameters are left out', () => {
    const url = 'https://kam.example.com/api/portfolio?portalId=99&userId=abc';
    expect(checkHubSpotRequest(cardRequest(url, '{"tier":"A"}'))).toEqual({ ok: true, portalId: '99' });
  });

  it('refuses a signed request without a usable portal id', () => {
    expect(checkHubSpotRequest(cardRequest('https://kam.example.com/api/portfolio?userId=7001'))).toEqual({
      ok: false,
      reason: 'no-portal',
    });
    expect(checkHubSpotRequest(cardRequest('https://kam.example.com/api/portfolio?portalId=12ab'))).toEqual({
      ok: false,
      reason: 'no-portal',
    });
  });

  it('refuses a portal id added to a signed URL', () => {
    const signed = cardRequest('https://kam.example.com/api/portfolio?portalId=1');
    expect(checkHubSpotRequest({ ...signed, url: `${signed.url}&portalId=2` })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });
});

describe('publicUrl', () => {
  const request = { url: '/api/accounts/42?portalId=1', protocol: 'http', host: '10.0.0.5:3000' };

  it('prefers the configured public base URL (behind a proxy), path prefix and trailing slash included', () => {
    expect(publicUrl(request, 'https://kam.example.com')).toBe(
      'https://kam.example.com/api/accounts/42?portalId=1',
    );
    expect(publicUrl(request, 'https://example.com/kam/')).toBe(
      'https://example.com/kam/api/accounts/42?portalId=1',
    );
  });

  it('uses the protocol and Host header otherwise', () => {
    expect(publicUrl(request)).toBe('http://10.0.0.5:3000/api/accounts/42?portalId=1');
    expect(publicUrl(request, '')).toBe('http://10.0.0.5:3000/api/accounts/42?portalId=1');
  });
});

describe('requests the sandbox signs as HubSpot does', () => {
  interface Received {
    readonly method: string;
    readonly url: string;
    readonly headers: IncomingHttpHeaders;
    readonly body: Buffer;
  }
  const seen: Received[] = [];
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks),
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('verifies a delivery (v3, and v2 beside it) over the URL rebuilt from the request', async () => {
    const sentAt = Date.now();
    const body = JSON.stringify([{ eventId: 1, portalId: 62515, note: 'Grüße (ä) & more' }]);
    const result = await signedPost({
      url: `http://127.0.0.1:${port}/hubspot/actions/recompute?source=a%3Ab%2Fc&x=%20y`,
      body,
      secret,
      timestamp: sentAt,
      timeoutMs: 10_000,
      withV2: true,
    });
    expect(result.statusCode).toBe(204);
    const got = seen.at(-1)!;
    const asReceived = (headers: IncomingHttpHeaders): HubSpotRequest => ({
      method: got.method,
      url: publicUrl({ url: got.url, protocol: 'http', host: got.headers.host! }),
      rawBody: got.body,
      headers,
      now: sentAt,
      secret,
    });
    expect(verifyHubSpotRequest(asReceived(got.headers))).toEqual({ ok: true, version: 'v3' });
    const withoutV3 = { ...got.headers, 'x-hubspot-signature-v3': undefined };
    expect(verifyHubSpotRequest(asReceived(withoutV3), { acceptV2: true })).toEqual({
      ok: true,
      version: 'v2',
    });
    expect(verifyHubSpotRequest(asReceived(withoutV3))).toEqual({ ok: false, reason: 'missing' });
  });
});

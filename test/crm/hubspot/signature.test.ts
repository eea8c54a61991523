import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  canonicalUri,
  MAX_SIGNATURE_AGE_MS,
  signV3,
  verifyV1V2,
  verifyV3,
} from '../../../src/crm/hubspot/signature.js';

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
const vectors = Vectors.parse(JSON.parse(readFileSync('../shared/fixtures/hubspot-signatures.json', 'utf8')));
const secret = vectors.clientSecret;

describe("HubSpot request signatures (HubSpot's published vectors)", () => {
  it.each(vectors.cases.map((c, i) => [`${c.version} #${i}`, c] as const))('accepts %s', (_name, c) => {
    const req = { method: c.method, uri: c.uri, body: c.body };
    if (c.version === 'v3') {
      const sentAt = Number(c.timestamp);
      expect(verifyV3(secret, req, c.signature, c.timestamp, sentAt + 1000)).toEqual({ valid: true });
      // the same request over the raw bytes
      expect(
        verifyV3(secret, { ...req, body: Buffer.from(c.body) }, c.signature, c.timestamp, sentAt),
      ).toEqual({
        valid: true,
      });
    } else {
      expect(verifyV1V2(secret, req, c.signature, c.version)).toEqual({ valid: true });
    }
  });

  const v3 = vectors.cases.find((c) => c.version === 'v3')!;
  const req = { method: v3.method, uri: v3.uri, body: v3.body };
  const sentAt = Number(v3.timestamp);

  it('rejects a v3 request older than five minutes', () => {
    expect(verifyV3(secret, req, v3.signature, v3.timestamp, sentAt + MAX_SIGNATURE_AGE_MS + 1)).toEqual({
      valid: false,
      reason: 'stale',
    });
    // the real clock: the published vector is from 1970
    expect(verifyV3(secret, req, v3.signature, v3.timestamp, Date.now())).toMatchObject({ reason: 'stale' });
  });

  it('rejects a changed body, method, URI, timestamp or secret', () => {
    const check = (r: typeof req, ts = v3.timestamp!, s = secret) => verifyV3(s, r, v3.signature, ts, sentAt);
    expect(check({ ...req, body: req.body + ' ' })).toMatchObject({ reason: 'mismatch' });
    expect(check({ ...req, method: 'PUT' })).toMatchObject({ reason: 'mismatch' });
    expect(check({ ...req, uri: req.uri + '?x=1' })).toMatchObject({ reason: 'mismatch' });
    expect(check(req, String(sentAt + 1))).toMatchObject({ reason: 'mismatch' });
    expect(check(req, v3.timestamp, secret.replace('y', 'z'))).toMatchObject({ reason: 'mismatch' });
  });

  it('rejects missing headers and a malformed timestamp', () => {
    expect(verifyV3(secret, req, undefined, v3.timestamp, sentAt)).toEqual({
      valid: false,
      reason: 'missing',
    });
    expect(verifyV3(secret, req, v3.signature, undefined, sentAt)).toEqual({
      valid: false,
      reason: 'missing',
    });
    expect(verifyV3(secret, req, v3.signature, '15e6', sentAt)).toEqual({
      valid: false,
      reason: 'bad-timestamp',
    });
    expect(verifyV1V2(secret, { ...req, body: 'x' }, undefined, 'v1')).toEqual({
      valid: false,
      reason: 'missing',
    });
  });

  it('signs the URI with the percent-encodings HubSpot decodes, and only those', () => {
    expect(canonicalUri('https://a.example/hook?x=%3A%2f%40%20%26')).toBe(
      'https://a.example/hook?x=:/@%20%26',
    );
    const encoded = { ...req, uri: 'https://www.example.com/webhook%3Furi' };
    const plain = { ...req, uri: 'https://www.example.com/webhook?uri' };
    expect(signV3(secret, encoded, '1')).toBe(signV3(secret, plain, '1'));
  });
});

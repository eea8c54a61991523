import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { LinkSigner, workspaceLink } from '../../src/service/workspace/link-token.js';

const key = () => randomBytes(32).toString('base64');
const NOW = Date.parse('2026-11-27T09:00:00Z');

describe('workspace link tokens', () => {
  const signer = new LinkSigner(key());

  it('round-trips the tenant, the account and the expiry', () => {
    const token = signer.issue({ tid: 'hubspot:12345678', exp: NOW + 60_000, acc: '1001' });
    expect(signer.check(token, NOW)).toEqual({
      ok: true,
      claims: { tid: 'hubspot:12345678', exp: NOW + 60_000, acc: '1001' },
    });
  });

  it('refuses a token from the moment it expires', () => {
    const token = signer.issue({ tid: 'hubspot:1', exp: NOW + 1 });
    expect(signer.check(token, NOW).ok).toBe(true);
    expect(signer.check(token, NOW + 1)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token whose claims were changed (another tenant, a later expiry)', () => {
    const token = signer.issue({ tid: 'hubspot:1', exp: NOW + 60_000 });
    const [v, , mac] = token.split('.');
    for (const claims of [
      { tid: 'hubspot:2', exp: NOW + 60_000 },
      { tid: 'hubspot:1', exp: NOW + 3_600_000 },
    ]) {
      const forged = `${v}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${mac}`;
      expect(signer.check(forged, NOW)).toEqual({ ok: false, reason: 'signature' });
    }
  });

  it('refuses a token signed with another encryption key', () => {
    const token = new LinkSigner(key()).issue({ tid: 'hubspot:1', exp: NOW + 60_000 });
    expect(signer.check(token, NOW)).toEqual({ ok: false, reason: 'signature' });
  });

  it.each([
    ['', 'malformed'],
    ['v1', 'malformed'],
    ['v1.a', 'malformed'],
    ['v2.a.b', 'malformed'],
    ['v1.a.b.c', 'malformed'],
    ['Bearer x', 'malformed'],
    ['v1.e30.AAAA', 'signature'],
  ])('refuses %j as %s', (token, reason) => {
    expect(signer.check(token, NOW)).toEqual({ ok: false, reason });
  });

  it('issues only well-formed claims', () => {
    expect(() => signer.issue({ exp: NOW } as never)).toThrow();
    expect(() => signer.issue({ tid: 'hubspot:1', exp: -1 })).toThrow();
  });

  it('puts the token in the fragment of the workspace URL, never in the path or query', () => {
    const link = workspaceLink(signer, {
      base: 'https://kam.example.com',
      tenantId: 'hubspot:12345678',
      validHours: 8,
      now: NOW,
      accountId: '1001',
      lang: 'de',
      view: 'timeline',
      compact: true,
    });
    const url = new URL(link.url);
    expect(url.pathname).toBe('/workspace/');
    expect(url.search).toBe('');
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(fragment.get('account')).toBe('1001');
    expect(fragment.get('lang')).toBe('de');
    expect(fragment.get('compact')).toBe('1');
    expect(fragment.get('view')).toBe('timeline');
    expect(link.expiresAt).toBe('2026-11-27T17:00:00.000Z');
    const check = signer.check(fragment.get('link')!, NOW + 8 * 3_600_000 - 1);
    expect(check).toEqual({
      ok: true,
      claims: { tid: 'hubspot:12345678', exp: NOW + 8 * 3_600_000, acc: '1001' },
    });
  });

  it('needs a 32-byte key', () => {
    expect(() => new LinkSigner('short')).toThrow(/KAM_ENCRYPTION_KEY/);
  });
});

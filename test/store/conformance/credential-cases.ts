/** Credentials at rest: encrypted, bound to their key, readable after a key rotation. */
import { describe, expect, it } from '@jest/globals';
import type { CaseContext } from './harness.js';
import { boxWithKey, keyOf, rejectionOf } from './harness.js';
import { EVERY_CREDENTIALS_KIND, HUBSPOT_TOKEN, hubspotTenant, secretsOf } from './fixtures.js';

const SEALED = /^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function credentialCases(ctx: () => CaseContext): void {
  describe('credentials at rest', () => {
    it('round-trips every kind of credentials and stores none of their secrets in plaintext', async () => {
      const { store, harness, box } = ctx();
      for (const [i, credentials] of EVERY_CREDENTIALS_KIND.entries()) {
        const saved = await store.saveTenant(hubspotTenant(String(100 + i), { credentials }));
        expect((await store.tenant(saved.id))?.credentials).toEqual(credentials);
      }
      const raw = await harness.rawCredentialTexts();
      expect(raw).toHaveLength(EVERY_CREDENTIALS_KIND.length);
      for (const text of raw) {
        expect(text).toMatch(SEALED);
        expect(text.split('.')[1]).toBe(box.keyId);
      }
      const secrets = EVERY_CREDENTIALS_KIND.flatMap(secretsOf);
      for (const secret of secrets) for (const text of raw) expect(text).not.toContain(secret);
    });

    it('stores a fresh ciphertext on every save, even of the same token', async () => {
      const { store, harness } = ctx();
      await store.saveTenant(hubspotTenant('4711'));
      const [first] = await harness.rawCredentialTexts();
      await store.saveTenant(hubspotTenant('4711'));
      const [second] = await harness.rawCredentialTexts();
      expect(second).not.toBe(first);
      expect(second).not.toContain(HUBSPOT_TOKEN);
    });

    it('cannot read credentials with a different key, and says so clearly', async () => {
      const { store, harness, box } = ctx();
      await store.saveTenant(hubspotTenant('4711'));
      const other = await harness.reopen(boxWithKey());
      try {
        const expected = `cannot decrypt tenant credentials: wrong key or tampered data (key id ${box.keyId}`;
        const error = await rejectionOf(other.tenant('hubspot:4711'));
        expect(error.message).toContain(expected);
        expect(error.message).toContain('hubspot:4711');
        expect(error.message).not.toContain(HUBSPOT_TOKEN);
        await expect(other.tenants()).rejects.toThrow(expected);
      } finally {
        await other.close();
      }
    });

    it('reads credentials sealed with an older key after a rotation, and re-seals them with the new key', async () => {
      const { store, harness, box } = ctx();
      const tenant = await store.saveTenant(hubspotTenant('4711'));
      const rotated = boxWithKey(undefined, [keyOf(box)]);
      const after = await harness.reopen(rotated);
      try {
        expect(await after.tenant(tenant.id)).toEqual(tenant);
        await after.saveCredentials(tenant.id, tenant.credentials);
        const [raw] = await harness.rawCredentialTexts();
        expect(raw?.split('.')[1]).toBe(rotated.keyId);
        expect((await after.tenant(tenant.id))?.credentials).toEqual(tenant.credentials);
        // The old key alone no longer opens them.
        await expect(store.tenant(tenant.id)).rejects.toThrow(/wrong key or tampered data/);
      } finally {
        await after.close();
      }
    });
  });
}

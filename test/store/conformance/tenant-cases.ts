/** Tenants: create/update, lookups, ordering, credentials replacement and uninstall. */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_MODEL } from '../../../src/core/scoring/index.js';
import type { CaseContext } from './harness.js';
import { rejectionOf } from './harness.js';
import { hubspotCredentials, hubspotTenant, salesforceTenant, scoreEntry } from './fixtures.js';

export function tenantCases(ctx: () => CaseContext): void {
  describe('tenants', () => {
    it('creates a tenant whose id is <crm>:<externalId>, timestamped by the clock', async () => {
      const { store, nowIso } = ctx();
      const input = hubspotTenant('4711');
      const created = await store.saveTenant(input);
      expect(created).toEqual({ ...input, id: 'hubspot:4711', createdAt: nowIso(), updatedAt: nowIso() });
      expect(await store.tenant('hubspot:4711')).toEqual(created);
    });

    it('updates the tenant saved again for the same CRM and external id: createdAt kept, updatedAt moves', async () => {
      const c = ctx();
      const first = await c.store.saveTenant(hubspotTenant('4711'));
      c.advance(60_000);
      const changed = hubspotTenant('4711', {
        name: 'Brenner Hydraulik GmbH',
        lang: 'en',
        apiBaseUrl: 'http://127.0.0.1:4010',
        credentials: hubspotCredentials('pat-eu1-rotated-token-0002'),
      });
      const second = await c.store.saveTenant(changed);
      expect(second).toEqual({ ...changed, id: first.id, createdAt: first.createdAt, updatedAt: c.nowIso() });
      expect(second.updatedAt).not.toBe(first.updatedAt);
      expect(await c.store.tenants()).toEqual([second]);
    });

    it('finds a tenant by CRM and external id; the same external id in the other CRM is another tenant', async () => {
      const { store } = ctx();
      const hubspot = await store.saveTenant(hubspotTenant('00D5g000004XyZAEA0'));
      expect(await store.tenantByExternalId('hubspot', '00D5g000004XyZAEA0')).toEqual(hubspot);
      expect(await store.tenantByExternalId('salesforce', '00D5g000004XyZAEA0')).toBeUndefined();
      const salesforce = await store.saveTenant(salesforceTenant('00D5g000004XyZAEA0'));
      expect(salesforce.id).toBe('salesforce:00D5g000004XyZAEA0');
      expect(await store.tenantByExternalId('salesforce', '00D5g000004XyZAEA0')).toEqual(salesforce);
      expect(await store.tenantByExternalId('hubspot', '00D5g000004XyZAEA0')).toEqual(hubspot);
      expect(await store.tenant('hubspot:999')).toBeUndefined();
    });

    it('lists every tenant ordered by id (as text, upper case before lower case)', async () => {
      const { store } = ctx();
      for (const input of [
        salesforceTenant('00Da0000000abcdEAA'),
        hubspotTenant('20'),
        salesforceTenant('00DA0000000ABCDEAA'),
        hubspotTenant('100'),
      ])
        await store.saveTenant(input);
      expect((await store.tenants()).map((t) => t.id)).toEqual([
        'hubspot:100',
        'hubspot:20',
        'salesforce:00DA0000000ABCDEAA',
        'salesforce:00Da0000000abcdEAA',
      ]);
    });

    it('replaces only the credentials with saveCredentials', async () => {
      const c = ctx();
      const before = await c.store.saveTenant(hubspotTenant('4711'));
      c.advance(1_000);
      const renewed = {
        kind: 'hubspot-oauth',
        accessToken: 'CJT1-new-access',
        refreshToken: 'eu1-refresh-new',
        expiresAt: Date.parse('2026-03-01T10:00:00Z'),
      } as const;
      await c.store.saveCredentials(before.id, renewed);
      expect(await c.store.tenant(before.id)).toEqual({
        ...before,
        credentials: renewed,
        updatedAt: c.nowIso(),
      });
    });

    it('refuses credentials for an unknown tenant', async () => {
      await expect(ctx().store.saveCredentials('hubspot:404', hubspotCredentials())).rejects.toMatchObject({
        code: 'STORE_UNKNOWN_TENANT',
        message: 'unknown tenant hubspot:404',
      });
    });

    it('refuses an invalid tenant with a message naming the field, never the token', async () => {
      const { store } = ctx();
      const bad = { ...hubspotTenant('4711'), lang: 'fr' } as unknown as Parameters<
        typeof store.saveTenant
      >[0];
      await expect(store.saveTenant(bad)).rejects.toMatchObject({ code: 'STORE_BAD_INPUT' });
      await expect(store.saveTenant(bad)).rejects.toThrow(/^invalid tenant: lang: /);
      const noRefresh = hubspotTenant('4711', {
        credentials: { kind: 'hubspot-oauth', accessToken: 'CJT1-secret-access' } as never,
      });
      const error = await rejectionOf(store.saveTenant(noRefresh));
      expect(error.message).toMatch(/credentials\.refreshToken/);
      expect(error.message).not.toContain('CJT1-secret-access');
      expect(await store.tenants()).toEqual([]);
    });

    it('removes the tenant and its history, model and checkpoints, and nothing of other tenants', async () => {
      const { store } = ctx();
      const gone = await store.saveTenant(hubspotTenant('4711'));
      const kept = await store.saveTenant(hubspotTenant('4712'));
      for (const t of [gone, kept]) {
        await store.saveScoringModel(t.id, DEFAULT_MODEL);
        await store.appendScores(t.id, [scoreEntry('9001', '2026-03-01T08:00:00.000Z', 'h1')]);
        await store.saveCheckpoint(t.id, 'sweep', '2026-03-01T08:00:00.000Z');
      }
      await store.deleteTenant(gone.id);

      expect(await store.tenant(gone.id)).toBeUndefined();
      expect(await store.scoreHistory(gone.id, '9001', 10)).toEqual([]);
      expect(await store.scoringModel(gone.id)).toBeUndefined();
      expect(await store.checkpoint(gone.id, 'sweep')).toBeUndefined();

      expect(await store.tenants()).toEqual([kept]);
      expect(await store.scoreHistory(kept.id, '9001', 10)).toHaveLength(1);
      expect(await store.scoringModel(kept.id)).toEqual(DEFAULT_MODEL);
      expect(await store.checkpoint(kept.id, 'sweep')).toBe('2026-03-01T08:00:00.000Z');

      // Installed again, it starts empty; uninstalling an unknown tenant is a no-op.
      await store.saveTenant(hubspotTenant('4711'));
      expect(await store.scoreHistory(gone.id, '9001', 10)).toEqual([]);
      await expect(store.deleteTenant('hubspot:404')).resolves.toBeUndefined();
    });
  });
}

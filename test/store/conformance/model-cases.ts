/** The scoring model per tenant and the sync checkpoints. */
import { describe, expect, it } from '@jest/globals';
import type { ScoringModel } from '../../../src/core/scoring/index.js';
import { DEFAULT_MODEL } from '../../../src/core/scoring/index.js';
import type { CaseContext } from './harness.js';
import { hubspotTenant } from './fixtures.js';

/** The default model with a tenant's own tiers and weights. */
const CUSTOM_MODEL: ScoringModel = {
  ...DEFAULT_MODEL,
  id: 'brenner-kam',
  version: '2.1.0',
  name: { de: 'Brenner KAM-Modell', en: 'Brenner KAM model' },
  axisWeights: { attractiveness: 50, position: 50 },
  tiers: { A: 70, B: 40 },
};

export function modelCases(ctx: () => CaseContext): void {
  describe('scoring model', () => {
    it('has none until one is saved, then returns it as saved; each tenant its own', async () => {
      const { store } = ctx();
      const a = await store.saveTenant(hubspotTenant('4711'));
      const b = await store.saveTenant(hubspotTenant('4712'));
      expect(await store.scoringModel(a.id)).toBeUndefined();

      await store.saveScoringModel(a.id, CUSTOM_MODEL);
      expect(await store.scoringModel(a.id)).toEqual(CUSTOM_MODEL);
      expect(await store.scoringModel(b.id)).toBeUndefined();

      await store.saveScoringModel(b.id, DEFAULT_MODEL);
      await store.saveScoringModel(a.id, { ...CUSTOM_MODEL, version: '2.2.0' });
      expect((await store.scoringModel(a.id))?.version).toBe('2.2.0');
      expect(await store.scoringModel(b.id)).toEqual(DEFAULT_MODEL);
    });

    it('forgets a tenant’s own model, so the default applies again; the others keep theirs', async () => {
      const { store } = ctx();
      const a = await store.saveTenant(hubspotTenant('4711'));
      const b = await store.saveTenant(hubspotTenant('4712'));
      await store.saveScoringModel(a.id, CUSTOM_MODEL);
      await store.saveScoringModel(b.id, CUSTOM_MODEL);
      await store.clearScoringModel(a.id);
      expect(await store.scoringModel(a.id)).toBeUndefined();
      expect(await store.scoringModel(b.id)).toEqual(CUSTOM_MODEL);
      await store.clearScoringModel(a.id);
      await store.clearScoringModel('hubspot:404');
      expect(await store.scoringModel(a.id)).toBeUndefined();
    });

    it('refuses an invalid model and a model for an unknown tenant', async () => {
      const { store } = ctx();
      const a = await store.saveTenant(hubspotTenant('4711'));
      const invalid = { ...CUSTOM_MODEL, tiers: { A: 40, B: 70 } };
      await expect(store.saveScoringModel(a.id, invalid)).rejects.toMatchObject({ code: 'STORE_BAD_INPUT' });
      await expect(store.saveScoringModel(a.id, invalid)).rejects.toThrow(/tiers\.A: tier A threshold/);
      expect(await store.scoringModel(a.id)).toBeUndefined();
      await expect(store.saveScoringModel('hubspot:404', CUSTOM_MODEL)).rejects.toMatchObject({
        code: 'STORE_UNKNOWN_TENANT',
      });
    });
  });

  describe('checkpoints', () => {
    it('keeps one value per tenant and name, replaced on save', async () => {
      const { store } = ctx();
      const a = await store.saveTenant(hubspotTenant('4711'));
      const b = await store.saveTenant(hubspotTenant('4712'));
      expect(await store.checkpoint(a.id, 'sweep')).toBeUndefined();

      await store.saveCheckpoint(a.id, 'sweep', '2026-03-01T08:00:00.000Z');
      await store.saveCheckpoint(a.id, 'full-rescore', '2026-03-01');
      await store.saveCheckpoint(b.id, 'sweep', '2026-02-28T23:00:00.000Z');
      await store.saveCheckpoint(a.id, 'sweep', '2026-03-01T08:15:00.000Z');

      expect(await store.checkpoint(a.id, 'sweep')).toBe('2026-03-01T08:15:00.000Z');
      expect(await store.checkpoint(a.id, 'full-rescore')).toBe('2026-03-01');
      expect(await store.checkpoint(b.id, 'sweep')).toBe('2026-02-28T23:00:00.000Z');
      expect(await store.checkpoint(b.id, 'full-rescore')).toBeUndefined();
    });

    it('refuses a checkpoint of an unknown tenant', async () => {
      await expect(ctx().store.saveCheckpoint('hubspot:404', 'sweep', 'x')).rejects.toMatchObject({
        code: 'STORE_UNKNOWN_TENANT',
      });
    });
  });
}

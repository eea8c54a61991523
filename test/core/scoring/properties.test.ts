import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SELECTION_RATINGS } from '../../../src/core/model/index.js';
import {
  combine,
  DEFAULT_MODEL,
  DEFAULT_MODEL_DATA,
  modelWarnings,
  score,
  ScoringModel,
  type ScoringModelInput,
} from '../../../src/core/scoring/index.js';
import { shuffled, snapshotArb } from '../arbitraries.js';
import { NOW } from '../fixtures.js';

/** The default model's criteria with random weights and axis weights. */
const modelArb = fc
  .record({
    weights: fc.array(fc.integer({ min: 1, max: 100 }), {
      minLength: DEFAULT_MODEL.criteria.length,
      maxLength: DEFAULT_MODEL.criteria.length,
    }),
    attractiveness: fc.integer({ min: 0, max: 10 }),
    position: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ weights, attractiveness, position }) => {
    const data = JSON.parse(JSON.stringify(DEFAULT_MODEL_DATA)) as ScoringModelInput;
    data.criteria = data.criteria.map((c, i) => ({ ...c, weight: weights[i]! }));
    data.axisWeights = { attractiveness, position };
    return ScoringModel.parse(data);
  });

/** A raw value somewhere around each criterion's scale, or unknown. */
const rawsArb = fc.array(fc.option(fc.double({ min: -5, max: 5_000_000, noNaN: true }), { nil: undefined }), {
  minLength: DEFAULT_MODEL.criteria.length,
  maxLength: DEFAULT_MODEL.criteria.length,
});

describe('scoring properties', () => {
  it('score and axes stay within 0–100 for any snapshot', () => {
    fc.assert(
      fc.property(snapshotArb, modelArb, (snapshot, model) => {
        const r = score(snapshot, model, NOW);
        for (const v of [r.score, r.attractiveness, r.position]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
        for (const c of r.components) expect(Number.isFinite(c.contribution)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('moving one criterion in its direction never lowers the score', () => {
    fc.assert(
      fc.property(
        modelArb,
        rawsArb,
        fc.nat(),
        fc.double({ min: 0, max: 1_000_000, noNaN: true }),
        (model, raws, pick, step) => {
          const i = pick % model.criteria.length;
          fc.pre(raws[i] !== undefined);
          const better = [...raws];
          better[i] = raws[i]! + (model.criteria[i]!.direction === 'higher_is_better' ? step : -step);
          expect(combine(model, better).score).toBeGreaterThanOrEqual(combine(model, raws).score);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('raising a selection rating never lowers the score of a real snapshot', () => {
    fc.assert(
      fc.property(snapshotArb, fc.constantFrom(...SELECTION_RATINGS), (snapshot, key) => {
        const current = snapshot.account.ratings[key];
        fc.pre(current !== undefined && current < 5);
        const raised = {
          ...snapshot,
          account: { ...snapshot.account, ratings: { ...snapshot.account.ratings, [key]: current + 1 } },
        };
        expect(score(raised, DEFAULT_MODEL, NOW).score).toBeGreaterThanOrEqual(
          score(snapshot, DEFAULT_MODEL, NOW).score,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the result does not depend on the order of records', () => {
    fc.assert(
      fc.property(snapshotArb, fc.integer({ min: 1, max: 1_000_000 }), (snapshot, seed) => {
        expect(score(shuffled(snapshot, seed), DEFAULT_MODEL, NOW)).toEqual(
          score(snapshot, DEFAULT_MODEL, NOW),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the input hash changes when any scored value changes', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        fc.pre(snapshot.contacts.length > 0);
        const [first, ...rest] = snapshot.contacts;
        const changed = {
          ...snapshot,
          contacts: [{ ...first!, influence: first!.influence === 5 ? 4 : 5 }, ...rest],
        };
        expect(score(changed, DEFAULT_MODEL, NOW).inputHash).not.toBe(
          score(snapshot, DEFAULT_MODEL, NOW).inputHash,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('warns exactly for the criteria under 10 % of their axis', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const expected = model.criteria.filter((c) => {
          const axisTotal = model.criteria.filter((x) => x.axis === c.axis).reduce((s, x) => s + x.weight, 0);
          return c.weight / axisTotal < 0.1;
        }).length;
        const warnings = modelWarnings(model).filter((w) => w.code === 'model.weightBelowMinimum');
        expect(warnings).toHaveLength(expected);
      }),
    );
  });
});

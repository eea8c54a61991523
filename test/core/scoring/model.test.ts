import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_MODEL,
  DEFAULT_MODEL_DATA,
  modelWarnings,
  ScoringModel,
  type ScoringModelInput,
} from '../../../src/core/scoring/index.js';

const clone = (): ScoringModelInput => JSON.parse(JSON.stringify(DEFAULT_MODEL_DATA)) as ScoringModelInput;
const issues = (input: unknown) => {
  const r = ScoringModel.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('scoring model as data', () => {
  it('the default model survives a JSON round trip unchanged', () => {
    expect(ScoringModel.parse(JSON.parse(JSON.stringify(DEFAULT_MODEL)))).toEqual(DEFAULT_MODEL);
  });

  it('the default model has both axes with 3–7 criteria and no guardrail warnings', () => {
    const perAxis = (axis: string) => DEFAULT_MODEL.criteria.filter((c) => c.axis === axis).length;
    expect(perAxis('attractiveness')).toBe(5);
    expect(perAxis('position')).toBe(6);
    expect(modelWarnings(DEFAULT_MODEL)).toEqual([]);
  });

  it('rejects an axis with fewer than 3 criteria, naming the axis', () => {
    const m = clone();
    m.criteria = m.criteria.filter((c) => c.axis === 'position' || ['revenue', 'growth'].includes(c.id));
    expect(issues(m)).toContain('criteria: attractiveness has 2 criteria; a model needs 3 to 7 per axis');
  });

  it('rejects more than 7 criteria on an axis', () => {
    const m = clone();
    const extra = ['customer_size', 'rating_innovation', 'rating_creditworthiness'] as const;
    m.criteria = [
      ...m.criteria,
      ...extra.map((metric) => ({
        id: metric,
        axis: 'attractiveness' as const,
        metric,
        weight: 10,
        direction: 'higher_is_better' as const,
        scale: { type: 'linear' as const, min: 0, max: 5 },
      })),
    ];
    expect(issues(m)).toContain('criteria: attractiveness has 8 criteria; a model needs 3 to 7 per axis');
  });

  it('rejects tier thresholds in the wrong order and duplicate criterion ids', () => {
    const m = clone() as { tiers: { A: number; B: number }; criteria: Record<string, unknown>[] };
    m.tiers = { A: 40, B: 60 };
    m.criteria[1]!.id = 'revenue';
    expect(issues(m)).toEqual([
      'tiers.A: tier A threshold must be above tier B',
      'criteria.1.id: duplicate criterion "revenue"',
    ]);
  });

  it('rejects unknown metrics and empty scales, naming the criterion', () => {
    const m = clone() as { criteria: Record<string, unknown>[] };
    m.criteria[2]!.metric = 'weather';
    m.criteria[3]!.scale = { type: 'linear', min: 1, max: 1 };
    const found = issues(m);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^criteria\.2\.metric: .*"revenue_last_year"/);
    expect(found[1]).toBe('criteria.3.scale.max: max must be greater than min');
  });

  it('warns in German and English when a criterion has under 10 % of its axis', () => {
    const m = clone();
    m.criteria = m.criteria.map((c) => (c.id === 'freshness' ? { ...c, weight: 5 } : c));
    const warnings = modelWarnings(ScoringModel.parse(m));
    expect(warnings).toHaveLength(1);
    // 5 of 95 position weight ≈ 5 %
    expect(warnings[0]!.text.de).toContain('„freshness“ hat nur 5');
    expect(warnings[0]!.text.en).toContain('"freshness" has only 5%');
  });

  it('warns when an axis is switched off', () => {
    const m = clone();
    m.axisWeights = { attractiveness: 1, position: 0 };
    const codes = modelWarnings(ScoringModel.parse(m)).map((w) => w.code);
    expect(codes).toEqual(['model.axisIgnored']);
  });
});

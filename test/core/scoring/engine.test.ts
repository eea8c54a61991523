import { describe, expect, it } from '@jest/globals';
import { DEFAULT_MODEL, score } from '../../../src/core/scoring/index.js';
import { musterMaschinenbau, NOW } from '../fixtures.js';

const componentOf = (r: ReturnType<typeof score>, id: string) => {
  const c = r.components.find((x) => x.criterionId === id);
  if (!c) throw new Error(`no component ${id}`);
  return c;
};

describe('score: Muster Maschinenbau GmbH with the default model', () => {
  const result = score(musterMaschinenbau(), DEFAULT_MODEL, NOW);

  it('measures every criterion from the snapshot', () => {
    // Last full year 2025: 215,000 won; 2023: 150,000 → growth (215/150)^(1/2) − 1.
    expect(componentOf(result, 'revenue').raw).toBe(215_000);
    expect(componentOf(result, 'growth').raw).toBeCloseTo(Math.sqrt(215 / 150) - 1, 10);
    // 120k × 0.6 + 80k × 0.5 + 150k × 0.3
    expect(componentOf(result, 'potential').raw).toBe(157_000);
    // margins 45+54+68 over revenue 150+180+215 (2023–2025; the 2026 deal is not a full year)
    expect(componentOf(result, 'margin').raw).toBeCloseTo(167 / 545, 10);
    expect(componentOf(result, 'strategic_ratings').raw).toBe(4);
    // wallet = 215k + 120k short-term potential
    expect(componentOf(result, 'share_of_wallet').raw).toBeCloseTo(215 / 335, 10);
    expect(componentOf(result, 'coverage').raw).toBe(1);
    expect(componentOf(result, 'decider').raw).toBe(1);
    expect(componentOf(result, 'breadth').raw).toBe(5);
    // due by today: the visit (done) and the workshop (in progress)
    expect(componentOf(result, 'plan_execution').raw).toBe(0.5);
    // last touch: activity on 20 Nov
    expect(componentOf(result, 'freshness').raw).toBe(7);
  });

  it('adds contributions up to the score and stays consistent with axes, tier and quadrant', () => {
    const sum = result.components.reduce((s, c) => s + c.contribution, 0);
    expect(Math.abs(sum - result.score)).toBeLessThan(0.06);
    expect(result.score).toBeCloseTo(0.6 * result.attractiveness + 0.4 * result.position, 0);
    expect(result.tier).toBe(result.score >= 65 ? 'A' : result.score >= 45 ? 'B' : 'C');
    expect(result.quadrant).toBe('invest');
    expect(result.quadrantLabel.de).toBe('Ausbauen');
    expect(result.completeness).toEqual({ attractiveness: 1, position: 1, overall: 1 });
  });

  it('normalises with the model scales', () => {
    // log scale 10k–1M: 215k → log(21.5)/log(100)
    expect(componentOf(result, 'revenue').normalised).toBeCloseTo(Math.log(21.5) / Math.log(100), 10);
    // lower is better: 7 of 180 days
    expect(componentOf(result, 'freshness').normalised).toBeCloseTo(1 - 7 / 180, 10);
    // share above the 60 % ceiling is clamped
    expect(componentOf(result, 'share_of_wallet').normalised).toBe(1);
  });

  it('names the strongest reasons in German and English, strongest first', () => {
    expect(result.reasons.length).toBe(DEFAULT_MODEL.maxReasons);
    expect(result.reasons[0]).toMatchObject({ criterionId: 'share_of_wallet', polarity: 'strength' });
    expect(result.reasons[0]!.text).toEqual({
      de: 'Hoher Lieferanteil: 64\u00a0%',
      en: 'High share of wallet: 64%',
    });
    for (const r of result.reasons) expect(r.text.de).not.toEqual(r.text.en);
  });

  it('records model, time and an input fingerprint', () => {
    expect(result.model).toEqual({ id: 'kam-default', version: '1.0.0' });
    expect(result.scoredAt).toBe('2026-11-27T09:00:00.000Z');
    expect(result.inputHash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('score: missing data is explicit', () => {
  it('marks criteria without data unknown, with a reason, and lets the known ones carry the axis', () => {
    const snapshot = musterMaschinenbau({ deals: [], potentials: [] });
    const r = score(snapshot, DEFAULT_MODEL, NOW);
    const revenue = componentOf(r, 'revenue');
    expect(revenue.status).toBe('unknown');
    expect(revenue.raw).toBeUndefined();
    expect(revenue.contribution).toBe(0);
    expect(revenue.unknownReason?.text.de).toBe('Keine gewonnenen Aufträge erfasst');
    // revenue, growth, potential and margin unknown: only the strategic ratings (4 of 5) remain.
    expect(r.attractiveness).toBe(75);
    expect(r.completeness.attractiveness).toBeCloseTo(20 / 100, 10);
    const missing = r.gaps.filter((g) => g.code === 'gap.criterionUnknown').map((g) => g.text.en);
    expect(missing).toContain("Data missing – Last year's revenue: No won deals recorded.");
    expect(missing).toContain('Data missing – Weighted potential: No potentials recorded.');
  });

  it('reports an axis without any data as a critical gap', () => {
    const r = score(
      musterMaschinenbau({
        account: { id: 'x', name: 'Leer GmbH' },
        deals: [],
        potentials: [],
      }),
      DEFAULT_MODEL,
      NOW,
    );
    expect(r.attractiveness).toBe(0);
    expect(r.completeness.attractiveness).toBe(0);
    expect(r.gaps[0]).toMatchObject({ severity: 'critical' });
    expect(r.gaps.map((g) => g.code)).toContain('gap.axisWithoutData');
  });

  it('flags a decider against us and lowers the position', () => {
    const base = musterMaschinenbau();
    const hostile = musterMaschinenbau({
      contacts: base.contacts.map((c) => (c.id === 'c-gf' ? { ...c, attitude: -2 } : c)),
    });
    const before = score(base, DEFAULT_MODEL, NOW);
    const after = score(hostile, DEFAULT_MODEL, NOW);
    expect(after.position).toBeLessThan(before.position);
    expect(after.gaps[0]).toMatchObject({ code: 'gap.deciderAgainstUs', severity: 'critical' });
    expect(after.reasons.map((r) => r.code)).toContain('reason.decider_attitude.weak');
    expect(after.reasons.find((r) => r.criterionId === 'decider')!.text.de).toBe(
      'Entscheider ist skeptisch (Einstellung -2)',
    );
  });
});

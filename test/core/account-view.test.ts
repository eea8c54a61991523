import { describe, expect, it } from '@jest/globals';
import { analyseAccount } from '../../src/core/account-view.js';
import { CLASSIC_CASE, EVENT_DRIVEN_CASE, generatePortfolio } from '../../src/core/demo/index.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';
import { musterMaschinenbau, NOW } from './fixtures.js';

const portfolio = generatePortfolio({ now: NOW });
const byId = (id: string) => portfolio.find((s) => s.account.id === id)!;

describe('account view', () => {
  it('lists each gap once, most severe first, across score and analyses', () => {
    for (const snapshot of portfolio) {
      const view = analyseAccount(snapshot, DEFAULT_MODEL, NOW);
      const texts = view.gaps.map((g) => g.text.en);
      expect(new Set(texts).size).toBe(texts.length);
      const order = { critical: 0, warning: 1, info: 2 };
      const severities = view.gaps.map((g) => order[g.severity]);
      expect(severities).toEqual([...severities].sort((a, b) => a - b));
    }
  });

  it('shows the plan gap of the classic 25,000 EUR customer', () => {
    const view = analyseAccount(byId(CLASSIC_CASE.id), DEFAULT_MODEL, NOW);
    expect(view.gaps.some((g) => g.code === 'plan.gap.behindPlan')).toBe(true);
    expect(view.score.components.find((c) => c.criterionId === 'revenue')!.raw).toBe(25_000);
  });

  it('warns that the event-driven candidate needs assessing before investing', () => {
    const view = analyseAccount(byId(EVENT_DRIVEN_CASE.id), DEFAULT_MODEL, NOW);
    expect(view.gaps.map((g) => g.code)).toContain('projects.gap.eventDriven');
  });

  it('carries the buying-center gap once even though score and analysis both know it', () => {
    const s = musterMaschinenbau();
    const hostile = { ...s, contacts: s.contacts.map((c) => (c.id === 'c-gf' ? { ...c, attitude: -2 } : c)) };
    const view = analyseAccount(hostile, DEFAULT_MODEL, NOW);
    expect(view.gaps.filter((g) => g.code === 'gap.deciderAgainstUs')).toHaveLength(1);
    expect(view.score.gaps.filter((g) => g.code === 'gap.deciderAgainstUs')).toHaveLength(1);
  });
});

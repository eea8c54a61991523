import { describe, expect, it } from '@jest/globals';
import { generatePortfolio } from '../../../../src/core/demo/index.js';
import { DEFAULT_MODEL, score } from '../../../../src/core/scoring/index.js';
import { scoreOutputsChanged, scoreResultToCrm } from '../../../../src/crm/hubspot/mapping/index.js';
import { HS, HS_OUTPUTS } from '../../../../src/crm/hubspot/metadata/index.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const classic = generatePortfolio({ now: NOW }).find((s) => s.account.id === 'acc-classic')!;
const result = score(classic, DEFAULT_MODEL, NOW);
const C = HS.company;

describe('score write-back', () => {
  it('writes every output property', () => {
    const props = scoreResultToCrm(result, 'de');
    expect(Object.keys(props).sort()).toEqual([...HS_OUTPUTS.company].sort());
    expect(props).toMatchObject({
      [C.score]: String(result.score),
      [C.tier]: result.tier,
      [C.quadrant]: result.quadrant,
      [C.attractiveness]: String(result.attractiveness),
      [C.position]: String(result.position),
      [C.scoredAt]: result.scoredAt,
      [C.scoreModel]: `${DEFAULT_MODEL.id}@${DEFAULT_MODEL.version}`,
    });
  });

  it('writes the reasons in the tenant language, one per line, marked + and −', () => {
    expect(result.reasons.length).toBeGreaterThan(1);
    for (const lang of ['de', 'en'] as const) {
      const lines = scoreResultToCrm(result, lang)[C.scoreReasons]!.split('\n');
      expect(lines).toEqual(
        result.reasons.map((r) => `${r.polarity === 'strength' ? '+' : '−'} ${r.text[lang]}`),
      );
    }
    expect(scoreResultToCrm(result, 'de')[C.scoreReasons]).not.toBe(
      scoreResultToCrm(result, 'en')[C.scoreReasons],
    );
  });

  it('writes an empty reasons text when there are none', () => {
    expect(scoreResultToCrm({ ...result, reasons: [] }, 'en')[C.scoreReasons]).toBe('');
  });
});

describe('write only what changed', () => {
  const next = scoreResultToCrm(result, 'de');
  /** The company as HubSpot returns it after the last write. */
  const current: Record<string, string | null> = { ...next, name: 'Brenner Hydraulik GmbH' };

  it('does not write unchanged outputs, even with a newer scoring time', () => {
    const later = scoreResultToCrm({ ...result, scoredAt: '2026-12-01T09:00:00Z' }, 'de');
    expect(scoreOutputsChanged(current, next)).toBe(false);
    expect(scoreOutputsChanged(current, later)).toBe(false);
  });

  it('compares numbers by value and text without line-ending noise', () => {
    const asStored = {
      ...current,
      [C.score]: `${result.score.toFixed(2)}`,
      [C.position]: result.position.toFixed(3),
      [C.scoreReasons]: `${next[C.scoreReasons]!.replace(/\n/g, '\r\n')}\n`,
    };
    expect(scoreOutputsChanged(asStored, next)).toBe(false);
  });

  it('writes when score, tier, quadrant, axes, reasons or model changed', () => {
    const changes: Record<string, string> = {
      [C.score]: String(result.score + 0.1),
      [C.tier]: result.tier === 'A' ? 'B' : 'A',
      [C.quadrant]: result.quadrant === 'invest' ? 'reduce' : 'invest',
      [C.attractiveness]: String(result.attractiveness + 1),
      [C.position]: String(result.position + 1),
      [C.scoreReasons]: 'other',
      [C.scoreModel]: `${DEFAULT_MODEL.id}@999`,
    };
    for (const [property, value] of Object.entries(changes))
      expect({ property, changed: scoreOutputsChanged({ ...current, [property]: value }, next) }).toEqual({
        property,
        changed: true,
      });
  });

  it('writes the first score of a company that has none', () => {
    expect(scoreOutputsChanged({ name: 'Brenner Hydraulik GmbH' }, next)).toBe(true);
    expect(scoreOutputsChanged({ [C.score]: null }, next)).toBe(true);
  });

  it('reads the language switch as a change', () => {
    expect(scoreOutputsChanged(current, scoreResultToCrm(result, 'en'))).toBe(true);
  });
});

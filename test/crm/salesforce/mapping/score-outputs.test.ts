import { describe, expect, it } from '@jest/globals';
import { generatePortfolio } from '../../../../src/core/demo/index.js';
import { DEFAULT_MODEL, score } from '../../../../src/core/scoring/index.js';
import type { ScoreResult } from '../../../../src/core/scoring/index.js';
import { SF_SCORE_OUTPUT_FIELDS } from '../../../../src/crm/salesforce/metadata/names.js';
import {
  accountSnapshotQuery,
  scoreOutputsChanged,
  scoreOutputsFromRecord,
  scoreResultToCrm,
  snapshotToCrmPlan,
} from '../../../../src/crm/salesforce/mapping/index.js';
import type { ScoreOutputs } from '../../../../src/crm/salesforce/mapping/index.js';
import { FakeOrg } from './fake-org.js';
import { account, mappingError } from './records.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const demo = generatePortfolio({ now: NOW }).find((s) => s.account.id === 'acc-001')!;
const result = score(demo, DEFAULT_MODEL, NOW);

describe('scoreResultToCrm', () => {
  it('fills every score output field of the metadata', () => {
    expect(Object.keys(scoreResultToCrm(result, 'en')).sort()).toEqual([...SF_SCORE_OUTPUT_FIELDS].sort());
  });

  it.each(['de', 'en'] as const)(
    'writes the reasons in %s, one per line, strengths + and weaknesses −',
    (lang) => {
      const out = scoreResultToCrm(result, lang);
      expect(result.reasons.length).toBeGreaterThan(1);
      expect(out.KAM_Score_Reasons__c!.split('\n')).toEqual(
        result.reasons.map((r) => `${r.polarity === 'strength' ? '+' : '−'} ${r.text[lang]}`),
      );
      expect(out).toMatchObject({
        KAM_Score__c: result.score,
        KAM_Tier__c: result.tier,
        KAM_Quadrant__c: result.quadrant,
        KAM_Attractiveness__c: result.attractiveness,
        KAM_Position__c: result.position,
        KAM_Scored_At__c: result.scoredAt,
        KAM_Score_Model__c: `${DEFAULT_MODEL.id}@${DEFAULT_MODEL.version}`,
      });
    },
  );

  it('reads as German in German and English in English', () => {
    const de = scoreResultToCrm(result, 'de').KAM_Score_Reasons__c!;
    const en = scoreResultToCrm(result, 'en').KAM_Score_Reasons__c!;
    expect(de).not.toBe(en);
    expect(de).toContain(result.reasons[0]!.text.de);
    expect(en).toContain(result.reasons[0]!.text.en);
  });

  it('leaves the reasons empty when there are none and cuts a model name to 80 characters', () => {
    const bare: ScoreResult = { ...result, reasons: [], model: { id: 'm'.repeat(90), version: '1' } };
    const out = scoreResultToCrm(bare, 'en');
    expect(out.KAM_Score_Reasons__c).toBeNull();
    expect(out.KAM_Score_Model__c).toHaveLength(80);
  });
});

describe('scoreOutputsChanged: only a change a person would see is written', () => {
  /** The outputs as they come back from the org after writing `outputs`. */
  function storedAndRead(outputs: ScoreOutputs): ScoreOutputs {
    const org = new FakeOrg();
    org.apply(snapshotToCrmPlan(demo));
    for (const [field, value] of Object.entries(outputs)) org.update('Account/acc-001', field, value);
    const [record] = org.query(accountSnapshotQuery([org.idOf('Account/acc-001')!])[0]!);
    return scoreOutputsFromRecord(record!);
  }

  const next = scoreResultToCrm(result, 'de');

  it('unchanged outputs → no write, even when scored later or the text came back with \\r\\n', () => {
    const current = storedAndRead(next);
    expect(scoreOutputsChanged(current, next)).toBe(false);
    const later = scoreResultToCrm({ ...result, scoredAt: '2026-12-01T09:00:00.000Z' }, 'de');
    expect(scoreOutputsChanged(current, later)).toBe(false);
    const crlf = { ...current, KAM_Score_Reasons__c: current.KAM_Score_Reasons__c!.replace(/\n/g, '\r\n') };
    expect(scoreOutputsChanged(crlf, next)).toBe(false);
  });

  it.each<[string, Partial<ScoreOutputs>]>([
    ['never scored', Object.fromEntries(SF_SCORE_OUTPUT_FIELDS.map((f) => [f, null]))],
    ['score', { KAM_Score__c: result.score + 0.1 }],
    ['tier', { KAM_Tier__c: result.tier === 'A' ? 'B' : 'A' }],
    ['quadrant', { KAM_Quadrant__c: result.quadrant === 'invest' ? 'develop' : 'invest' }],
    ['axis', { KAM_Position__c: result.position - 1 }],
    [
      'reasons in another language',
      { KAM_Score_Reasons__c: scoreResultToCrm(result, 'en').KAM_Score_Reasons__c },
    ],
    ['model version', { KAM_Score_Model__c: `${DEFAULT_MODEL.id}@0` }],
  ])('changed %s → write', (_what, current) => {
    expect(scoreOutputsChanged({ ...next, ...current }, next)).toBe(true);
  });

  it('reads Salesforce datetimes and reports a bad tier', () => {
    const read = scoreOutputsFromRecord(
      account({ KAM_Scored_At__c: '2026-11-27T09:00:00.000+0000', KAM_Score__c: 72.3 }),
    );
    expect(read).toMatchObject({
      KAM_Scored_At__c: '2026-11-27T09:00:00.000Z',
      KAM_Score__c: 72.3,
      KAM_Tier__c: null,
    });
    const e = mappingError(() => scoreOutputsFromRecord(account({ KAM_Tier__c: 'D' })));
    expect(e.message).toMatch(/KAM_Tier__c: unknown value "D"; expected one of A, B, C$/);
  });
});

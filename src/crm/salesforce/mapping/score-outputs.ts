import type { Lang } from '../../../core/i18n/index.js';
import type { QuadrantId, ScoreResult, Tier } from '../../../core/scoring/index.js';
import { QUADRANTS, reasonsText, TIERS } from '../../../core/scoring/index.js';
import { SF } from '../metadata/names.js';
import { numberToCrm, textToCrm } from './convert.js';
import { SalesforceMappingError } from './errors.js';
import type { MappingIssue } from './errors.js';
import { RecordReader } from './record-reader.js';
import type { SfRecord } from './wire.js';

const A = SF.account;

/** The score outputs on an Account, keyed by API name (`SF_SCORE_OUTPUT_FIELDS`); null is empty. */
export interface ScoreOutputs {
  readonly [A.score]: number | null;
  readonly [A.tier]: Tier | null;
  readonly [A.quadrant]: QuadrantId | null;
  readonly [A.attractiveness]: number | null;
  readonly [A.position]: number | null;
  readonly [A.scoreReasons]: string | null;
  readonly [A.scoredAt]: string | null;
  readonly [A.scoreModel]: string | null;
}

/**
 * A score result as the Account update that stores it. Reasons are one per line in the tenant's
 * language, strengths marked `+` and weaknesses `−`, strongest first (as the core orders them).
 */
export function scoreResultToCrm(result: ScoreResult, lang: Lang): ScoreOutputs {
  const record = `account ${result.accountId}`;
  const num = (field: string, value: number) => numberToCrm(A.object, field, value, record);
  const reasons = reasonsText(result, lang);
  return {
    [A.score]: num(A.score, result.score),
    [A.tier]: result.tier,
    [A.quadrant]: result.quadrant,
    [A.attractiveness]: num(A.attractiveness, result.attractiveness),
    [A.position]: num(A.position, result.position),
    [A.scoreReasons]: textToCrm(A.object, A.scoreReasons, reasons),
    [A.scoredAt]: result.scoredAt,
    [A.scoreModel]: textToCrm(A.object, A.scoreModel, `${result.model.id}@${result.model.version}`),
  };
}

/** The score outputs an account record (of `accountSnapshotQuery`) holds now. */
export function scoreOutputsFromRecord(record: SfRecord): ScoreOutputs {
  const issues: MappingIssue[] = [];
  const r = new RecordReader(record, 'account', A.object, issues);
  const text = (field: string) => r.text(field) ?? null;
  const outputs: ScoreOutputs = {
    [A.score]: r.number(A.score) ?? null,
    [A.tier]: r.picklist(A.tier, TIERS) ?? null,
    [A.quadrant]: r.picklist(A.quadrant, QUADRANTS) ?? null,
    [A.attractiveness]: r.number(A.attractiveness) ?? null,
    [A.position]: r.number(A.position) ?? null,
    [A.scoreReasons]: text(A.scoreReasons),
    [A.scoredAt]: r.datetime(A.scoredAt) ?? null,
    [A.scoreModel]: text(A.scoreModel),
  };
  if (issues.length > 0) throw new SalesforceMappingError('invalid_record', issues);
  return outputs;
}

/** Fields whose change is worth a write. The time of scoring alone is not: it changes every run. */
const COMPARED = [
  A.score,
  A.tier,
  A.quadrant,
  A.attractiveness,
  A.position,
  A.scoreReasons,
  A.scoreModel,
] as const;

// Salesforce may hand back a long text with \r\n; numbers are stored to one decimal.
const comparable = (value: string | number | null): string | number | null =>
  typeof value === 'string'
    ? value.replace(/\r\n/g, '\n').trim()
    : typeof value === 'number'
      ? Math.round(value * 10)
      : value;

/**
 * Whether `next` differs from what the account holds in anything a person would see (score, tier,
 * quadrant, axes, reasons, model). False means: write nothing, so an unchanged score costs no API
 * call and leaves the field history clean.
 */
export function scoreOutputsChanged(current: ScoreOutputs, next: ScoreOutputs): boolean {
  return COMPARED.some((field) => comparable(current[field]) !== comparable(next[field]));
}

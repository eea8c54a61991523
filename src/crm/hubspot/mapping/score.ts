import type { Lang } from '../../../core/i18n/index.js';
import type { ScoreResult } from '../../../core/scoring/index.js';
import { reasonsText } from '../../../core/scoring/index.js';
import { HS, HS_OUTPUTS } from '../metadata/names.js';
import type { HubSpotProperties } from './records.js';
import { writeNumber } from './values.js';

const C = HS.company;

/** The score outputs of one account as company properties (every output property, always). */
export function scoreResultToCrm(result: ScoreResult, lang: Lang): HubSpotProperties {
  return {
    [C.score]: writeNumber(result.score),
    [C.tier]: result.tier,
    [C.quadrant]: result.quadrant,
    [C.attractiveness]: writeNumber(result.attractiveness),
    [C.position]: writeNumber(result.position),
    [C.scoreReasons]: reasonsText(result, lang),
    [C.scoredAt]: result.scoredAt,
    [C.scoreModel]: `${result.model.id}@${result.model.version}`,
  };
}

const NUMERIC: ReadonlySet<string> = new Set([C.score, C.attractiveness, C.position]);

/** A value as compared: numbers by value ("72.50" = "72.5"), text without outer blanks and CRs. */
function comparable(property: string, value: string | null | undefined): string {
  const v = (value ?? '').replace(/\r\n?/g, '\n').trim();
  if (NUMERIC.has(property) && v !== '' && Number.isFinite(Number(v))) return String(Number(v));
  return v;
}

/**
 * Whether writing `next` would change what the company shows. The scoring time is left out: a
 * re-score with the same outcome writes nothing, so unchanged accounts cost no API calls and fire
 * no change events.
 */
export function scoreOutputsChanged(
  current: Readonly<Record<string, string | null | undefined>>,
  next: Readonly<Record<string, string>>,
): boolean {
  return HS_OUTPUTS.company.some(
    (property) =>
      property !== C.scoredAt &&
      property in next &&
      comparable(property, current[property]) !== comparable(property, next[property]),
  );
}

import type { BuyingCenterCoverage } from '../../../../../../src/core/analysis/buying-center.js';
import type { Gap } from '../../../../../../src/core/analysis/gap.js';
import type { MessageKey } from '../shared/i18n.js';
import type { Severity } from '../shared/gap-alert.js';

/** A gap in the buying center the card shows prominently, in the card's own words. */
export interface CoverageGap {
  readonly code: string;
  readonly severity: Severity;
  readonly message: MessageKey;
}

/** The analysis's gap codes that concern the buying center. */
const BUYING_CENTER_GAPS = new Set([
  'gap.noDecider',
  'gap.deciderAgainstUs',
  'gap.deciderAttitudeUnknown',
  'gap.noBuyingCenter',
  'gap.singleThreaded',
  'gap.noChampion',
  'gap.roleMissing',
  'gap.staleContacts',
]);

/** The people with at least one role in the buying center. */
function peopleIn(coverage: BuyingCenterCoverage): number {
  return new Set(Object.values(coverage.members).flat()).size;
}

/**
 * The gaps every rep must see first: no decider, decider against us, single-threaded, no coach. With
 * nobody in the buying center yet, one message says that instead of every role missing on its own.
 */
export function coverageGaps(coverage: BuyingCenterCoverage): CoverageGap[] {
  const people = peopleIn(coverage);
  if (people === 0)
    return [{ code: 'gap.noBuyingCenter', severity: 'critical', message: 'card.bc.gap.noBuyingCenter' }];
  const gaps: CoverageGap[] = [];
  if (coverage.deciders.length === 0)
    gaps.push({ code: 'gap.noDecider', severity: 'critical', message: 'card.bc.gap.noDecider' });
  else if (coverage.deciderAttitude !== undefined && coverage.deciderAttitude < 0)
    gaps.push({
      code: 'gap.deciderAgainstUs',
      severity: 'critical',
      message: 'card.bc.gap.deciderAgainstUs',
    });
  if (people === 1)
    gaps.push({ code: 'gap.singleThreaded', severity: 'critical', message: 'card.bc.gap.singleThreaded' });
  if (coverage.members.coach.length === 0)
    gaps.push({ code: 'gap.noCoach', severity: 'warning', message: 'card.bc.gap.noCoach' });
  return gaps;
}

/**
 * The analysis's other buying-center gaps (missing roles, stale data, …), without those shown above;
 * none beside "no buying center yet", which says it all.
 */
export function otherBuyingCenterGaps(gaps: readonly Gap[], shown: readonly CoverageGap[]): Gap[] {
  const codes = new Set(shown.map((g) => g.code));
  if (codes.has('gap.noBuyingCenter')) return [];
  return gaps.filter((g) => BUYING_CENTER_GAPS.has(g.code) && !codes.has(g.code));
}

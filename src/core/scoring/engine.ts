import type { Gap } from '../analysis/gap.js';
import { bySeverity, gap, recurringGap } from '../analysis/gap.js';
import { localize, message } from '../i18n/index.js';
import type { MessageParams } from '../i18n/index.js';
import type { AccountSnapshot } from '../model/index.js';
import type { ScoringFacts } from './facts.js';
import { collectFacts } from './facts.js';
import { sortShort } from '../order.js';
import { isoInstant } from '../time.js';
import { displayParam } from './display.js';
import { fingerprintSnapshot } from './hash.js';
import { METRICS } from './metrics.js';
import type { Axis, QuadrantId, ScoringModel, Tier } from './model.js';
import { AXES } from './model.js';
import type { ScoreComponent, ScoreReason, ScoreResult } from './result.js';
import { normalise } from './scale.js';

const COVERED_BY_BUYING_CENTER = new Set<string>(['unknown.noDecider', 'unknown.deciderAttitude']);

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A reason needs to be clearly good or clearly bad to be named. */
const STRENGTH_AT = 0.6;
const WEAKNESS_AT = 0.4;

/** The outcome of combining measurements under a model, before any text is attached. */
export interface Combination {
  readonly score: number;
  readonly attractiveness: number;
  readonly position: number;
  readonly tier: Tier;
  readonly quadrant: QuadrantId;
  /** Per criterion, in model order. */
  readonly normalised: readonly (number | undefined)[];
  readonly weight: readonly number[];
  readonly effectiveWeight: readonly number[];
  readonly knownWeight: Readonly<Record<Axis, number>>;
  readonly completeness: ScoreResult['completeness'];
}

/**
 * Combines one raw value per criterion (undefined = unknown) into axis values, score, tier and
 * quadrant. Unknown criteria get no weight; the known ones of the same axis share it, so a gap in
 * the data neither counts as zero nor as average — it shows as lower completeness and as a gap.
 */
export function combine(model: ScoringModel, raws: readonly (number | undefined)[]): Combination {
  const totalWeight: Record<Axis, number> = { attractiveness: 0, position: 0 };
  const knownWeight: Record<Axis, number> = { attractiveness: 0, position: 0 };
  const normalised = model.criteria.map((criterion, i) => {
    totalWeight[criterion.axis] += criterion.weight;
    const raw = raws[i];
    if (raw === undefined) return undefined;
    knownWeight[criterion.axis] += criterion.weight;
    const n = normalise(criterion.scale, raw);
    return criterion.direction === 'higher_is_better' ? n : 1 - n;
  });

  const axisTotal = model.axisWeights.attractiveness + model.axisWeights.position;
  const axisShare: Record<Axis, number> = {
    attractiveness: model.axisWeights.attractiveness / axisTotal,
    position: model.axisWeights.position / axisTotal,
  };
  const axisValue: Record<Axis, number> = { attractiveness: 0, position: 0 };
  const effectiveWeight = model.criteria.map((criterion, i) => {
    const n = normalised[i];
    if (n === undefined) return 0;
    const withinAxis = criterion.weight / knownWeight[criterion.axis];
    axisValue[criterion.axis] += withinAxis * n;
    return withinAxis * axisShare[criterion.axis];
  });

  const attractiveness = round1(100 * axisValue.attractiveness);
  const position = round1(100 * axisValue.position);
  const score = round1(
    100 * (axisShare.attractiveness * axisValue.attractiveness + axisShare.position * axisValue.position),
  );
  const completenessOf = (axis: Axis) => knownWeight[axis] / totalWeight[axis];
  return {
    score,
    attractiveness,
    position,
    tier: score >= model.tiers.A ? 'A' : score >= model.tiers.B ? 'B' : 'C',
    quadrant: quadrantOf(attractiveness, position, model),
    normalised,
    weight: model.criteria.map((c) => c.weight / totalWeight[c.axis]),
    effectiveWeight,
    knownWeight,
    completeness: {
      attractiveness: completenessOf('attractiveness'),
      position: completenessOf('position'),
      overall:
        axisShare.attractiveness * completenessOf('attractiveness') +
        axisShare.position * completenessOf('position'),
    },
  };
}

/**
 * Scores one key account with a model at a moment. Pure and deterministic: the same snapshot,
 * model and `now` give the same result, whatever the order of records in the snapshot.
 */
export function score(snapshot: AccountSnapshot, model: ScoringModel, now: Date): ScoreResult {
  return scoreFacts(collectFacts(snapshot, now), model, now);
}

/** The score from facts already collected (the account view shares them with its analyses). */
export function scoreFacts(facts: ScoringFacts, model: ScoringModel, now: Date): ScoreResult {
  const snapshot = facts.snapshot;
  const measurements = model.criteria.map((c) => METRICS[c.metric].measure(facts));
  const c = combine(
    model,
    measurements.map((m) => (typeof m === 'number' ? m : undefined)),
  );

  const components: ScoreComponent[] = model.criteria.map((criterion, i) => {
    const m = measurements[i]!;
    const n = c.normalised[i];
    return {
      criterionId: criterion.id,
      axis: criterion.axis,
      metric: criterion.metric,
      label: criterion.label ?? localize(METRICS[criterion.metric].label),
      status: n === undefined ? 'unknown' : 'known',
      raw: typeof m === 'number' ? m : undefined,
      normalised: n,
      weight: c.weight[i]!,
      effectiveWeight: c.effectiveWeight[i]!,
      contribution: 100 * c.effectiveWeight[i]! * (n ?? 0),
      unknownReason: typeof m === 'number' ? undefined : message(m.unknown),
    };
  });

  return {
    accountId: snapshot.account.id,
    score: c.score,
    attractiveness: c.attractiveness,
    position: c.position,
    tier: c.tier,
    quadrant: c.quadrant,
    quadrantLabel: model.quadrants[c.quadrant].label,
    strategy: model.quadrants[c.quadrant].strategy,
    components,
    reasons: topReasons(components, snapshot.account.currency, model.maxReasons),
    gaps: collectGaps(components, c.knownWeight, facts.buyingCenter.gaps),
    completeness: c.completeness,
    model: { id: model.id, version: model.version },
    inputHash: fingerprintSnapshot(snapshot, `${model.id}@${model.version}`),
    scoredAt: isoInstant(now),
  };
}

function quadrantOf(attractiveness: number, position: number, model: ScoringModel): QuadrantId {
  const high = attractiveness >= model.quadrantSplit.attractiveness;
  const strong = position >= model.quadrantSplit.position;
  if (high) return strong ? 'invest' : 'develop';
  return strong ? 'maintain' : 'reduce';
}

function topReasons(components: readonly ScoreComponent[], currency: string, max: number): ScoreReason[] {
  const candidates: { index: number; impact: number }[] = [];
  components.forEach((c, index) => {
    if (c.normalised === undefined || c.effectiveWeight === 0) return;
    if (c.normalised >= STRENGTH_AT || c.normalised <= WEAKNESS_AT) {
      candidates.push({ index, impact: (c.normalised - 0.5) * c.effectiveWeight });
    }
  });
  sortShort(candidates, (a, b) => Math.abs(b.impact) - Math.abs(a.impact) || a.index - b.index);
  return candidates.slice(0, max).map(({ index, impact }) => {
    const c = components[index]!;
    const metric = METRICS[c.metric];
    const polarity = impact > 0 ? 'strength' : 'weakness';
    const value = displayParam(metric.unit, c.raw!, currency);
    const params: MessageParams = metric.namesCriterion ? { value, label: { text: c.label } } : { value };
    const code = polarity === 'strength' ? metric.strong : metric.weak;
    return { code, params, text: localize(code, params), criterionId: c.criterionId, polarity };
  });
}

function collectGaps(
  components: readonly ScoreComponent[],
  knownWeight: Record<Axis, number>,
  buyingCenterGaps: readonly Gap[],
): Gap[] {
  const gaps: Gap[] = [...buyingCenterGaps];
  for (const axis of AXES) {
    if (knownWeight[axis] === 0)
      gaps.push(gap('critical', 'gap.axisWithoutData', { axis: { term: `term.${axis}` } }));
  }
  for (const c of components) {
    // The buying-center gaps already say that the decider or his attitude is unknown.
    if (c.status === 'unknown' && !COVERED_BY_BUYING_CENTER.has(c.unknownReason!.code)) {
      const reason = c.unknownReason!;
      gaps.push(
        recurringGap(`criterionUnknown:${c.label.en}:${c.label.de}:${reason.code}`, () =>
          gap('info', 'gap.criterionUnknown', { label: { text: c.label }, reason: { text: reason.text } }),
        ),
      );
    }
  }
  return sortShort(gaps, bySeverity);
}

import type { Gap } from '../analysis/gap.js';
import type { LocalizedMessage, LocalizedText } from '../i18n/index.js';
import type { MetricId } from './metric-ids.js';
import type { Axis, QuadrantId, Tier } from './model.js';

/** One criterion's part in the score: what was measured and what it contributed. */
export interface ScoreComponent {
  readonly criterionId: string;
  readonly axis: Axis;
  readonly metric: MetricId;
  readonly label: LocalizedText;
  readonly status: 'known' | 'unknown';
  /** The measured value in its unit (money, fraction, rating, …); undefined when unknown. */
  readonly raw: number | undefined;
  /** 0…1 after scale and direction: 1 is as good as this criterion gets. */
  readonly normalised: number | undefined;
  /** The criterion's configured share of its axis, 0…1. */
  readonly weight: number;
  /** Its share of the whole score as applied, 0…1 (unknown criteria get none; the others share it). */
  readonly effectiveWeight: number;
  /** Points of the 0–100 score this criterion earned. */
  readonly contribution: number;
  /** Why the value is unknown. */
  readonly unknownReason?: LocalizedMessage;
}

export interface ScoreReason extends LocalizedMessage {
  readonly criterionId: string;
  readonly polarity: 'strength' | 'weakness';
}

export interface ScoreResult {
  readonly accountId: string;
  /** 0–100, one decimal. */
  readonly score: number;
  /** Axis values 0–100, one decimal. */
  readonly attractiveness: number;
  readonly position: number;
  readonly tier: Tier;
  readonly quadrant: QuadrantId;
  readonly quadrantLabel: LocalizedText;
  readonly strategy: LocalizedText;
  readonly components: readonly ScoreComponent[];
  /** The few criteria that move this account most, strengths and weaknesses, strongest first. */
  readonly reasons: readonly ScoreReason[];
  /** What is missing or at risk, most severe first. */
  readonly gaps: readonly Gap[];
  /** Share of each axis's weight backed by data, 0…1. */
  readonly completeness: {
    readonly attractiveness: number;
    readonly position: number;
    readonly overall: number;
  };
  readonly model: { readonly id: string; readonly version: string };
  /** Fingerprint of the snapshot and model: equal inputs, equal hash. */
  readonly inputHash: string;
  readonly scoredAt: string;
}

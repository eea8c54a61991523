import type { LocalizedMessage } from '../i18n/index.js';
import { message } from '../i18n/index.js';
import type { ScoringModel } from './model.js';
import { AXES } from './model.js';

/** Below this share of its axis a criterion barely moves the score. */
export const MIN_USEFUL_WEIGHT_SHARE = 0.1;

/**
 * Warnings about a valid model that may not do what its author intends. Hard rules (3–7 criteria per
 * axis, tier order, unique ids) are enforced by the ScoringModel schema itself.
 */
export function modelWarnings(model: ScoringModel): LocalizedMessage[] {
  const warnings: LocalizedMessage[] = [];
  for (const axis of AXES) {
    if (model.axisWeights[axis] === 0)
      warnings.push(message('model.axisIgnored', { axis: { term: `term.${axis}` } }));
    const criteria = model.criteria.filter((c) => c.axis === axis);
    const total = criteria.reduce((sum, c) => sum + c.weight, 0);
    for (const c of criteria) {
      const share = c.weight / total;
      if (share < MIN_USEFUL_WEIGHT_SHARE) {
        warnings.push(message('model.weightBelowMinimum', { criterion: c.id, share: { percent: share } }));
      }
    }
  }
  return warnings;
}

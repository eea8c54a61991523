import type { AccountAnswer, LinkAnswer } from '../../../../../../src/workspace/contract.js';
import type { RecomputeAnswer } from './api.js';

/**
 * Shallow checks of the service's successful answers: what the cards read must be there, so a proxy's
 * HTML page or an answer of another version becomes a clear error instead of a crash while rendering.
 */

type Shape = Record<string, unknown>;

const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasObjects = (v: Shape, keys: readonly string[]) => keys.every((k) => isObject(v[k]));
const hasArrays = (v: Shape, keys: readonly string[]) => keys.every((k) => Array.isArray(v[k]));

const SNAPSHOT_LISTS = ['contacts', 'relationships', 'valueChain', 'potentials', 'actions'] as const;
const VIEW_PARTS = ['score', 'buyingCenter', 'sociogram', 'horizons', 'plan', 'projects'] as const;

export function isAccountAnswer(v: unknown): v is AccountAnswer {
  if (!isObject(v) || !isObject(v['snapshot']) || !isObject(v['view']) || !Array.isArray(v['history']))
    return false;
  const { snapshot, view } = v as { snapshot: Shape; view: Shape };
  return (
    isObject(snapshot['account']) &&
    hasArrays(snapshot, SNAPSHOT_LISTS) &&
    hasObjects(view, VIEW_PARTS) &&
    Array.isArray(view['gaps'])
  );
}

/** `{ record }` with the record's id (a new record's CRM id). */
export function isSavedRecord(v: unknown): v is { record: { id: string } } {
  return isObject(v) && isObject(v['record']) && typeof v['record']['id'] === 'string';
}

export function isRecomputeAnswer(v: unknown): v is RecomputeAnswer {
  return (
    isObject(v) &&
    typeof v['written'] === 'boolean' &&
    isObject(v['score']) &&
    typeof v['score']['score'] === 'number'
  );
}

export function isLinkAnswer(v: unknown): v is LinkAnswer {
  return isObject(v) && typeof v['url'] === 'string' && v['url'] !== '';
}

import type { ObjectType } from './object-types.js';
import { DEAL_STAGE_PROBABILITY } from './standard-properties.js';

/** Values HubSpot computes itself: record id, create/modify dates, deal stage probability. */
export function withSystemValues(
  type: ObjectType,
  id: string,
  values: Record<string, string>,
  createdAt: string,
  updatedAt: string,
): Record<string, string> {
  const out: Record<string, string> = { ...values, hs_object_id: id };
  out[type.createdProperty] = createdAt;
  out[type.modifiedProperty] = updatedAt;
  if (type.objectTypeId === '0-3') {
    const stage = out.dealstage;
    const probability = stage === undefined ? undefined : DEAL_STAGE_PROBABILITY[stage];
    if (probability === undefined) delete out.hs_deal_stage_probability;
    else out.hs_deal_stage_probability = probability;
    out.hs_is_closed_won = stage === 'closedwon' ? 'true' : 'false';
  }
  return out;
}

/** Applies a checked write (null clears a value) to the current values. */
export function applyValues(
  current: Readonly<Record<string, string>>,
  changes: Readonly<Record<string, string | null>>,
): Record<string, string> {
  const cleared = new Set(Object.keys(changes).filter((name) => changes[name] === null));
  const out = Object.fromEntries(Object.entries(current).filter(([name]) => !cleared.has(name)));
  for (const [name, value] of Object.entries(changes)) if (value !== null) out[name] = value;
  return out;
}

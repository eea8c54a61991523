/** Rounding as people write amounts in a CRM: to the hundred, the thousand, the 5 %. */
import { math } from './math.js';

export function roundTo(value: number, step: number): number {
  return math.round(value / step) * step;
}

export function clamp(value: number, min: number, max: number): number {
  return math.min(max, math.max(min, value));
}

/** A probability rounded to 5 %, as sales teams state them. */
export function roundProbability(value: number): number {
  return clamp(math.round(value * 20) / 20, 0, 1);
}

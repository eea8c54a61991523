import type { ActionStatus } from '../core/model/index.js';
import type { QuadrantId, Tier } from '../core/scoring/index.js';

/**
 * Colours of the views. Colour is never the only signal: every coloured thing also carries a glyph,
 * a pattern or a text (attitude signs, status words, tier letters). Blue–orange keeps opponents and
 * supporters apart for people with red–green colour blindness.
 */
export const ATTITUDE_COLOUR: Readonly<Record<'-2' | '-1' | '0' | '1' | '2' | 'unknown', string>> = {
  '-2': '#b35806',
  '-1': '#f1a340',
  '0': '#bdbdbd',
  '1': '#67a9cf',
  '2': '#2166ac',
  unknown: '#ffffff',
};

/** Glyph shown with the attitude colour: the sign says it without colour. */
export const ATTITUDE_GLYPH: Readonly<Record<'-2' | '-1' | '0' | '1' | '2' | 'unknown', string>> = {
  '-2': '−−',
  '-1': '−',
  '0': '○',
  '1': '+',
  '2': '++',
  unknown: '?',
};

export function attitudeKey(attitude: number | undefined): keyof typeof ATTITUDE_COLOUR {
  if (attitude === undefined) return 'unknown';
  return String(Math.max(-2, Math.min(2, Math.round(attitude)))) as '-2' | '-1' | '0' | '1' | '2';
}

export const STATUS_COLOUR: Readonly<Record<ActionStatus, string>> = {
  planned: '#9ecae1',
  in_progress: '#3182bd',
  done: '#31a354',
  cancelled: '#bdbdbd',
};

export const OVERDUE_COLOUR = '#d7301f';

export const TIER_COLOUR: Readonly<Record<Tier, string>> = { A: '#08519c', B: '#6baed6', C: '#c6dbef' };

export const QUADRANT_COLOUR: Readonly<Record<QuadrantId, string>> = {
  invest: '#e5f5e0',
  develop: '#fff7bc',
  maintain: '#deebf7',
  reduce: '#f0f0f0',
};

export const ASSESSMENT_COLOUR = { strength: '#2166ac', weakness: '#b35806', neutral: '#bdbdbd' } as const;

export const INK = '#252525';
export const MUTED = '#737373';

import type { LocalizedMessage, MessageKey, MessageParams } from '../i18n/index.js';
import { message } from '../i18n/index.js';

export type GapSeverity = 'info' | 'warning' | 'critical';

/** Something missing or at risk that a key account manager should act on. */
export interface Gap extends LocalizedMessage {
  readonly severity: GapSeverity;
}

/** A gap; one without parameters is built once and shared (gaps are immutable). */
export function gap(severity: GapSeverity, code: MessageKey, params?: MessageParams): Gap {
  if (!params) return recurringGap(`${severity}:${code}`, () => ({ severity, ...message(code) }));
  return { severity, ...message(code, params) };
}

const ORDER: Record<GapSeverity, number> = { critical: 0, warning: 1, info: 2 };

/** Most severe first; stable within a severity. */
export function bySeverity(a: Gap, b: Gap): number {
  return ORDER[a.severity] - ORDER[b.severity];
}

// Gaps whose text depends only on a few stable values (a role, a criterion) recur in every account:
// build each once. Gaps are immutable, so results may share them. Bounded, in case models vary.
const recurring = new Map<string, Gap>();
const MAX_RECURRING = 2000;

/** The gap for `key`, built by `make` the first time. `key` must determine the gap completely. */
export function recurringGap(key: string, make: () => Gap): Gap {
  let g = recurring.get(key);
  if (!g) {
    if (recurring.size >= MAX_RECURRING) recurring.clear();
    g = make();
    recurring.set(key, g);
  }
  return g;
}

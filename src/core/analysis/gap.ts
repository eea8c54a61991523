import type { LocalizedMessage, MessageKey, MessageParams } from '../i18n/index.js';
import { message } from '../i18n/index.js';

export type GapSeverity = 'info' | 'warning' | 'critical';

/** Something missing or at risk that a key account manager should act on. */
export interface Gap extends LocalizedMessage {
  readonly severity: GapSeverity;
}

export function gap(severity: GapSeverity, code: MessageKey, params?: MessageParams): Gap {
  return { severity, ...message(code, params) };
}

const ORDER: Record<GapSeverity, number> = { critical: 0, warning: 1, info: 2 };

/** Most severe first; stable within a severity. */
export function bySeverity(a: Gap, b: Gap): number {
  return ORDER[a.severity] - ORDER[b.severity];
}

import type { AccountSnapshot, RelationshipKind } from '../model/index.js';
import { compareIds } from './people.js';

/** One directed tie of the Soziogramm between two known contacts. */
export interface SocialTie {
  /** The relationship record; absent for a reporting line taken from a contact's reports-to field. */
  readonly relationshipId?: string;
  readonly fromId: string;
  readonly toId: string;
  readonly kind: RelationshipKind;
  /** 1 weak, 2 medium, 3 strong. */
  readonly strength: number;
}

/** Strength given to a reporting line that comes from a contact field, which has no strength. */
export const REPORTS_TO_FIELD_STRENGTH = 2;

/**
 * The ties the sociogram works on, in one canonical order (so input order never changes a result,
 * not even in floating-point sums). Relationships to unknown people or to oneself are dropped. A
 * contact's reports-to field counts as a `reports_to` tie unless a relationship already records
 * that line, so Salesforce (ReportsToId) and HubSpot (relationships) accounts read the same.
 */
export function socialTies(snapshot: Pick<AccountSnapshot, 'contacts' | 'relationships'>): SocialTie[] {
  const known = new Set(snapshot.contacts.map((c) => c.id));
  const ties: SocialTie[] = [];
  const recordedLines = new Set<string>();
  for (const r of snapshot.relationships) {
    if (r.fromId === r.toId || !known.has(r.fromId) || !known.has(r.toId)) continue;
    ties.push({ relationshipId: r.id, fromId: r.fromId, toId: r.toId, kind: r.kind, strength: r.strength });
    if (r.kind === 'reports_to') recordedLines.add(`${r.fromId}\u0000${r.toId}`);
  }
  const fieldLines = new Set<string>();
  for (const c of snapshot.contacts) {
    const managerId = c.reportsToId;
    if (managerId === undefined || managerId === c.id || !known.has(managerId)) continue;
    const line = `${c.id}\u0000${managerId}`;
    if (recordedLines.has(line) || fieldLines.has(line)) continue;
    fieldLines.add(line);
    ties.push({ fromId: c.id, toId: managerId, kind: 'reports_to', strength: REPORTS_TO_FIELD_STRENGTH });
  }
  return ties.sort(byTieOrder);
}

/** From, to, kind, strongest first, then relationship id (field-derived lines first). */
export function byTieOrder(a: SocialTie, b: SocialTie): number {
  return (
    compareIds(a.fromId, b.fromId) ||
    compareIds(a.toId, b.toId) ||
    compareIds(a.kind, b.kind) ||
    b.strength - a.strength ||
    compareIds(a.relationshipId ?? '', b.relationshipId ?? '')
  );
}

/** Every kind except `conflicts` is a positive tie: a channel through which our case can travel. */
export function isPositive(tie: SocialTie): boolean {
  return tie.kind !== 'conflicts';
}

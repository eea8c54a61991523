/**
 * The sociogram: informal ties between the customer's people, plus `reports_to` ties that mirror
 * part of the org chart (HubSpot keeps the org chart as such relationship records). Profiles plant
 * the signals the analyses look for: a path from our coach to the decider, a hidden influencer, an
 * opponent whispering to a hostile decider.
 */
import type { Contact, Relationship, RelationshipKind } from '../model/index.js';
import type { People } from './contacts.js';
import type { Rng } from './prng.js';
import type { ProfileKind } from './profiles.js';
import { seq } from './text.js';
import { RELATIONSHIP_NOTES } from './vocabulary/needs.js';
import { math } from './math.js';

type Strength = 1 | 2 | 3;

const INFORMAL_KINDS: readonly (readonly [RelationshipKind, number])[] = [
  ['influences', 35],
  ['trusts', 25],
  ['friends', 15],
  ['conflicts', 13],
  ['mentors', 12],
];

/** Relationships in the order they are added, without duplicates or self-ties. */
class TieList {
  readonly ties: Relationship[] = [];
  private readonly keys = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly accountId: string,
  ) {}

  add(from: Contact, to: Contact, kind: RelationshipKind, strength: Strength, withNote = true): void {
    const key = `${from.id}|${to.id}|${kind}`;
    if (from.id === to.id || this.keys.has(key)) return;
    this.keys.add(key);
    const notes = RELATIONSHIP_NOTES[kind];
    const id = `${this.accountId}-r${seq(this.ties.length + 1)}`;
    const tie: Relationship = { id, fromId: from.id, toId: to.id, kind, strength };
    if (withNote && notes && this.rng.chance(0.3)) tie.note = this.rng.pick(notes);
    this.ties.push(tie);
  }
}

const STRENGTHS: readonly (readonly [Strength, number])[] = [
  [1, 30],
  [2, 45],
  [3, 25],
];

export function generateRelationships(
  rng: Rng,
  accountId: string,
  people: People,
  profile: ProfileKind,
): Relationship[] {
  const { contacts } = people;
  const list = new TieList(rng, accountId);
  if (contacts.length < 2) return [];
  // Part of the org chart is also recorded as relationships.
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i]!;
    const boss = c.reportsToId ? contacts.find((b) => b.id === c.reportsToId) : undefined;
    if (boss && rng.chance(0.6)) list.add(c, boss, 'reports_to', 2, false);
  }

  const informal = math.round(contacts.length * rng.float(0.5, 1.1));
  for (let n = 0; n < informal; n++) {
    const i = rng.int(0, contacts.length - 1);
    const j = (i + rng.int(1, contacts.length - 1)) % contacts.length;
    const kind = rng.weighted(INFORMAL_KINDS);
    // The mentor is the more senior of the two.
    const swap = kind === 'mentors' && (contacts[i]!.influence ?? 0) < (contacts[j]!.influence ?? 0);
    list.add(contacts[swap ? j : i]!, contacts[swap ? i : j]!, kind, rng.weighted(STRENGTHS));
  }

  const decider = people.decider === undefined ? undefined : contacts[people.decider];
  const coach = people.coach === undefined ? undefined : contacts[people.coach];
  if (decider && coach) {
    if (profile === 'decider_against') {
      list.add(coach, decider, 'conflicts', rng.chance(0.5) ? 3 : 2);
    } else if (rng.chance(0.6)) {
      list.add(coach, decider, 'influences', rng.chance(0.5) ? 3 : 2);
    } else {
      // An indirect path: the coach trusts someone the decider listens to.
      const bridge = contacts.find((c) => c !== coach && c !== decider && (c.attitude ?? 0) >= 1);
      if (bridge) {
        list.add(coach, bridge, 'trusts', 3);
        list.add(bridge, decider, 'influences', 3);
      }
    }
  }
  if (decider && profile === 'decider_against') {
    // The loudest critic has the decider's ear.
    const critics = contacts.filter((c) => c !== decider && (c.attitude ?? 0) < 0);
    const critic = critics.sort((a, b) => (a.attitude ?? 0) - (b.attitude ?? 0))[0];
    if (critic) list.add(critic, decider, 'influences', 3);
  }
  if (decider && contacts.length >= 5 && rng.chance(0.3)) {
    // A hidden influencer: little formal weight, but the decider trusts them.
    const quiet = contacts.filter((c) => c !== decider && (c.influence ?? 5) <= 2);
    if (quiet.length > 0) {
      const hidden = rng.pick(quiet);
      list.add(hidden, decider, 'influences', 3);
      list.add(decider, hidden, 'trusts', 3);
    }
  }

  return list.ties;
}

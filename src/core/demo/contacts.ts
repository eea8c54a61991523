/**
 * The customer's people: who they are (names, titles, departments), the org chart (reportsToId,
 * one top) and the buying center (roles, influence, attitude, needs).
 */
import type { BuyingRole, Contact } from '../model/index.js';
import { BUYING_ROLES } from '../model/index.js';
import type { DemoClock } from './clock.js';
import type { Company } from './company.js';
import type { Rng } from './prng.js';
import type { ProfileKind, ProfileTraits } from './profiles.js';
import { clamp } from './rounding.js';
import { seq, slugify } from './text.js';
import { NAME_TABLES } from './vocabulary/names.js';
import { CRITICAL_EMOTIONAL_NEEDS, EMOTIONAL_NEEDS, FACTUAL_NEEDS } from './vocabulary/needs.js';
import type { Position, PositionKey } from './vocabulary/positions.js';
import { COACH_POSITIONS, POSITION_BY_KEY, POSITIONS } from './vocabulary/positions.js';
import { math } from './math.js';

/** The contacts and, side by side, the position each holds. */
export interface People {
  readonly contacts: Contact[];
  readonly positions: PositionKey[];
  /** Index of the decider in `contacts`, when one is known. */
  readonly decider: number | undefined;
  /** Index of our coach in `contacts`, when we have one. */
  readonly coach: number | undefined;
}

/** Share of doctors among German-speaking holders of a position; 3 % for the rest. */
const DOCTOR_CHANCE: Partial<Record<PositionKey, number>> = {
  top: 0.2,
  cto: 0.2,
  cfo: 0.15,
  engineering: 0.15,
  quality: 0.1,
};
const SELECTABLE = POSITIONS.filter((p) => p.key !== 'top').map((p) => [p.key, p.weight] as const);
const ORDER = new Map(POSITIONS.map((p, i) => [p.key, i]));

function choosePositions(rng: Rng, count: number): PositionKey[] {
  // One known contact: the buyer we order through.
  if (count <= 1) return ['purchasing'];
  const keys = rng.weightedSample(SELECTABLE, count - 1);
  keys.push('top');
  return keys.sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}

function bossOf(position: Position, present: readonly PositionKey[]): PositionKey | undefined {
  if (position.key === 'top' || !present.includes('top')) return undefined;
  return position.reportsTo.find((k) => present.includes(k)) ?? 'top';
}

/** The decider: the top in smaller companies, often the technical or commercial head in larger ones. */
function chooseDecider(rng: Rng, positions: readonly PositionKey[], company: Company): number {
  const heads = positions.flatMap((k, i) => (k === 'cto' || k === 'cfo' ? [i] : []));
  if (company.employees >= 500 && heads.length > 0 && rng.chance(0.5)) return rng.pick(heads);
  const top = positions.indexOf('top');
  return top >= 0 ? top : 0;
}

function chooseCoach(rng: Rng, positions: readonly PositionKey[], decider: number): number | undefined {
  const natural = positions.flatMap((k, i) => (i !== decider && COACH_POSITIONS.includes(k) ? [i] : []));
  if (natural.length > 0) return rng.pick(natural);
  const others = positions.flatMap((k, i) => (i !== decider && k !== 'top' ? [i] : []));
  return others.length > 0 ? rng.pick(others) : undefined;
}

function drawRoles(rng: Rng, position: Position, isDecider: boolean, isCoach: boolean): BuyingRole[] {
  const base = position.roles;
  // Not every production head started the current purchase.
  const initiator = base.includes('initiator') && rng.chance(0.5);
  const influencer = base.includes('influencer') || (position.key === 'top' && !isDecider && rng.chance(0.5));
  const gatekeeper = base.includes('gatekeeper') || (position.key === 'buyer' && rng.chance(0.2));
  const has: Readonly<Record<BuyingRole, boolean>> = {
    initiator,
    user: base.includes('user'),
    influencer,
    buyer: base.includes('buyer'),
    decider: isDecider,
    gatekeeper,
    coach: isCoach,
  };
  return BUYING_ROLES.filter((r) => has[r]);
}

function drawAttitude(rng: Rng, traits: ProfileTraits, profile: ProfileKind, position: PositionKey): number {
  // A slipping account is usually felt first in purchasing.
  const purchasing = position === 'purchasing' || position === 'buyer';
  const mean = profile === 'declining' && purchasing ? traits.attitudeMean - 1 : traits.attitudeMean;
  // `+ 0` turns a rounded −0 into 0, which JSON would otherwise write differently from what we hold.
  return clamp(math.round(rng.normal(mean, 0.8)), -2, 2) + 0;
}

function factualNeeds(rng: Rng, position: PositionKey): string {
  const needs = FACTUAL_NEEDS[position];
  const first = rng.pick(needs);
  const second = rng.pick(needs);
  return second === first || rng.chance(0.5) ? first : `${first}; ${second}`;
}

function emotionalNeed(rng: Rng, attitude: number): string {
  return rng.pick(attitude < 0 && rng.chance(0.7) ? CRITICAL_EMOTIONAL_NEEDS : EMOTIONAL_NEEDS);
}

export function generatePeople(
  rng: Rng,
  accountId: string,
  company: Company,
  traits: ProfileTraits,
  profile: ProfileKind,
  clock: DemoClock,
): People {
  const positions = choosePositions(rng, rng.intIn(traits.contacts));
  const ids = positions.map((_, i) => `${accountId}-c${seq(i + 1)}`);
  const several = positions.length > 1;
  const decider =
    several && rng.chance(traits.deciderKnownChance) ? chooseDecider(rng, positions, company) : undefined;
  const coach =
    several && rng.chance(traits.coachChance) ? chooseCoach(rng, positions, decider ?? -1) : undefined;
  const names = NAME_TABLES[company.country.group];
  const german = company.country.titles === 'de';
  const usedNames = new Set<string>();

  const contacts = positions.map((key, i): Contact => {
    const position = POSITION_BY_KEY.get(key)!;
    const female = rng.chance(0.35);
    let first: string;
    let last: string;
    do {
      first = rng.pick(female ? names.female : names.male);
      last = rng.pick(names.last);
    } while (usedNames.has(`${first} ${last}`));
    usedNames.add(`${first} ${last}`);
    const doctor = german && rng.chance(DOCTOR_CHANCE[key] ?? 0.03);
    const wording = company.board && position.boardWording ? position.boardWording : position.wording;
    const boss = bossOf(position, positions);
    const isDecider = i === decider;
    const isCoach = i === coach;
    const assessed = isDecider || isCoach || rng.chance(traits.assessedChance);
    const influence = isDecider ? math.max(4, rng.intIn(position.influence)) : rng.intIn(position.influence);
    const attitude = isCoach
      ? 2
      : isDecider
        ? rng.intIn(traits.deciderAttitude)
        : drawAttitude(rng, traits, profile, key);
    const contact: Contact = {
      id: ids[i]!,
      name: `${doctor ? 'Dr. ' : ''}${first} ${last}`,
      jobTitle: german ? wording.de[female ? 1 : 0] : wording.en,
      department: german ? wording.departmentDe : wording.departmentEn,
      roles: drawRoles(rng, position, isDecider, isCoach),
    };
    if (rng.chance(0.9)) contact.email = `${slugify(first, '.')}.${slugify(last, '.')}@${company.domain}`;
    if (boss) contact.reportsToId = ids[positions.indexOf(boss)]!;
    if (assessed) {
      contact.influence = influence;
      contact.attitude = attitude;
      if (rng.chance(0.9)) contact.needsFactual = factualNeeds(rng, key);
      if (rng.chance(0.7)) contact.needsEmotional = emotionalNeed(rng, attitude);
      contact.lastConfirmedAt = clock.fromToday(-rng.intIn(traits.confirmedDaysAgo));
    }
    return contact;
  });
  return { contacts, positions, decider, coach };
}

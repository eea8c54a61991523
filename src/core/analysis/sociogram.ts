import type { AccountSnapshot, BuyingRole, Contact } from '../model/index.js';
import type { Gap } from './gap.js';
import { bySeverity, gap } from './gap.js';
import { networkStandings } from './network-influence.js';
import { compareIds, uniqueContacts } from './people.js';
import { socialTies } from './social-ties.js';
import type { DeciderPath } from './supportive-path.js';
import { supportivePaths } from './supportive-path.js';

export type { NetworkStanding } from './network-influence.js';
export { HIGH_NETWORK_INFLUENCE } from './network-influence.js';
export type { DeciderPath, PathHop } from './supportive-path.js';
export { tieCost } from './supportive-path.js';

/** What the Soziogramm says about one person, next to what the rep stated. */
export interface PersonSignals {
  readonly contactId: string;
  /** 0…1 relative to the account's most influential person; see `network-influence.ts`. */
  readonly networkInfluence: number;
  /** High network influence: ≥ 0.5 and sways at least two people within two steps. */
  readonly influential: boolean;
  /** The rep's rating 1–5, if given. */
  readonly statedInfluence?: number;
  /** −2 opponent … +2 supporter, if known. */
  readonly attitude?: number;
  readonly roles: readonly BuyingRole[];
}

export type ChampionReason = 'statedInfluence' | 'networkInfluence' | 'coach';
/** A supporter (attitude ≥ +1) with real weight: stated influence ≥ 4, high network influence or coach. */
export interface Champion {
  readonly contactId: string;
  readonly reasons: readonly ChampionReason[];
}

export type BlockerReason = 'statedInfluence' | 'networkInfluence' | 'decider' | 'gatekeeper';
/** An opponent (attitude ≤ −1) with weight: stated influence ≥ 3, high network influence, decider or gatekeeper. */
export interface Blocker {
  readonly contactId: string;
  readonly reasons: readonly BlockerReason[];
}

export type HiddenInfluencerReason = 'outsideBuyingCenter' | 'influenceUnrated' | 'influenceRatedLow';
/** High network influence, but no buying-center role or a stated influence of ≤ 2 or none: underrated. */
export interface HiddenInfluencer {
  readonly contactId: string;
  readonly networkInfluence: number;
  readonly reasons: readonly HiddenInfluencerReason[];
}

/** A `conflicts` tie. */
export interface ConflictLine {
  readonly relationshipId: string;
  readonly fromId: string;
  readonly toId: string;
  readonly strength: number;
  /** One side is a supporter, the other a decider or a champion: the conflict runs through our support. */
  readonly splitsSupport: boolean;
}

export interface Sociogram {
  /** Everyone, most network influence first, then by id. */
  readonly people: readonly PersonSignals[];
  /** Highest stated influence first, then network influence, then id (also for blockers). */
  readonly champions: readonly Champion[];
  readonly blockers: readonly Blocker[];
  /** Most network influence first, then id. */
  readonly hiddenInfluencers: readonly HiddenInfluencer[];
  /** One per decider, by decider id. */
  readonly deciderPaths: readonly DeciderPath[];
  /** By from, to, relationship id. */
  readonly conflictLines: readonly ConflictLine[];
  /** Most severe first. */
  readonly gaps: readonly Gap[];
}

export const CHAMPION_MIN_INFLUENCE = 4;
export const BLOCKER_MIN_INFLUENCE = 3;
export const UNDERRATED_MAX_INFLUENCE = 2;

/**
 * Signals from the customer's informal network: who carries weight, who is on our side, who may
 * block, whom the rep underrates, how our case reaches each decider and where conflicts run.
 * Deterministic whatever the input order; O((n + e) log n) per decider.
 */
export function analyseSociogram(snapshot: Pick<AccountSnapshot, 'contacts' | 'relationships'>): Sociogram {
  const contacts = uniqueContacts(snapshot.contacts);
  const ties = socialTies({ contacts, relationships: snapshot.relationships });
  const standings = networkStandings(
    contacts.map((c) => c.id),
    ties,
  );
  const people: PersonSignals[] = contacts
    .map((c) => ({
      contactId: c.id,
      networkInfluence: standings.get(c.id)?.networkInfluence ?? 0,
      influential: standings.get(c.id)?.influential ?? false,
      ...(c.influence !== undefined && { statedInfluence: c.influence }),
      ...(c.attitude !== undefined && { attitude: c.attitude }),
      roles: c.roles,
    }))
    .sort((a, b) => b.networkInfluence - a.networkInfluence || compareIds(a.contactId, b.contactId));
  const signals = new Map(people.map((p) => [p.contactId, p]));
  const byWeight = (a: { contactId: string }, b: { contactId: string }) => {
    const pa = signals.get(a.contactId);
    const pb = signals.get(b.contactId);
    return (
      (pb?.statedInfluence ?? 0) - (pa?.statedInfluence ?? 0) ||
      (pb?.networkInfluence ?? 0) - (pa?.networkInfluence ?? 0) ||
      compareIds(a.contactId, b.contactId)
    );
  };

  const champions = people.flatMap(championOf).sort(byWeight);
  const blockers = people.flatMap(blockerOf).sort(byWeight);
  const hiddenInfluencers = people
    .flatMap(hiddenInfluencerOf)
    .sort((a, b) => b.networkInfluence - a.networkInfluence || compareIds(a.contactId, b.contactId));
  const championIds = new Set(champions.map((c) => c.contactId));
  const isSupporter = (id: string) => (signals.get(id)?.attitude ?? 0) > 0;
  const isDecider = (id: string) => signals.get(id)?.roles.includes('decider') ?? false;
  const conflictLines = ties.flatMap((t): ConflictLine[] =>
    t.kind === 'conflicts' && t.relationshipId !== undefined
      ? [
          {
            relationshipId: t.relationshipId,
            fromId: t.fromId,
            toId: t.toId,
            strength: t.strength,
            splitsSupport:
              (isSupporter(t.fromId) && (isDecider(t.toId) || championIds.has(t.toId))) ||
              (isSupporter(t.toId) && (isDecider(t.fromId) || championIds.has(t.fromId))),
          },
        ]
      : [],
  );
  const deciderPaths = supportivePaths(contacts, ties);

  const result = { people, champions, blockers, hiddenInfluencers, deciderPaths, conflictLines };
  const informalTies = ties.filter((t) => t.kind !== 'reports_to').length;
  return { ...result, gaps: sociogramGaps(result, contacts, informalTies, championIds, isDecider) };
}

function championOf(p: PersonSignals): Champion[] {
  if ((p.attitude ?? 0) < 1) return [];
  const reasons: ChampionReason[] = [];
  if ((p.statedInfluence ?? 0) >= CHAMPION_MIN_INFLUENCE) reasons.push('statedInfluence');
  if (p.influential) reasons.push('networkInfluence');
  if (p.roles.includes('coach')) reasons.push('coach');
  return reasons.length > 0 ? [{ contactId: p.contactId, reasons }] : [];
}

function blockerOf(p: PersonSignals): Blocker[] {
  if ((p.attitude ?? 0) > -1) return [];
  const reasons: BlockerReason[] = [];
  if ((p.statedInfluence ?? 0) >= BLOCKER_MIN_INFLUENCE) reasons.push('statedInfluence');
  if (p.influential) reasons.push('networkInfluence');
  if (p.roles.includes('decider')) reasons.push('decider');
  if (p.roles.includes('gatekeeper')) reasons.push('gatekeeper');
  return reasons.length > 0 ? [{ contactId: p.contactId, reasons }] : [];
}

function hiddenInfluencerOf(p: PersonSignals): HiddenInfluencer[] {
  if (!p.influential) return [];
  const reasons: HiddenInfluencerReason[] = [];
  if (p.roles.length === 0) reasons.push('outsideBuyingCenter');
  if (p.statedInfluence === undefined) reasons.push('influenceUnrated');
  else if (p.statedInfluence <= UNDERRATED_MAX_INFLUENCE) reasons.push('influenceRatedLow');
  return reasons.length > 0
    ? [{ contactId: p.contactId, networkInfluence: p.networkInfluence, reasons }]
    : [];
}

function sociogramGaps(
  s: Omit<Sociogram, 'gaps'>,
  contacts: readonly Contact[],
  informalTies: number,
  championIds: ReadonlySet<string>,
  isDecider: (id: string) => boolean,
): Gap[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const gaps: Gap[] = [];
  if (contacts.length >= 2 && informalTies === 0) gaps.push(gap('info', 'sociogram.noTies'));
  for (const path of s.deciderPaths) {
    if (!path.found) {
      gaps.push(gap('critical', 'sociogram.deciderUnreached', { decider: name(path.deciderId) }));
    }
  }
  for (const b of s.blockers) {
    const severity = b.reasons.includes('decider') ? 'critical' : 'warning';
    gaps.push(gap(severity, 'sociogram.blocker', { contact: name(b.contactId) }));
  }
  for (const h of s.hiddenInfluencers) {
    const contact = name(h.contactId);
    const influence = byId.get(h.contactId)?.influence;
    if (h.reasons.includes('outsideBuyingCenter')) {
      gaps.push(gap('warning', 'sociogram.hiddenOutsideBuyingCenter', { contact }));
    } else if (influence === undefined) {
      gaps.push(gap('info', 'sociogram.hiddenUnrated', { contact }));
    } else {
      gaps.push(gap('info', 'sociogram.hiddenUnderrated', { contact, influence }));
    }
  }
  for (const line of s.conflictLines) {
    const [champion, decider] =
      championIds.has(line.fromId) && isDecider(line.toId)
        ? [line.fromId, line.toId]
        : championIds.has(line.toId) && isDecider(line.fromId)
          ? [line.toId, line.fromId]
          : [];
    if (champion !== undefined && decider !== undefined) {
      const params = { champion: name(champion), decider: name(decider) };
      gaps.push(gap('critical', 'sociogram.conflictChampionDecider', params));
    } else if (line.splitsSupport) {
      const params = { from: name(line.fromId), to: name(line.toId) };
      gaps.push(gap('warning', 'sociogram.conflictSplitsSupport', params));
    }
  }
  return gaps.sort(bySeverity);
}

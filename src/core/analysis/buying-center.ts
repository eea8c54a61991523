import type { AccountSnapshot, BuyingRole, Contact } from '../model/index.js';
import { sortedById, sortShort } from '../order.js';
import { addDays, isoDay } from '../time.js';
import type { Gap } from './gap.js';
import { CHAMPION_MIN_INFLUENCE } from './sociogram.js';
import { bySeverity, gap, recurringGap } from './gap.js';

/** The roles a well-covered buying center has someone in (gatekeeper and initiator are optional). */
export const KEY_ROLES: readonly BuyingRole[] = ['decider', 'buyer', 'user', 'influencer', 'coach'];

export interface BuyingCenterOptions {
  /** A role/attitude not confirmed for this many days counts as stale. */
  readonly staleAfterDays: number;
}
export const DEFAULT_BUYING_CENTER_OPTIONS: BuyingCenterOptions = { staleAfterDays: 365 };

export interface DeciderView {
  readonly contactId: string;
  readonly attitude: number | undefined;
  readonly influence: number | undefined;
}

export interface BuyingCenterCoverage {
  /** Contact ids per role, sorted by id. */
  readonly members: Readonly<Record<BuyingRole, readonly string[]>>;
  readonly keyRolesCovered: readonly BuyingRole[];
  readonly keyRolesMissing: readonly BuyingRole[];
  /** Covered key roles / all key roles, 0…1. */
  readonly coverage: number;
  readonly deciders: readonly DeciderView[];
  /** Influence-weighted mean attitude of the deciders whose attitude is known (−2…+2). */
  readonly deciderAttitude: number | undefined;
  /** Supporters (attitude ≥ +1) who are the coach or have influence ≥ 4. */
  readonly championIds: readonly string[];
  /** People with at least one role whose attitude we know: the breadth of our relationship. */
  readonly engagedContactIds: readonly string[];
  /** Fewer than two people in the buying center: everything hangs on one relationship. */
  readonly singleThreaded: boolean;
  readonly staleContactIds: readonly string[];
  readonly gaps: readonly Gap[];
}

/** A supporter with weight by what the rep recorded; the sociogram also counts network influence. */
const isChampion = (c: Contact) =>
  (c.attitude ?? 0) >= 1 && (c.roles.includes('coach') || (c.influence ?? 0) >= CHAMPION_MIN_INFLUENCE);

const NOBODY: readonly string[] = Object.freeze([]);

// A portfolio is analysed at one moment: remember the last cut-off instead of recomputing it.
let cutoffKey = '';
let cutoff = '';
function staleCutoff(now: Date, days: number): string {
  const key = `${now.getTime()}/${days}`;
  if (key !== cutoffKey) {
    cutoff = addDays(isoDay(now), -days);
    cutoffKey = key;
  }
  return cutoff;
}

export function analyseBuyingCenter(
  snapshot: Pick<AccountSnapshot, 'contacts'>,
  now: Date,
  options: BuyingCenterOptions = DEFAULT_BUYING_CENTER_OPTIONS,
): BuyingCenterCoverage {
  const contacts = sortedById(snapshot.contacts);
  // Roles nobody holds share one empty list (this runs for every account on every rescore).
  const members: Record<BuyingRole, readonly string[]> = {
    initiator: NOBODY,
    user: NOBODY,
    influencer: NOBODY,
    buyer: NOBODY,
    decider: NOBODY,
    gatekeeper: NOBODY,
    coach: NOBODY,
  };
  // One pass over the buying center (this runs for every account on every rescore).
  const staleBefore = staleCutoff(now, options.staleAfterDays); // ISO dates compare as strings
  const deciders: DeciderView[] = [];
  const championIds: string[] = [];
  const engagedContactIds: string[] = [];
  const staleContactIds: string[] = [];
  let inCenter = 0;
  let weighted = 0;
  let weights = 0;
  for (const c of contacts) {
    if (c.roles.length === 0) continue;
    inCenter += 1;
    for (const role of c.roles) {
      const holders = members[role];
      if (holders === NOBODY) members[role] = [c.id];
      else if (!holders.includes(c.id)) (holders as string[]).push(c.id);
    }
    if (c.roles.includes('decider')) {
      deciders.push({ contactId: c.id, attitude: c.attitude, influence: c.influence });
      if (c.attitude !== undefined) {
        const w = c.influence ?? 3;
        weighted += c.attitude * w;
        weights += w;
      }
    }
    if (isChampion(c)) championIds.push(c.id);
    if (c.attitude !== undefined) engagedContactIds.push(c.id);
    if (!c.lastConfirmedAt || c.lastConfirmedAt < staleBefore) staleContactIds.push(c.id);
  }
  const keyRolesCovered = KEY_ROLES.filter((r) => members[r].length > 0);
  const keyRolesMissing = KEY_ROLES.filter((r) => members[r].length === 0);
  const deciderAttitude = weights > 0 ? weighted / weights : undefined;
  const singleThreaded = inCenter < 2;

  const gaps: Gap[] = [];
  if (deciders.length === 0) gaps.push(gap('critical', 'gap.noDecider'));
  else if (deciderAttitude === undefined) gaps.push(gap('warning', 'gap.deciderAttitudeUnknown'));
  else if (deciderAttitude < 0) gaps.push(gap('critical', 'gap.deciderAgainstUs'));
  if (inCenter === 0) gaps.push(gap('critical', 'gap.noBuyingCenter'));
  else if (singleThreaded) gaps.push(gap('critical', 'gap.singleThreaded'));
  if (championIds.length === 0) gaps.push(gap('warning', 'gap.noChampion'));
  for (const role of keyRolesMissing) {
    if (role === 'decider' || role === 'coach') continue; // reported above with more weight
    gaps.push(
      recurringGap(`roleMissing:${role}`, () =>
        gap('info', 'gap.roleMissing', { role: { term: `role.${role}` } }),
      ),
    );
  }
  if (staleContactIds.length > 0) {
    const count = staleContactIds.length;
    const days = options.staleAfterDays;
    gaps.push(
      recurringGap(`staleContacts:${count}:${days}`, () => gap('info', 'gap.staleContacts', { count, days })),
    );
  }

  return {
    members,
    keyRolesCovered,
    keyRolesMissing,
    coverage: keyRolesCovered.length / KEY_ROLES.length,
    deciders,
    deciderAttitude,
    championIds,
    engagedContactIds,
    singleThreaded,
    staleContactIds,
    gaps: sortShort(gaps, bySeverity),
  };
}

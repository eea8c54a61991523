import type { AccountSnapshot, BuyingRole, Contact } from '../model/index.js';
import { sortedById } from '../order.js';
import { addDays, isoDay } from '../time.js';
import type { Gap } from './gap.js';
import { CHAMPION_MIN_INFLUENCE } from './sociogram.js';
import { bySeverity, gap } from './gap.js';

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
  const members: Record<BuyingRole, string[]> = {
    initiator: [],
    user: [],
    influencer: [],
    buyer: [],
    decider: [],
    gatekeeper: [],
    coach: [],
  };
  const inCenter: Contact[] = [];
  for (const c of contacts) {
    if (c.roles.length === 0) continue;
    inCenter.push(c);
    for (const role of c.roles) if (!members[role].includes(c.id)) members[role].push(c.id);
  }

  const keyRolesCovered = KEY_ROLES.filter((r) => members[r].length > 0);
  const keyRolesMissing = KEY_ROLES.filter((r) => members[r].length === 0);
  const deciderContacts = inCenter.filter((c) => c.roles.includes('decider'));
  const deciders = deciderContacts.map((c) => ({
    contactId: c.id,
    attitude: c.attitude,
    influence: c.influence,
  }));

  let weighted = 0;
  let weights = 0;
  for (const d of deciderContacts) {
    if (d.attitude === undefined) continue;
    const w = d.influence ?? 3;
    weighted += d.attitude * w;
    weights += w;
  }
  const deciderAttitude = weights > 0 ? weighted / weights : undefined;

  const championIds = inCenter.filter(isChampion).map((c) => c.id);
  const engagedContactIds = inCenter.filter((c) => c.attitude !== undefined).map((c) => c.id);
  const singleThreaded = inCenter.length < 2;
  // Confirmed before this day = stale (ISO dates compare as strings).
  const staleBefore = staleCutoff(now, options.staleAfterDays);
  const staleContactIds = inCenter
    .filter((c) => !c.lastConfirmedAt || c.lastConfirmedAt < staleBefore)
    .map((c) => c.id);

  const gaps: Gap[] = [];
  if (deciders.length === 0) gaps.push(gap('critical', 'gap.noDecider'));
  else if (deciderAttitude === undefined) gaps.push(gap('warning', 'gap.deciderAttitudeUnknown'));
  else if (deciderAttitude < 0) gaps.push(gap('critical', 'gap.deciderAgainstUs'));
  if (inCenter.length === 0) gaps.push(gap('critical', 'gap.noBuyingCenter'));
  else if (singleThreaded) gaps.push(gap('critical', 'gap.singleThreaded'));
  if (championIds.length === 0) gaps.push(gap('warning', 'gap.noChampion'));
  for (const role of keyRolesMissing) {
    if (role === 'decider' || role === 'coach') continue; // reported above with more weight
    gaps.push(gap('info', 'gap.roleMissing', { role: { term: `role.${role}` } }));
  }
  if (staleContactIds.length > 0) {
    gaps.push(
      gap('info', 'gap.staleContacts', { count: staleContactIds.length, days: options.staleAfterDays }),
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
    gaps: gaps.sort(bySeverity),
  };
}

import type { AccountSnapshot, Contact } from '../model/index.js';
import type { Gap } from './gap.js';
import { bySeverity, gap } from './gap.js';
import { resolveManagers } from './org-chart-managers.js';
import { byNameThenId, compareIds, uniqueContacts } from './people.js';
import type { ManagerConflict, ManagerLink } from './org-chart-managers.js';

export type { ManagerConflict } from './org-chart-managers.js';

/** One person in the Organigramm with everyone who reports to them. */
export interface OrgChartNode {
  readonly contactId: string;
  /** Level in the chart: 0 for a root, 1 for their direct reports, … */
  readonly depth: number;
  /** People in this part of the chart: this person and everyone below. */
  readonly people: number;
  /** Levels from this person down: 1 for someone without reports. */
  readonly levels: number;
  /** Direct reports, by name then id. */
  readonly children: readonly OrgChartNode[];
  /** On a root: id of the recorded manager, who is not among the account's contacts. */
  readonly managerUnknown?: string;
  /** On a root: id of the manager whose line was cut to break a reporting cycle. */
  readonly managerDropped?: string;
}

/** The customer's Organigramm as a forest, with what is missing or contradictory in it. */
export interface OrgChart {
  /** The tops of the chart: largest part first, then by name, then id. */
  readonly roots: readonly OrgChartNode[];
  /** Everyone in the chart; every contact appears exactly once. */
  readonly people: number;
  /** Levels of the tallest part (0 for no contacts, 1 when nobody reports to anyone). */
  readonly depth: number;
  /** Each reporting cycle, starting at the person whose line was cut, following the lines upwards. */
  readonly cycles: readonly (readonly string[])[];
  /** People with more than one recorded manager, by contact id. */
  readonly conflicts: readonly ManagerConflict[];
  /** Most severe first. */
  readonly gaps: readonly Gap[];
}

/**
 * Builds the Organigramm. The manager of a contact is its `reportsToId` (Salesforce's ReportsToId);
 * without one, a `reports_to` relationship (employee → manager, as HubSpot stores it) fills in.
 * Managers who are not contacts make their report a root; cycles are cut deterministically; input
 * order never changes the result.
 */
export function buildOrgChart(snapshot: Pick<AccountSnapshot, 'contacts' | 'relationships'>): OrgChart {
  const contacts = uniqueContacts(snapshot.contacts);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const { links, conflicts } = resolveManagers(contacts, snapshot.relationships);

  const managerOf = new Map<string, string>();
  const unknownManager = new Map<string, string>();
  for (const [id, link] of links) {
    if (byId.has(link.managerId)) managerOf.set(id, link.managerId);
    else unknownManager.set(id, link.managerId);
  }
  const cuts = breakCycles(contacts, managerOf, links);
  const dropped = new Map(cuts.map((cut) => [cut.link.contactId, cut.link.managerId]));

  const reports = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const managerId = managerOf.get(contact.id);
    if (managerId === undefined) continue;
    let list = reports.get(managerId);
    if (!list) reports.set(managerId, (list = []));
    list.push(contact);
  }
  for (const list of reports.values()) list.sort(byNameThenId);

  const build = (contact: Contact, depth: number): OrgChartNode => {
    const children = (reports.get(contact.id) ?? []).map((c) => build(c, depth + 1));
    const unknown = unknownManager.get(contact.id);
    const cut = dropped.get(contact.id);
    return {
      contactId: contact.id,
      depth,
      people: 1 + children.reduce((sum, c) => sum + c.people, 0),
      levels: 1 + Math.max(0, ...children.map((c) => c.levels)),
      children,
      ...(unknown !== undefined && { managerUnknown: unknown }),
      ...(cut !== undefined && { managerDropped: cut }),
    };
  };
  const roots = contacts
    .filter((c) => !managerOf.has(c.id))
    .map((contact) => ({ contact, node: build(contact, 0) }))
    .sort((a, b) => b.node.people - a.node.people || byNameThenId(a.contact, b.contact))
    .map((r) => r.node);

  const chart = {
    roots,
    people: contacts.length,
    depth: Math.max(0, ...roots.map((r) => r.levels)),
    cycles: cuts.map((cut) => cut.members),
    conflicts,
  };
  return { ...chart, gaps: orgChartGaps(chart, links.size > 0, byId, unknownManager) };
}

interface CycleCut {
  /** The line removed. */
  readonly link: ManagerLink;
  /** The cycle from the person whose line was cut, following the lines upwards. */
  readonly members: readonly string[];
}

/**
 * Finds every reporting cycle and removes one line from each (from `managerOf`), so the chart
 * becomes a forest. The line cut is the weakest evidence: a relationship-derived line before a
 * contact field, then the lowest contact id. Sorted by the id of the person whose line was cut.
 */
function breakCycles(
  contacts: readonly Contact[],
  managerOf: Map<string, string>,
  links: ReadonlyMap<string, ManagerLink>,
): CycleCut[] {
  const state = new Map<string, 'walking' | 'done'>();
  const cuts: CycleCut[] = [];
  for (const start of contacts) {
    const visited: string[] = [];
    const walk: ManagerLink[] = [];
    let id: string | undefined = start.id;
    while (id !== undefined && !state.has(id)) {
      state.set(id, 'walking');
      visited.push(id);
      const link = links.get(id);
      if (link) walk.push(link);
      id = managerOf.get(id);
    }
    if (id !== undefined && state.get(id) === 'walking') {
      // Everyone on the walk has a line (it continued past them), so the cycle is a suffix of it.
      const cycle = walk.slice(walk.findIndex((l) => l.contactId === id));
      const at = cycle.reduce((best, l, i, all) => (cutFirst(l, all[best] ?? l) < 0 ? i : best), 0);
      const rotated = [...cycle.slice(at), ...cycle.slice(0, at)];
      const [link] = rotated;
      if (link) {
        cuts.push({ link, members: rotated.map((l) => l.contactId) });
        managerOf.delete(link.contactId);
      }
    }
    for (const v of visited) state.set(v, 'done');
  }
  return cuts.sort((a, b) => compareIds(a.link.contactId, b.link.contactId));
}

function cutFirst(a: ManagerLink, b: ManagerLink): number {
  const rank = (l: ManagerLink) => (l.source === 'relationship' ? 0 : 1);
  return rank(a) - rank(b) || compareIds(a.contactId, b.contactId);
}

function orgChartGaps(
  chart: Omit<OrgChart, 'gaps'>,
  anyLineRecorded: boolean,
  byId: ReadonlyMap<string, Contact>,
  unknownManager: ReadonlyMap<string, string>,
): Gap[] {
  const name = (id: string) => byId.get(id)?.name ?? id;
  const gaps: Gap[] = [];
  if (chart.people >= 2 && !anyLineRecorded) {
    gaps.push(gap('warning', 'orgChart.noReportingLines', { count: chart.people }));
  } else if (chart.roots.length > 1) {
    gaps.push(gap('info', 'orgChart.separateParts', { count: chart.roots.length }));
  }
  for (const cycle of chart.cycles) {
    const names = cycle.map(name);
    const people = [...names, names[0]].join(' → ');
    gaps.push(gap('warning', 'orgChart.cycle', { people, contact: names[0] ?? '' }));
  }
  for (const c of chart.conflicts) {
    gaps.push(
      gap('warning', 'orgChart.managerConflict', {
        contact: name(c.contactId),
        manager: name(c.managerId),
        others: c.otherManagerIds.map(name).join(', '),
      }),
    );
  }
  for (const id of [...unknownManager.keys()].sort(compareIds)) {
    gaps.push(gap('info', 'orgChart.managerUnknown', { contact: name(id) }));
  }
  return gaps.sort(bySeverity);
}

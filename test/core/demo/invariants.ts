/**
 * Checks every generated snapshot must pass, shared by the portfolio and bulk-snapshot tests.
 * Each returns a list of problems, empty when the snapshot is sound, so a failure names them all.
 */
import { revenueByYear, revenueInYear } from '../../../src/core/analysis/revenue.js';
import type { AccountSnapshot } from '../../../src/core/model/index.js';
import { daysBetween, isoDay } from '../../../src/core/time.js';

/** Contact and relationship references stay inside the account; the org chart is one tree. */
export function structureProblems(s: AccountSnapshot): string[] {
  const problems: string[] = [];
  const contactIds = new Set(s.contacts.map((c) => c.id));
  const byId = new Map(s.contacts.map((c) => [c.id, c]));
  for (const c of s.contacts) {
    if (c.reportsToId !== undefined && !contactIds.has(c.reportsToId)) {
      problems.push(`${c.id} reports to unknown ${c.reportsToId}`);
    }
    // Walking up the chain must end at the top without a loop.
    let steps = 0;
    for (let at = c; at.reportsToId !== undefined; at = byId.get(at.reportsToId)!) {
      if (++steps > s.contacts.length) {
        problems.push(`${c.id} is in a reporting loop`);
        break;
      }
    }
  }
  const tops = s.contacts.filter((c) => c.reportsToId === undefined);
  if (s.contacts.length > 0 && tops.length !== 1) problems.push(`${tops.length} people at the top`);
  for (const r of s.relationships) {
    if (!contactIds.has(r.fromId) || !contactIds.has(r.toId)) problems.push(`${r.id} leaves the account`);
    if (r.kind === 'reports_to' && byId.get(r.fromId)?.reportsToId !== r.toId) {
      problems.push(`${r.id} contradicts the org chart`);
    }
  }
  const ownIds = [
    s.account.id,
    ...s.contacts.map((x) => x.id),
    ...s.relationships.map((x) => x.id),
    ...s.valueChain.map((x) => x.id),
    ...s.potentials.map((x) => x.id),
    ...s.actions.map((x) => x.id),
    ...s.deals.map((x) => x.id),
    ...(s.plan ? [s.plan.id] : []),
  ];
  for (const id of ownIds.slice(1)) {
    if (!id.startsWith(`${s.account.id}-`)) problems.push(`${id} does not carry the account id`);
  }
  if (new Set(ownIds).size !== ownIds.length) problems.push('duplicate ids');
  return problems;
}

/** Statuses and dates agree with `now`; history lies in the past, the timeline around today. */
export function dateProblems(s: AccountSnapshot, now: Date, stale: boolean): string[] {
  const problems: string[] = [];
  const today = isoDay(now);
  if (s.account.lastActivityAt && Date.parse(s.account.lastActivityAt) > now.getTime()) {
    problems.push('last activity in the future');
  }
  for (const c of s.contacts) {
    if (c.lastConfirmedAt && c.lastConfirmedAt > today) problems.push(`${c.id} confirmed in the future`);
  }
  for (const a of s.actions) {
    if (a.start > today && a.status !== 'planned') problems.push(`${a.id} is ${a.status} before its start`);
    if ((a.status === 'done') !== (a.completedOn !== undefined)) problems.push(`${a.id} completion mismatch`);
    if (a.completedOn && (a.completedOn < a.start || a.completedOn > today)) {
      problems.push(`${a.id} completed outside start…today`);
    }
    if (daysBetween(today, a.start) < -730 || daysBetween(today, a.due) > 548 + 60) {
      problems.push(`${a.id} outside the plan's timeline`);
    }
  }
  for (const d of s.deals) {
    const days = daysBetween(today, d.closeDate);
    if (d.status !== 'open' && days > 0) problems.push(`${d.id} closed in the future`);
    if (d.status === 'open' && days < 0 && !stale) problems.push(`${d.id} decision date passed`);
    if (d.status !== 'open' && Number(d.closeDate.slice(0, 4)) < now.getUTCFullYear() - 3) {
      problems.push(`${d.id} older than three full years`);
    }
    const expected = d.status === 'won' ? 1 : d.status === 'lost' ? 0 : undefined;
    if (expected !== undefined ? d.probability !== expected : d.probability <= 0 || d.probability >= 1) {
      problems.push(`${d.id} probability ${d.probability} for ${d.status}`);
    }
  }
  return problems;
}

/** Our won revenue in each of the three full years before `now`, oldest first. */
export function lastThreeYears(s: AccountSnapshot, now: Date): number[] {
  const history = revenueByYear(s);
  const year = now.getUTCFullYear();
  return [year - 3, year - 2, year - 1].map((y) => revenueInYear(history, y));
}

/** Open deals whose amount is at least `multiple` times last year's revenue. */
export function largeRequests(s: AccountSnapshot, now: Date, multiple: number) {
  const lastYear = lastThreeYears(s, now)[2]!;
  return s.deals.filter((d) => d.status === 'open' && d.amount >= multiple * lastYear);
}

import type { AccountSnapshot, Deal } from '../model/index.js';
import { daysBetween, isoDay, yearOf } from '../time.js';
import type { Gap } from './gap.js';
import { gap } from './gap.js';
import { revenueByYear, revenueInYear } from './revenue.js';
import { byId } from '../order.js';

export interface ProjectOptions {
  /**
   * A project is event-driven when its amount is at least this multiple of the current annual
   * revenue (last full year). Default 3.
   */
  readonly eventDrivenMultiple?: number;
}

/** One open deal (konkretes Projekt) measured against the account as it is today. */
export interface ProjectAssessment {
  readonly dealId: string;
  readonly name: string;
  readonly amount: number;
  readonly probability: number;
  readonly weightedAmount: number;
  readonly productLine?: string;
  readonly strategic: boolean;
  readonly decisionDate: string;
  /** Negative when the decision date has passed. */
  readonly daysUntilDecision: number;
  /** Decision date in the past and the deal still open. */
  readonly decisionOverdue: boolean;
  /** Amount over current annual revenue; undefined when the account had no revenue last year. */
  readonly relativeToRevenue: number | undefined;
  readonly resourceHours: number | undefined;
  /** Resource hours over the plan's capacity per year; undefined when either is unknown. */
  readonly shareOfCapacity: number | undefined;
  /**
   * One large request that would make a small account look key: assess before investing.
   * Why: `large` (≥ the multiple of current revenue) or `no_revenue` (nothing won last year).
   */
  readonly eventDriven: false | 'large' | 'no_revenue';
}

/** Konkrete Projekte analysieren. */
export interface ProjectAnalysis {
  /** The last full calendar year and its revenue: the account's current size. */
  readonly revenueYear: number;
  readonly currentRevenue: number;
  readonly capacityHoursPerYear: number | undefined;
  /** Open deals, earliest decision first. */
  readonly projects: readonly ProjectAssessment[];
  /** Σ resource hours of the open projects that state them. */
  readonly totalResourceHours: number;
  readonly gaps: readonly Gap[];
}

const compareDecision = (a: Deal, b: Deal) =>
  a.closeDate < b.closeDate ? -1 : a.closeDate > b.closeDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function analyseProjects(
  snapshot: Pick<AccountSnapshot, 'account' | 'plan' | 'deals'>,
  now: Date,
  { eventDrivenMultiple = 3 }: ProjectOptions = {},
): ProjectAnalysis {
  const today = isoDay(now);
  const revenueYear = yearOf(now) - 1;
  // Id order keeps floating-point sums independent of input order.
  const ordered = [...snapshot.deals].sort(byId);
  const currentRevenue = revenueInYear(revenueByYear({ deals: ordered }), revenueYear);
  const capacity = snapshot.plan?.capacityHoursPerYear;

  const projects = snapshot.deals
    .filter((d) => d.status === 'open')
    .sort(compareDecision)
    .map((d): ProjectAssessment => {
      const daysUntilDecision = daysBetween(today, d.closeDate);
      return {
        dealId: d.id,
        name: d.name,
        amount: d.amount,
        probability: d.probability,
        weightedAmount: d.amount * d.probability,
        ...(d.productLine ? { productLine: d.productLine } : {}),
        strategic: d.strategic,
        decisionDate: d.closeDate,
        daysUntilDecision,
        decisionOverdue: daysUntilDecision < 0,
        relativeToRevenue: currentRevenue > 0 ? d.amount / currentRevenue : undefined,
        resourceHours: d.resourceHours,
        shareOfCapacity:
          d.resourceHours !== undefined && capacity !== undefined && capacity > 0
            ? d.resourceHours / capacity
            : undefined,
        eventDriven: eventDriven(d.amount, currentRevenue, eventDrivenMultiple),
      };
    });
  const totalResourceHours = projects.reduce((sum, p) => sum + (p.resourceHours ?? 0), 0);

  const money = (value: number) => ({ money: value, currency: snapshot.account.currency });
  const gaps: Gap[] = [];
  for (const p of projects) {
    if (p.eventDriven === 'large') {
      gaps.push(
        gap('warning', 'projects.gap.eventDriven', {
          deal: p.name,
          amount: money(p.amount),
          multiple: p.amount / currentRevenue,
          year: String(revenueYear),
          revenue: money(currentRevenue),
        }),
      );
    } else if (p.eventDriven === 'no_revenue') {
      gaps.push(
        gap('warning', 'projects.gap.eventDrivenNoRevenue', {
          deal: p.name,
          amount: money(p.amount),
          year: String(revenueYear),
        }),
      );
    }
    // Assessing a large request includes what it costs us internally.
    if (p.eventDriven && p.resourceHours === undefined) {
      gaps.push(gap('info', 'projects.gap.resourceHoursMissing', { deal: p.name }));
    }
    if (p.decisionOverdue) {
      gaps.push(
        gap('warning', 'projects.gap.decisionOverdue', { deal: p.name, date: { date: p.decisionDate } }),
      );
    }
  }
  if (capacity !== undefined && totalResourceHours > capacity) {
    gaps.push(
      gap('warning', 'projects.gap.resourcesExceedCapacity', { hours: totalResourceHours, capacity }),
    );
  }

  return { revenueYear, currentRevenue, capacityHoursPerYear: capacity, projects, totalResourceHours, gaps };
}

function eventDriven(
  amount: number,
  currentRevenue: number,
  multiple: number,
): ProjectAssessment['eventDriven'] {
  if (amount <= 0) return false;
  if (currentRevenue <= 0) return 'no_revenue';
  return amount >= multiple * currentRevenue ? 'large' : false;
}

import type { AccountSnapshot, Action, ActionStatus } from '../model/index.js';
import { daysBetween, isoDay, yearOf } from '../time.js';
import type { Gap } from './gap.js';
import { gap } from './gap.js';
import { revenueByYear, revenueInYear } from './revenue.js';
import { byId } from '../order.js';

export interface PlanOptions {
  /** A `planned` action due within this many days is at risk: it should have started. Default 14. */
  readonly plannedAtRiskDays?: number;
  /** An `in_progress` action due within this many days is at risk. Default 7. */
  readonly startedAtRiskDays?: number;
}

/** One goal year: target against what is won and what the pipeline promises. */
export interface GoalYear {
  readonly year: number;
  readonly targetRevenue: number;
  /** Won revenue in that year (for the current year: won so far). */
  readonly won: number;
  /** Σ amount × probability of open deals whose decision date falls in that year. */
  readonly weightedPipeline: number;
  /** target − (won + weighted pipeline); negative means ahead of plan. */
  readonly gap: number;
  /** target / last full year's revenue − 1: the growth the goal asks for; undefined without revenue. */
  readonly requiredGrowth: number | undefined;
}

export interface ActionFlag {
  readonly actionId: string;
  readonly title: string;
  readonly status: ActionStatus;
  readonly due: string;
  /** Negative when overdue. */
  readonly daysUntilDue: number;
  readonly ownerName?: string;
}

export interface PlannedEffortYear {
  readonly year: number;
  /** Effort hours of the year's actions that are not cancelled. */
  readonly plannedHours: number;
  readonly capacityHours: number | undefined;
  readonly exceeded: boolean;
}

/** Maßnahmenplanung über die Zeitachse. */
export interface PlanAnalysis {
  readonly hasPlan: boolean;
  /** The last full calendar year and its revenue: where the plan starts from. */
  readonly baselineYear: number;
  readonly baselineRevenue: number;
  /** Goal years, oldest first. */
  readonly goals: readonly GoalYear[];
  readonly actions: {
    readonly total: number;
    readonly done: number;
    readonly cancelled: number;
    /** done / (all − cancelled); undefined when nothing is left to do or done. */
    readonly progress: number | undefined;
    /** Due before today and neither done nor cancelled; earliest first. */
    readonly overdue: readonly ActionFlag[];
    readonly atRisk: readonly ActionFlag[];
  };
  /** Planned hours per year (done actions by completion date, others by due date), oldest first. */
  readonly effort: readonly PlannedEffortYear[];
  readonly gaps: readonly Gap[];
}

const byDueThenId = (a: ActionFlag, b: ActionFlag) =>
  a.due < b.due ? -1 : a.due > b.due ? 1 : a.actionId < b.actionId ? -1 : a.actionId > b.actionId ? 1 : 0;

/** The year an action's hours belong to: when it was done, else when it is due. */
export function effortYear(action: Pick<Action, 'status' | 'due' | 'completedOn'>): number {
  return yearOf(action.status === 'done' && action.completedOn ? action.completedOn : action.due);
}

export function analysePlan(
  snapshot: Pick<AccountSnapshot, 'account' | 'plan' | 'actions' | 'deals'>,
  now: Date,
  options: PlanOptions = {},
): PlanAnalysis {
  const today = isoDay(now);
  const currentYear = yearOf(now);
  // Id order keeps floating-point sums independent of input order.
  const deals = [...snapshot.deals].sort(byId);
  const history = revenueByYear({ deals });
  const baselineYear = currentYear - 1;
  const baselineRevenue = revenueInYear(history, baselineYear);
  const plan = snapshot.plan;

  const pipeline = new Map<number, number>();
  for (const d of deals) {
    if (d.status !== 'open') continue;
    const year = yearOf(d.closeDate);
    pipeline.set(year, (pipeline.get(year) ?? 0) + d.amount * d.probability);
  }

  const goals: GoalYear[] = [...(plan?.goals ?? [])]
    .sort((a, b) => a.year - b.year)
    .map((g) => {
      const won = revenueInYear(history, g.year);
      const weightedPipeline = pipeline.get(g.year) ?? 0;
      return {
        year: g.year,
        targetRevenue: g.targetRevenue,
        won,
        weightedPipeline,
        gap: g.targetRevenue - (won + weightedPipeline),
        requiredGrowth: baselineRevenue > 0 ? g.targetRevenue / baselineRevenue - 1 : undefined,
      };
    });

  const actions = assessActions(snapshot.actions, today, options);
  const effort = plannedEffort(snapshot.actions, plan?.capacityHoursPerYear);

  const gaps: Gap[] = [];
  const money = (value: number) => ({ money: value, currency: snapshot.account.currency });
  if (!plan) {
    gaps.push(gap('warning', 'plan.gap.noPlan'));
  } else {
    for (const [year, severity] of [
      [currentYear, 'warning'],
      [currentYear + 1, 'info'],
    ] as const) {
      if (!goals.some((g) => g.year === year))
        gaps.push(gap(severity, 'plan.gap.noGoal', { year: String(year) }));
    }
  }
  const thisYear = goals.find((g) => g.year === currentYear);
  if (thisYear && thisYear.gap > 0) {
    gaps.push(
      gap('warning', 'plan.gap.behindPlan', {
        year: String(currentYear),
        target: money(thisYear.targetRevenue),
        won: money(thisYear.won),
        pipeline: money(thisYear.weightedPipeline),
        gap: money(thisYear.gap),
      }),
    );
  }
  if (actions.overdue.length > 0) {
    gaps.push(gap('warning', 'plan.gap.overdueActions', { count: actions.overdue.length }));
  }
  if (actions.atRisk.length > 0) {
    gaps.push(gap('info', 'plan.gap.actionsAtRisk', { count: actions.atRisk.length }));
  }
  // Past years are history; a capacity warning is only worth acting on from this year on.
  for (const e of effort) {
    if (e.exceeded && e.year >= currentYear && e.capacityHours !== undefined) {
      gaps.push(
        gap('warning', 'plan.gap.capacityExceeded', {
          year: String(e.year),
          planned: e.plannedHours,
          capacity: e.capacityHours,
        }),
      );
    }
  }

  return { hasPlan: plan !== undefined, baselineYear, baselineRevenue, goals, actions, effort, gaps };
}

function assessActions(
  actions: readonly Action[],
  today: string,
  { plannedAtRiskDays = 14, startedAtRiskDays = 7 }: PlanOptions,
): PlanAnalysis['actions'] {
  const overdue: ActionFlag[] = [];
  const atRisk: ActionFlag[] = [];
  let done = 0;
  let cancelled = 0;
  for (const a of actions) {
    if (a.status === 'done') done += 1;
    if (a.status === 'cancelled') cancelled += 1;
    if (a.status === 'done' || a.status === 'cancelled') continue;
    const daysUntilDue = daysBetween(today, a.due);
    const flag: ActionFlag = {
      actionId: a.id,
      title: a.title,
      status: a.status,
      due: a.due,
      daysUntilDue,
      ...(a.ownerName ? { ownerName: a.ownerName } : {}),
    };
    if (daysUntilDue < 0) overdue.push(flag);
    else if (daysUntilDue <= (a.status === 'planned' ? plannedAtRiskDays : startedAtRiskDays))
      atRisk.push(flag);
  }
  const open = actions.length - cancelled;
  return {
    total: actions.length,
    done,
    cancelled,
    progress: open > 0 ? done / open : undefined,
    overdue: overdue.sort(byDueThenId),
    atRisk: atRisk.sort(byDueThenId),
  };
}

function plannedEffort(actions: readonly Action[], capacity: number | undefined): PlannedEffortYear[] {
  const hours = new Map<number, number>();
  for (const a of [...actions].sort(byId)) {
    if (a.status === 'cancelled' || a.effortHours === undefined) continue;
    const year = effortYear(a);
    hours.set(year, (hours.get(year) ?? 0) + a.effortHours);
  }
  return [...hours.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, plannedHours]) => ({
      year,
      plannedHours,
      capacityHours: capacity,
      exceeded: capacity !== undefined && plannedHours > capacity,
    }));
}

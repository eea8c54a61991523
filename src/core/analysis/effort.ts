import type { LocalizedMessage } from '../i18n/index.js';
import { message } from '../i18n/index.js';
import type { AccountSnapshot } from '../model/index.js';
import { yearOf } from '../time.js';
import type { Gap } from './gap.js';
import { gap } from './gap.js';
import { effortYear } from './plan.js';
import { revenueByYear } from './revenue.js';
import { byId } from '../order.js';

export interface EffortOptions {
  /**
   * Internal cost of one KAM hour in the account's currency: the yardstick of the verdict.
   * Default 80 (a fully loaded field-sales hour in the German Mittelstand).
   */
  readonly hourlyCost?: number;
}

export type GrowthBasis = 'margin' | 'revenue';

export interface EffortYear {
  readonly year: number;
  /** The current year, still running. */
  readonly partial: boolean;
  /** Effort hours of done actions (by completion date, else due date). */
  readonly actionHours: number;
  /** Resource hours of deals won that year. */
  readonly projectHours: number;
  readonly hoursInvested: number;
  readonly revenue: number;
  /** Undefined when the year has revenue but no won deal states a margin. */
  readonly contributionMargin: number | undefined;
  /** Change of the result over the previous year per hour invested this year. */
  readonly resultGrowthPerHour: number | undefined;
  /** Margin when both years know it, else revenue; undefined for the first year. */
  readonly growthBasis: GrowthBasis | undefined;
}

export type EffortVerdictCode = 'pays_off' | 'not_yet' | 'does_not_pay_off' | 'insufficient_data';

/**
 * Does the KAM investment pay off? Judged on the last full year L against the year before:
 * growth = result(L) − result(L−1), result being contribution margin where both years know it,
 * else revenue; cost = hours invested in L × hourly cost.
 * `pays_off`: growth > 0 and ≥ cost. `not_yet`: 0 < growth < cost (still investing, as at the
 * start of any partnership). `does_not_pay_off`: growth ≤ 0. `insufficient_data`: the history
 * does not reach back to L−1 or no hours were invested in L.
 */
export interface EffortVerdict {
  readonly code: EffortVerdictCode;
  readonly year: number;
  readonly basis: GrowthBasis | undefined;
  readonly resultGrowth: number | undefined;
  readonly hours: number;
  readonly cost: number | undefined;
  readonly explanation: LocalizedMessage;
}

/** Klassischer Verkauf vs. KAM: hours invested against revenue and margin, year by year. */
export interface EffortAnalysis {
  /** Every calendar year from the first with data up to the current one, oldest first. */
  readonly years: readonly EffortYear[];
  readonly verdict: EffortVerdict;
  readonly gaps: readonly Gap[];
}

type YearData = Omit<EffortYear, 'resultGrowthPerHour' | 'growthBasis'>;

/** Margin of a year; a year without any revenue had no margin either. */
const marginOf = (y: YearData) => (y.revenue === 0 ? (y.contributionMargin ?? 0) : y.contributionMargin);

function growth(prev: YearData, cur: YearData): { basis: GrowthBasis; prev: number; cur: number } {
  const p = marginOf(prev);
  const c = marginOf(cur);
  return p !== undefined && c !== undefined
    ? { basis: 'margin', prev: p, cur: c }
    : { basis: 'revenue', prev: prev.revenue, cur: cur.revenue };
}

export function analyseEffort(
  snapshot: Pick<AccountSnapshot, 'account' | 'actions' | 'deals'>,
  now: Date,
  { hourlyCost = 80 }: EffortOptions = {},
): EffortAnalysis {
  const currentYear = yearOf(now);
  const data = collectYears(snapshot, currentYear);
  const years: EffortYear[] = data.map((y, i) => {
    const prev = data[i - 1];
    if (!prev) return { ...y, resultGrowthPerHour: undefined, growthBasis: undefined };
    const g = growth(prev, y);
    return {
      ...y,
      resultGrowthPerHour: y.hoursInvested > 0 ? (g.cur - g.prev) / y.hoursInvested : undefined,
      growthBasis: g.basis,
    };
  });

  const lastYear = currentYear - 1;
  const last = data.find((y) => y.year === lastYear);
  const before = data.find((y) => y.year === lastYear - 1);
  const money = (value: number) => ({ money: value, currency: snapshot.account.currency });

  let verdict: EffortVerdict;
  const gaps: Gap[] = [];
  if (!last || !before || last.hoursInvested === 0) {
    verdict = {
      code: 'insufficient_data',
      year: lastYear,
      basis: undefined,
      resultGrowth: undefined,
      hours: last?.hoursInvested ?? 0,
      cost: undefined,
      explanation: message('effort.verdict.insufficientData'),
    };
  } else {
    const g = growth(before, last);
    const resultGrowth = g.cur - g.prev;
    const cost = last.hoursInvested * hourlyCost;
    const code: EffortVerdictCode =
      resultGrowth <= 0 ? 'does_not_pay_off' : resultGrowth >= cost ? 'pays_off' : 'not_yet';
    const key =
      code === 'pays_off'
        ? 'effort.verdict.paysOff'
        : code === 'not_yet'
          ? 'effort.verdict.notYet'
          : 'effort.verdict.doesNotPayOff';
    verdict = {
      code,
      year: lastYear,
      basis: g.basis,
      resultGrowth,
      hours: last.hoursInvested,
      cost,
      explanation: message(key, {
        year: String(lastYear),
        growth: money(resultGrowth),
        hours: last.hoursInvested,
        cost: money(cost),
      }),
    };
    if (last.hoursInvested > before.hoursInvested && g.cur < g.prev) {
      gaps.push(
        gap(
          'warning',
          g.basis === 'margin' ? 'effort.gap.investmentUpMarginDown' : 'effort.gap.investmentUpRevenueDown',
          {
            year: String(lastYear),
            hours: last.hoursInvested,
            previousHours: before.hoursInvested,
            result: money(g.cur),
            previousResult: money(g.prev),
          },
        ),
      );
    }
  }
  if (data.every((y) => y.hoursInvested === 0)) gaps.push(gap('info', 'effort.gap.noHours'));

  return { years, verdict, gaps };
}

/** Hours, revenue and margin for every year from the first with data to the current one. */
function collectYears(snapshot: Pick<AccountSnapshot, 'actions' | 'deals'>, currentYear: number): YearData[] {
  const actionHours = new Map<number, number>();
  const projectHours = new Map<number, number>();
  // Id order keeps floating-point sums independent of input order.
  for (const a of [...snapshot.actions].sort(byId)) {
    if (a.status !== 'done' || a.effortHours === undefined) continue;
    const year = effortYear(a);
    actionHours.set(year, (actionHours.get(year) ?? 0) + a.effortHours);
  }
  for (const d of [...snapshot.deals].sort(byId)) {
    if (d.status !== 'won' || d.resourceHours === undefined) continue;
    const year = yearOf(d.closeDate);
    projectHours.set(year, (projectHours.get(year) ?? 0) + d.resourceHours);
  }
  const history = revenueByYear({ deals: [...snapshot.deals].sort(byId) });

  const dataYears = [...actionHours.keys(), ...projectHours.keys(), ...history.map((h) => h.year)];
  if (dataYears.length === 0) return [];
  const first = Math.min(...dataYears);
  const out: YearData[] = [];
  for (let year = first; year <= currentYear; year += 1) {
    const figures = history.find((h) => h.year === year);
    const a = actionHours.get(year) ?? 0;
    const p = projectHours.get(year) ?? 0;
    out.push({
      year,
      partial: year === currentYear,
      actionHours: a,
      projectHours: p,
      hoursInvested: a + p,
      revenue: figures?.revenue ?? 0,
      contributionMargin: figures?.contributionMargin,
    });
  }
  return out;
}

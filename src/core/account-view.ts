import type { BuyingCenterCoverage } from './analysis/buying-center.js';
import type { EffortAnalysis } from './analysis/effort.js';
import { analyseEffort } from './analysis/effort.js';
import type { Gap } from './analysis/gap.js';
import { bySeverity } from './analysis/gap.js';
import type { HorizonAnalysis } from './analysis/horizons.js';
import { analyseHorizons } from './analysis/horizons.js';
import type { OrgChart } from './analysis/org-chart.js';
import { buildOrgChart } from './analysis/org-chart.js';
import type { PlanAnalysis } from './analysis/plan.js';
import { analysePlan } from './analysis/plan.js';
import type { ProjectAnalysis } from './analysis/projects.js';
import { analyseProjects } from './analysis/projects.js';
import type { Sociogram } from './analysis/sociogram.js';
import { analyseSociogram } from './analysis/sociogram.js';
import type { DevelopmentChecklist } from './analysis/stage.js';
import { developmentChecklist } from './analysis/stage.js';
import type { AccountSnapshot } from './model/index.js';
import type { ScoreResult, ScoringModel } from './scoring/index.js';
import { collectFacts } from './scoring/facts.js';
import { scoreFacts } from './scoring/index.js';

/** Everything the KAM method says about one account: the score and every analysis, with all gaps. */
export interface AccountView {
  readonly score: ScoreResult;
  readonly buyingCenter: BuyingCenterCoverage;
  readonly sociogram: Sociogram;
  readonly orgChart: OrgChart;
  readonly horizons: HorizonAnalysis;
  readonly plan: PlanAnalysis;
  readonly projects: ProjectAnalysis;
  readonly effort: EffortAnalysis;
  readonly development: DevelopmentChecklist;
  /** Gaps of the score and of every analysis, each once, most severe first. */
  readonly gaps: readonly Gap[];
}

export function analyseAccount(snapshot: AccountSnapshot, model: ScoringModel, now: Date): AccountView {
  // The score's facts include the buying center: computed once for both.
  const facts = collectFacts(snapshot, now);
  const view = {
    score: scoreFacts(facts, model, now),
    buyingCenter: facts.buyingCenter,
    sociogram: analyseSociogram(snapshot),
    orgChart: buildOrgChart(snapshot),
    horizons: analyseHorizons(snapshot, now),
    plan: analysePlan(snapshot, now),
    projects: analyseProjects(snapshot, now),
    effort: analyseEffort(snapshot, now),
    development: developmentChecklist(snapshot, now),
  };
  const seen = new Set<string>();
  const gaps: Gap[] = [];
  // The score already carries the buying-center gaps; the same text is listed once.
  for (const part of [
    view.score,
    view.sociogram,
    view.orgChart,
    view.horizons,
    view.plan,
    view.projects,
    view.effort,
    view.development,
  ]) {
    for (const g of part.gaps) {
      if (seen.has(g.text.en)) continue;
      seen.add(g.text.en);
      gaps.push(g);
    }
  }
  return { ...view, gaps: gaps.sort(bySeverity) };
}

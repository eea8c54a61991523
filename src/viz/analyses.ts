/**
 * The core's analyses the renderers draw, for pages that hold only records (the Salesforce
 * components read them with the GraphQL wire adapter): exported with the renderers in the `KamViz`
 * bundle so such a page computes what it draws exactly as the service does.
 */
export { analyseBuyingCenter } from '../core/analysis/buying-center.js';
export { analyseHorizons } from '../core/analysis/horizons.js';
export { buildOrgChart } from '../core/analysis/org-chart.js';
export { analysePlan } from '../core/analysis/plan.js';
export { analyseProjects } from '../core/analysis/projects.js';
export { analyseSociogram } from '../core/analysis/sociogram.js';

/**
 * The d3 renderers, framework-free: `render…(svgElement, data, options)`. The workspace imports them
 * one by one; `npm run build` bundles this module as the IIFE `KamViz` (d3 inside) for the Salesforce
 * static resource.
 */
export type { RenderOptions, Rendered, Renderer } from './types.js';
export { renderSociogram } from './sociogram.js';
export type { SociogramData } from './sociogram.js';
export { renderOrgChart } from './org-chart.js';
export type { OrgChartData } from './org-chart.js';
export { renderBuyingCenter } from './buying-center.js';
export type { BuyingCenterData } from './buying-center.js';
export { renderValueChain } from './value-chain.js';
export type { ValueChainData } from './value-chain.js';
export { renderHorizons } from './horizons.js';
export type { HorizonsData } from './horizons.js';
export { renderTimeline } from './timeline.js';
export type { TimelineData } from './timeline.js';
export { renderPortfolioMatrix } from './portfolio-matrix.js';
export type { PortfolioMatrixData, PortfolioPoint } from './portfolio-matrix.js';
export {
  analyseBuyingCenter,
  analyseHorizons,
  analysePlan,
  analyseProjects,
  analyseSociogram,
  buildOrgChart,
} from './analyses.js';

import type { ProjectAnalysis, ProjectAssessment } from '../../core/analysis/projects.js';
import type { Lang } from '../../core/i18n/index.js';
import { formatDate, formatMoney, formatNumber, formatPercent, t } from '../../core/i18n/index.js';
import { h } from '../dom.js';
import { dataTable } from './data-table.js';

/**
 * Konkrete Projekte: the open deals against the account's size today. A request that dwarfs last
 * year's revenue is flagged as event-driven: assess it before investing in the account.
 */
export function projectsTable(
  doc: Document,
  projects: ProjectAnalysis,
  currency: string,
  lang: Lang,
): HTMLElement {
  const money = (v: number) => formatMoney(v, lang, currency);
  const capacity =
    projects.capacityHoursPerYear !== undefined
      ? t('workspace.projects.hoursOfCapacity', lang, {
          hours: projects.totalResourceHours,
          capacity: projects.capacityHoursPerYear,
        })
      : t('workspace.projects.hours', lang, { hours: projects.totalResourceHours });
  return h(
    doc,
    'div',
    { class: 'projects' },
    h(
      doc,
      'p',
      { class: 'meta' },
      t('workspace.projects.baseline', lang, {
        year: String(projects.revenueYear),
        revenue: money(projects.currentRevenue),
      }),
      ' · ',
      capacity,
    ),
    projects.projects.length === 0
      ? h(doc, 'p', { class: 'sub' }, t('workspace.projects.none', lang))
      : dataTable(doc, {
          columns: [
            { label: t('workspace.projects.name', lang) },
            { label: t('workspace.projects.amount', lang), numeric: true },
            { label: t('workspace.projects.probability', lang), numeric: true },
            { label: t('workspace.projects.weighted', lang), numeric: true },
            { label: t('workspace.projects.decision', lang) },
            { label: t('workspace.projects.resources', lang), numeric: true },
            { label: t('workspace.projects.note', lang) },
          ],
          rows: projects.projects.map((p) => projectRow(doc, p, money, lang)),
        }),
  );
}

function projectRow(
  doc: Document,
  p: ProjectAssessment,
  money: (v: number) => string,
  lang: Lang,
): HTMLTableRowElement {
  const notes = [
    p.strategic && t('workspace.projects.strategic', lang),
    p.eventDriven === 'large' &&
      p.relativeToRevenue !== undefined &&
      t('workspace.projects.eventDriven', lang, { multiple: p.relativeToRevenue }),
    p.eventDriven === 'no_revenue' && t('workspace.projects.eventDrivenNoRevenue', lang),
  ].filter((n): n is string => Boolean(n));
  return h(
    doc,
    'tr',
    { class: p.eventDriven ? 'flagged' : undefined },
    h(doc, 'th', { scope: 'row' }, p.name, p.productLine && h(doc, 'span', { class: 'sub' }, p.productLine)),
    h(doc, 'td', { class: 'num' }, money(p.amount)),
    h(doc, 'td', { class: 'num' }, formatPercent(p.probability, lang)),
    h(doc, 'td', { class: 'num' }, money(p.weightedAmount)),
    h(
      doc,
      'td',
      { class: p.decisionOverdue ? 'warn' : undefined },
      formatDate(p.decisionDate, lang),
      p.decisionOverdue && h(doc, 'span', { class: 'sub' }, t('workspace.projects.overdue', lang)),
    ),
    h(doc, 'td', { class: 'num' }, p.resourceHours !== undefined ? formatNumber(p.resourceHours, lang) : '–'),
    h(doc, 'td', {}, notes.join(' · ')),
  );
}

import type { ReportDef, SalesforceMetadata } from '../model.js';
import { problem, type Problem } from '../problems.js';
import { isCustomName, missingField, tableObject } from './resolve.js';

/** Report types, reports and dashboards only reference what exists. */
export function checkReporting(meta: SalesforceMetadata): Problem[] {
  const out: Problem[] = [];
  const typeColumns = new Map<string, Set<string>>();
  for (const rt of meta.reportTypes) {
    const cols = new Set<string>();
    typeColumns.set(`${rt.name}__c`, cols);
    if (isCustomName(rt.baseObject) && !meta.objects.has(rt.baseObject)) {
      out.push(problem(rt.file, `base object ${rt.baseObject} does not exist`));
    }
    if (rt.join && !tableObject(meta, `${rt.baseObject}.${rt.join}`)) {
      out.push(problem(rt.file, `relationship ${rt.join} does not exist on ${rt.baseObject}`));
    }
    for (const c of rt.columns) {
      const object = tableObject(meta, c.table);
      const missing = object ? missingField(meta, object, c.field) : `table ${c.table} does not resolve`;
      if (missing) out.push(problem(rt.file, missing));
      cols.add(`${c.table}$${c.field}`);
    }
  }
  for (const report of meta.reports) out.push(...checkReport(meta, report, typeColumns));
  const reports = new Set(meta.reports.map((r) => r.name));
  for (const d of meta.dashboards) {
    for (const r of d.reports) if (!reports.has(r)) out.push(problem(d.file, `report ${r} does not exist`));
  }
  return out;
}

function checkReport(
  meta: SalesforceMetadata,
  report: ReportDef,
  typeColumns: Map<string, Set<string>>,
): Problem[] {
  const out: Problem[] = [];
  const custom = isCustomName(report.reportType);
  const cols = typeColumns.get(report.reportType);
  if (custom && !cols) return [problem(report.file, `report type ${report.reportType} does not exist`)];
  for (const column of report.columns) {
    if (cols) {
      // Custom report types name columns `Table$Field`; the field must be offered by the report type.
      if (isCustomName(column) && !cols.has(column)) {
        out.push(problem(report.file, `column ${column} is not in report type ${report.reportType}`));
      }
    } else if (isCustomName(column)) {
      // Standard report types name custom columns `Object.Field`.
      const [object = '', field = ''] = column.split('.');
      const missing = missingField(meta, object, field);
      if (missing) out.push(problem(report.file, missing));
    }
  }
  for (const cf of report.crossFilters) {
    for (const c of cf.columns) {
      const missing = missingField(meta, cf.relatedTable, c);
      if (missing) out.push(problem(report.file, `cross filter: ${missing}`));
    }
  }
  return out;
}

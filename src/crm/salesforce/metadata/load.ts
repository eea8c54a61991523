import { listMetaFiles } from './files.js';
import type {
  FieldDef,
  FieldTranslation,
  ObjectDef,
  PermissionSetDef,
  ReportDef,
  SalesforceMetadata,
} from './model.js';
import type { Problem } from './problems.js';
import {
  ChannelMemberFile,
  CustomFieldFile,
  CustomObjectFile,
  DashboardFile,
  FieldTranslationFile,
  FlowFile,
  PermissionSetFile,
  ReportFile,
  ReportTypeFile,
  WorkflowFile,
} from './schemas.js';
import { parseMetaFile } from './xml.js';

/** Where the KAM metadata lives, relative to the project root. */
export const SALESFORCE_SOURCE_DIR = 'metadata/salesforce/main/default';

export type LoadResult = { ok: true; metadata: SalesforceMetadata } | { ok: false; problems: Problem[] };

const componentName = (file: string, suffix: string): string =>
  file.slice(file.lastIndexOf('/') + 1, -`.${suffix}`.length);

/** Reads the SFDX source below `root` into a validated model; returns every shape problem found. */
export function loadSalesforceMetadata(root: string): LoadResult {
  const problems: Problem[] = [];
  const read = <T>(file: string, schema: Parameters<typeof parseMetaFile>[2]): T | undefined => {
    const parsed = parseMetaFile(root, file, schema);
    if (parsed.ok) return parsed.value as T;
    problems.push(...parsed.problems);
    return undefined;
  };
  const fields = new Map<string, Map<string, FieldDef>>();
  const objects = new Map<string, { custom: boolean; nameFieldType?: 'Text' | 'AutoNumber' }>();
  const fieldsOf = (object: string) => fields.get(object) ?? fields.set(object, new Map()).get(object)!;
  const m = {
    translations: [] as FieldTranslation[],
    permissionSets: [] as PermissionSetDef[],
    reportTypes: [] as SalesforceMetadata['reportTypes'][number][],
    reports: [] as ReportDef[],
    dashboards: [] as SalesforceMetadata['dashboards'][number][],
    channelMembers: [] as SalesforceMetadata['channelMembers'][number][],
    outboundMessages: [] as SalesforceMetadata['outboundMessages'][number][],
    flows: [] as SalesforceMetadata['flows'][number][],
  };

  for (const file of listMetaFiles(root)) {
    const parts = file.split('/');
    if (parts[0] === 'objects' && parts[2] === 'fields') {
      const f = read<CustomFieldFile>(file, CustomFieldFile)?.CustomField;
      if (f) fieldsOf(parts[1]!).set(f.fullName, toField(file, parts[1]!, f));
    } else if (parts[0] === 'objects' && parts.length === 3 && file.endsWith('.object-meta.xml')) {
      const o = read<CustomObjectFile>(file, CustomObjectFile)?.CustomObject;
      const name = parts[1]!;
      fieldsOf(name);
      if (o) objects.set(name, { custom: name.endsWith('__c'), nameFieldType: o.nameField?.type });
    } else if (file.endsWith('.fieldTranslation-meta.xml')) {
      const t = read<FieldTranslationFile>(file, FieldTranslationFile)?.CustomFieldTranslation;
      const folder = parts[1]!;
      const dash = folder.lastIndexOf('-');
      if (t)
        m.translations.push({
          file,
          language: folder.slice(dash + 1),
          object: folder.slice(0, dash),
          field: t.name,
          label: t.label,
          help: t.help,
          picklistValues: new Map(t.picklistValues.map((p) => [p.masterLabel, p.translation])),
        });
    } else if (file.endsWith('.permissionset-meta.xml')) {
      const p = read<PermissionSetFile>(file, PermissionSetFile)?.PermissionSet;
      if (p)
        m.permissionSets.push({
          file,
          name: componentName(file, 'permissionset-meta.xml'),
          fields: p.fieldPermissions,
          objects: p.objectPermissions.map((o) => ({
            object: o.object,
            read: o.allowRead,
            edit: o.allowEdit,
            create: o.allowCreate,
            del: o.allowDelete,
          })),
          userPermissions: p.userPermissions.filter((u) => u.enabled).map((u) => u.name),
        });
    } else if (file.endsWith('.reportType-meta.xml')) {
      const r = read<ReportTypeFile>(file, ReportTypeFile)?.ReportType;
      if (r)
        m.reportTypes.push({
          file,
          name: componentName(file, 'reportType-meta.xml'),
          baseObject: r.baseObject,
          join: r.join?.relationship,
          columns: r.sections.flatMap((s) => s.columns),
        });
    } else if (file.endsWith('.report-meta.xml')) {
      const r = read<ReportFile>(file, ReportFile)?.Report;
      if (r) m.reports.push(toReport(file, parts, r));
    } else if (file.endsWith('.dashboard-meta.xml')) {
      const d = read<DashboardFile>(file, DashboardFile)?.Dashboard;
      if (d)
        m.dashboards.push({
          file,
          name: `${parts[1]}/${componentName(file, 'dashboard-meta.xml')}`,
          reports: d.dashboardGridLayout.dashboardGridComponents.map((c) => c.dashboardComponent.report),
        });
    } else if (file.endsWith('.platformEventChannelMember-meta.xml')) {
      const c = read<ChannelMemberFile>(file, ChannelMemberFile)?.PlatformEventChannelMember;
      if (c) m.channelMembers.push({ file, channel: c.eventChannel, entity: c.selectedEntity });
    } else if (file.endsWith('.workflow-meta.xml')) {
      const w = read<WorkflowFile>(file, WorkflowFile)?.Workflow;
      const object = componentName(file, 'workflow-meta.xml');
      for (const o of w?.outboundMessages ?? [])
        m.outboundMessages.push({
          file,
          object,
          name: o.fullName,
          endpointUrl: o.endpointUrl,
          fields: o.fields,
        });
    } else if (file.endsWith('.flow-meta.xml')) {
      const f = read<FlowFile>(file, FlowFile)?.Flow;
      if (f)
        m.flows.push({
          file,
          name: componentName(file, 'flow-meta.xml'),
          object: f.start.object,
          filterFormula: f.start.filterFormula,
          actions: f.actionCalls.map((a) => ({ type: a.actionType, name: a.actionName })),
        });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const objectDefs = new Map<string, ObjectDef>(
    [...fields].map(([name, f]) => [
      name,
      {
        name,
        custom: objects.get(name)?.custom ?? false,
        nameFieldType: objects.get(name)?.nameFieldType,
        fields: f,
      },
    ]),
  );
  return { ok: true, metadata: { objects: objectDefs, ...m } };
}

function toField(file: string, object: string, f: CustomFieldFile['CustomField']): FieldDef {
  return {
    file,
    object,
    name: f.fullName,
    type: f.type,
    label: f.label,
    required: f.required ?? false,
    helpText: f.inlineHelpText,
    referenceTo: f.referenceTo,
    relationshipName: f.relationshipName,
    trackHistory: f.trackHistory ?? false,
    picklistValues: f.valueSet?.valueSetDefinition.value.map((v) => v.fullName) ?? [],
  };
}

function toReport(file: string, parts: string[], r: ReportFile['Report']): ReportDef {
  const columns = [
    ...r.columns.map((c) => c.field),
    ...(r.filter?.criteriaItems ?? []).map((c) => c.column),
    ...r.groupingsDown.map((g) => g.field),
    ...r.groupingsAcross.map((g) => g.field),
    ...(r.chart ? [r.chart.groupingColumn] : []),
  ];
  return {
    file,
    name: `${parts[1]}/${componentName(file, 'report-meta.xml')}`,
    reportType: r.reportType,
    columns,
    crossFilters: r.crossFilters.map((c) => ({
      relatedTable: c.relatedTable,
      columns: c.criteriaItems.map((i) => i.column),
    })),
  };
}

import { z } from 'zod';

/** Zod shapes of the parsed SFDX files: only the parts the rules and the accessor read. */
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const name = z.string().min(1);

export const CustomFieldFile = z.object({
  CustomField: z.object({
    fullName: name,
    label: z.string().min(1, 'a field needs a label'),
    type: z.string().min(1, 'a field needs a type'),
    required: bool.optional(),
    referenceTo: z.string().optional(),
    relationshipName: z.string().optional(),
    inlineHelpText: z.string().optional(),
    trackHistory: bool.optional(),
    valueSet: z
      .object({
        valueSetDefinition: z.object({
          value: z.array(
            z.object({ fullName: name, label: z.string().min(1, 'a picklist value needs a label') }),
          ),
        }),
      })
      .optional(),
  }),
});

export const CustomObjectFile = z.object({
  CustomObject: z.object({
    label: z.string().optional(),
    nameField: z.object({ label: name, type: z.enum(['Text', 'AutoNumber']) }).optional(),
  }),
});

export const FieldTranslationFile = z.object({
  CustomFieldTranslation: z.object({
    name,
    label: z.string().min(1, 'translation needs a label'),
    help: z.string().optional(),
    picklistValues: z.array(z.object({ masterLabel: name, translation: name })).default([]),
  }),
});

export const PermissionSetFile = z.object({
  PermissionSet: z.object({
    label: name,
    fieldPermissions: z.array(z.object({ field: name, readable: bool, editable: bool })).default([]),
    objectPermissions: z
      .array(
        z.object({ object: name, allowRead: bool, allowEdit: bool, allowCreate: bool, allowDelete: bool }),
      )
      .default([]),
    userPermissions: z.array(z.object({ name, enabled: bool })).default([]),
  }),
});

export const ReportTypeFile = z.object({
  ReportType: z.object({
    baseObject: name,
    label: name,
    join: z.object({ relationship: name }).optional(),
    sections: z.array(
      z.object({ masterLabel: name, columns: z.array(z.object({ field: name, table: name })).default([]) }),
    ),
  }),
});

const Criteria = z
  .array(z.object({ column: name, operator: name, value: z.string().optional() }))
  .default([]);
const Grouping = z.array(z.object({ field: name })).default([]);

export const ReportFile = z.object({
  Report: z.object({
    name,
    reportType: name,
    columns: z.array(z.object({ field: name })).default([]),
    filter: z.object({ criteriaItems: Criteria }).optional(),
    groupingsDown: Grouping,
    groupingsAcross: Grouping,
    crossFilters: z
      .array(
        z.object({ criteriaItems: Criteria, relatedTable: name, operation: z.enum(['with', 'without']) }),
      )
      .default([]),
    chart: z.object({ groupingColumn: name }).optional(),
  }),
});

export const DashboardFile = z.object({
  Dashboard: z.object({
    title: name,
    dashboardGridLayout: z.object({
      dashboardGridComponents: z.array(z.object({ dashboardComponent: z.object({ report: name }) })),
    }),
  }),
});

export const ChannelMemberFile = z.object({
  PlatformEventChannelMember: z.object({ eventChannel: name, selectedEntity: name }),
});

export const WorkflowFile = z.object({
  Workflow: z.object({
    outboundMessages: z
      .array(z.object({ fullName: name, endpointUrl: z.url(), fields: z.array(name).min(1) }))
      .default([]),
  }),
});

export const FlowFile = z.object({
  Flow: z.object({
    label: name,
    status: name,
    actionCalls: z.array(z.object({ name, actionName: name, actionType: name })).default([]),
    start: z.object({ object: name, filterFormula: z.string().optional(), triggerType: name }),
  }),
});

/** Tags that repeat in some file, so the parser always yields arrays for them. */
export const ARRAY_TAGS = new Set([
  'picklistValues',
  'fieldPermissions',
  'objectPermissions',
  'userPermissions',
  'sections',
  'columns',
  'criteriaItems',
  'groupingsDown',
  'groupingsAcross',
  'crossFilters',
  'dashboardGridComponents',
  'outboundMessages',
  'fields',
  'actionCalls',
]);

export type CustomFieldFile = z.output<typeof CustomFieldFile>;
export type CustomObjectFile = z.output<typeof CustomObjectFile>;
export type FieldTranslationFile = z.output<typeof FieldTranslationFile>;
export type PermissionSetFile = z.output<typeof PermissionSetFile>;
export type ReportTypeFile = z.output<typeof ReportTypeFile>;
export type ReportFile = z.output<typeof ReportFile>;
export type DashboardFile = z.output<typeof DashboardFile>;
export type ChannelMemberFile = z.output<typeof ChannelMemberFile>;
export type WorkflowFile = z.output<typeof WorkflowFile>;
export type FlowFile = z.output<typeof FlowFile>;

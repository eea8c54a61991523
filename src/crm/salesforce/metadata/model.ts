/** The SFDX source as the rules and the accessor see it. Every entry knows the file it came from. */
export interface FieldDef {
  readonly file: string;
  readonly object: string;
  readonly name: string;
  readonly type: string;
  readonly label: string;
  readonly required: boolean;
  readonly helpText?: string;
  readonly referenceTo?: string;
  readonly relationshipName?: string;
  readonly trackHistory: boolean;
  /** Picklist API values in file order (empty for other types). */
  readonly picklistValues: readonly string[];
}

export interface ObjectDef {
  readonly name: string;
  /** Custom objects have an object file; standard objects appear through their KAM fields only. */
  readonly custom: boolean;
  readonly nameFieldType?: 'Text' | 'AutoNumber';
  readonly fields: ReadonlyMap<string, FieldDef>;
}

export interface FieldTranslation {
  readonly file: string;
  readonly language: string;
  readonly object: string;
  readonly field: string;
  readonly label: string;
  readonly help?: string;
  readonly picklistValues: ReadonlyMap<string, string>;
}

export interface PermissionSetDef {
  readonly file: string;
  readonly name: string;
  readonly fields: readonly { field: string; readable: boolean; editable: boolean }[];
  readonly objects: readonly {
    object: string;
    read: boolean;
    edit: boolean;
    create: boolean;
    del: boolean;
  }[];
  readonly userPermissions: readonly string[];
}

export interface ReportTypeDef {
  readonly file: string;
  readonly name: string;
  readonly baseObject: string;
  readonly join?: string;
  readonly columns: readonly { table: string; field: string }[];
}

export interface ReportDef {
  readonly file: string;
  /** `Folder/DeveloperName`, as dashboards reference it. */
  readonly name: string;
  readonly reportType: string;
  /** Every column the report uses: columns, filters, groupings, chart. */
  readonly columns: readonly string[];
  readonly crossFilters: readonly { relatedTable: string; columns: readonly string[] }[];
}

export interface DashboardDef {
  readonly file: string;
  readonly name: string;
  readonly reports: readonly string[];
}

export interface ChannelMemberDef {
  readonly file: string;
  readonly channel: string;
  readonly entity: string;
}

export interface OutboundMessageDef {
  readonly file: string;
  readonly object: string;
  readonly name: string;
  readonly endpointUrl: string;
  readonly fields: readonly string[];
}

export interface FlowDef {
  readonly file: string;
  readonly name: string;
  readonly object: string;
  readonly filterFormula?: string;
  readonly actions: readonly { type: string; name: string }[];
}

export interface SalesforceMetadata {
  readonly objects: ReadonlyMap<string, ObjectDef>;
  readonly translations: readonly FieldTranslation[];
  readonly permissionSets: readonly PermissionSetDef[];
  readonly reportTypes: readonly ReportTypeDef[];
  readonly reports: readonly ReportDef[];
  readonly dashboards: readonly DashboardDef[];
  readonly channelMembers: readonly ChannelMemberDef[];
  readonly outboundMessages: readonly OutboundMessageDef[];
  readonly flows: readonly FlowDef[];
}

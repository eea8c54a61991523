import { validationError } from './errors.js';
import type { SchemasStore, StoredSchema } from './store/schemas-store.js';

/** What the sandbox needs to know about one object type (standard or custom). */
export interface ObjectType {
  readonly objectTypeId: string;
  /** path name: `companies`, or the custom object's name */
  readonly name: string;
  /** key of this type in v3 `associations` maps */
  readonly associationKey: string;
  /** name in error messages: `COMPANY`, or the custom object's fully-qualified name */
  readonly errorName: string;
  readonly custom: boolean;
  readonly createdProperty: string;
  readonly modifiedProperty: string;
  /** returned when a request names no properties */
  readonly defaultProperties: readonly string[];
  /** matched by a search `query` */
  readonly searchableProperties: readonly string[];
}

export const COMPANY: ObjectType = {
  objectTypeId: '0-2',
  name: 'companies',
  associationKey: 'companies',
  errorName: 'COMPANY',
  custom: false,
  createdProperty: 'createdate',
  modifiedProperty: 'hs_lastmodifieddate',
  defaultProperties: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
  searchableProperties: ['name', 'domain', 'website', 'phone'],
};
export const CONTACT: ObjectType = {
  objectTypeId: '0-1',
  name: 'contacts',
  associationKey: 'contacts',
  errorName: 'CONTACT',
  custom: false,
  createdProperty: 'createdate',
  modifiedProperty: 'lastmodifieddate',
  defaultProperties: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
  searchableProperties: ['firstname', 'lastname', 'email', 'phone', 'company'],
};
export const DEAL: ObjectType = {
  objectTypeId: '0-3',
  name: 'deals',
  associationKey: 'deals',
  errorName: 'DEAL',
  custom: false,
  createdProperty: 'createdate',
  modifiedProperty: 'hs_lastmodifieddate',
  defaultProperties: [
    'amount',
    'closedate',
    'createdate',
    'dealname',
    'dealstage',
    'hs_lastmodifieddate',
    'hs_object_id',
    'pipeline',
  ],
  searchableProperties: ['dealname', 'pipeline', 'dealstage', 'description', 'dealtype'],
};
export const STANDARD_TYPES: readonly ObjectType[] = [CONTACT, COMPANY, DEAL];

const STANDARD_ALIASES = new Map<string, ObjectType>([
  ...STANDARD_TYPES.flatMap((t) => [
    [t.name, t] as const,
    [t.objectTypeId, t] as const,
    [t.name.replace(/ies$/, 'y').replace(/s$/, ''), t] as const,
  ]),
]);

/** Resolves object types named in paths: `companies`, `0-2`, custom names, `p_name`, `p123_name`, `2-…`. */
export class ObjectTypes {
  constructor(
    private readonly schemas: SchemasStore,
    private readonly portalId: number,
  ) {}

  resolve(param: string): ObjectType {
    const found = this.find(param);
    if (!found) throw validationError(`Unable to infer object type from: ${param}`);
    return found;
  }

  find(param: string): ObjectType | undefined {
    const key = param.toLowerCase();
    const standard = STANDARD_ALIASES.get(key);
    if (standard) return standard;
    const schema = this.schemas.all().find((s) => !s.archived && this.names(s).includes(key));
    return schema ? this.customType(schema) : undefined;
  }

  all(): ObjectType[] {
    return [
      ...STANDARD_TYPES,
      ...this.schemas
        .all()
        .filter((s) => !s.archived)
        .map((s) => this.customType(s)),
    ];
  }

  customType(schema: StoredSchema): ObjectType {
    return {
      objectTypeId: schema.objectTypeId,
      name: schema.name,
      associationKey: schema.fullyQualifiedName,
      errorName: schema.fullyQualifiedName,
      custom: true,
      createdProperty: 'hs_createdate',
      modifiedProperty: 'hs_lastmodifieddate',
      defaultProperties: [
        'hs_createdate',
        'hs_lastmodifieddate',
        'hs_object_id',
        schema.primaryDisplayProperty,
      ],
      searchableProperties:
        schema.searchableProperties.length > 0
          ? schema.searchableProperties
          : [schema.primaryDisplayProperty],
    };
  }

  private names(s: StoredSchema): string[] {
    return [
      s.objectTypeId,
      s.name,
      `p_${s.name}`,
      `p${this.portalId}_${s.name}`,
      `p_${this.portalId}_${s.name}`,
    ].map((n) => n.toLowerCase());
  }
}

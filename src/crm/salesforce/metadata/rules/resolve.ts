import type { ObjectDef, SalesforceMetadata } from '../model.js';

/** Standard fields (no `__c`) are the platform's; custom ones must be defined in the source. */
export const isCustomName = (name: string): boolean => name.endsWith('__c');

/** Why `object.field` does not resolve, or undefined when it does. */
export function missingField(meta: SalesforceMetadata, object: string, field: string): string | undefined {
  const obj = meta.objects.get(object);
  if (isCustomName(object) && !obj) return `object ${object} does not exist`;
  if (!isCustomName(field)) return undefined;
  if (!obj?.fields.has(field)) return `field ${object}.${field} does not exist`;
  return undefined;
}

/** The child object behind a child relationship such as `KAM_Actions__r` on `parent`. */
export function childObject(
  meta: SalesforceMetadata,
  parent: string,
  relationship: string,
): ObjectDef | undefined {
  for (const obj of meta.objects.values()) {
    for (const f of obj.fields.values()) {
      if (f.referenceTo === parent && `${f.relationshipName}__r` === relationship) return obj;
    }
  }
  return undefined;
}

/** Object of a report-type table path like `Account` or `Account.KAM_Actions__r`. */
export function tableObject(meta: SalesforceMetadata, table: string): string | undefined {
  const [base, ...rels] = table.split('.');
  let current: string | undefined = base;
  for (const rel of rels) current = current ? childObject(meta, current, rel)?.name : undefined;
  return current;
}

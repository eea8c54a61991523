import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSalesforceMetadata, formatProblems } from '../../../crm/salesforce/metadata/index.js';
import type { SalesforceMetadata } from '../../../crm/salesforce/metadata/index.js';
import { parseFormula } from '../formula.js';
import { customKeyPrefix } from '../ids.js';
import { customObjectParts, metadataField, standardObjectRules } from './metadata-objects.js';
import { STANDARD_OBJECTS } from './standard-objects.js';
import type { ChildRelationship, SfField, SfObject, ValidationRule } from './types.js';

/** Every object the sandbox knows, looked up case-insensitively by name or key prefix. */
export class Schema {
  private readonly byName = new Map<string, SfObject>();
  private readonly byPrefix = new Map<string, SfObject>();

  constructor(
    readonly objects: readonly SfObject[],
    readonly metadata: SalesforceMetadata,
  ) {
    for (const o of objects) {
      this.byName.set(o.name.toLowerCase(), o);
      this.byPrefix.set(o.keyPrefix, o);
    }
  }

  object(name: string): SfObject | undefined {
    return this.byName.get(name.toLowerCase());
  }

  objectOfId(id: string): SfObject | undefined {
    return this.byPrefix.get(id.slice(0, 3));
  }
}

const cache = new Map<string, Schema>();

/** A relative source directory is looked up from the working directory, then from this package's root. */
export function resolveMetadataDir(dir: string): string {
  if (isAbsolute(dir) || existsSync(dir)) return resolve(dir);
  for (let at = dirname(fileURLToPath(import.meta.url)); at !== dirname(at); at = dirname(at)) {
    if (existsSync(join(at, dir))) return join(at, dir);
  }
  return resolve(dir);
}

/** Builds (once per source directory) the schema from the built-in standard objects and the SFDX source. */
export function loadSchema(metadataDir: string): Schema {
  const root = resolveMetadataDir(metadataDir);
  const cached = cache.get(root);
  if (cached) return cached;
  const loaded = loadSalesforceMetadata(root);
  if (!loaded.ok)
    throw new Error(`Salesforce metadata in ${root} is invalid:\n${formatProblems(loaded.problems)}`);
  const metadata = loaded.metadata;

  const parts: ObjectPart[] = [];
  for (const std of STANDARD_OBJECTS) {
    const kam = [...(metadata.objects.get(std.name)?.fields.values() ?? [])].map((f) =>
      metadataField(root, f),
    );
    parts.push({
      name: std.name,
      label: std.label,
      labelPlural: std.labelPlural,
      keyPrefix: std.keyPrefix,
      custom: false,
      writable: !std.readOnly,
      fields: [...std.fields, ...kam],
      rules: metadata.objects.has(std.name) ? standardObjectRules(root, std.name) : [],
    });
  }
  const customs = [...metadata.objects.values()]
    .filter((o) => o.custom)
    .sort((a, b) => a.name.localeCompare(b.name));
  customs.forEach((def, index) => {
    const p = customObjectParts(root, def);
    parts.push({
      name: def.name,
      label: p.label,
      labelPlural: p.labelPlural,
      keyPrefix: customKeyPrefix(index),
      custom: true,
      writable: true,
      fields: p.fields,
      rules: p.validationRules,
    });
  });

  const children = new Map<string, ChildRelationship[]>();
  for (const std of STANDARD_OBJECTS) children.set(std.name, [...std.children]);
  for (const p of parts) {
    for (const f of p.fields) {
      if (!f.custom || !f.referenceTo[0]) continue;
      const def = metadata.objects.get(p.name)?.fields.get(f.name);
      if (!def?.relationshipName) continue;
      const list =
        children.get(f.referenceTo[0]) ?? children.set(f.referenceTo[0], []).get(f.referenceTo[0])!;
      list.push({
        childSObject: p.name,
        field: f.name,
        relationshipName: `${def.relationshipName}__r`,
        cascadeDelete: f.cascadeDelete,
      });
    }
  }

  // formulas outside the sandbox's subset fail at start, not on a write
  for (const p of parts) {
    for (const r of p.rules) checkFormula(r.formula, `${p.name} validation rule ${r.name}`);
    for (const f of p.fields) if (f.formula) checkFormula(f.formula, `${p.name}.${f.name}`);
  }
  const objects = parts.map((p) => makeObject(p, children.get(p.name) ?? []));
  const schema = new Schema(objects, metadata);
  cache.set(root, schema);
  return schema;
}

function checkFormula(text: string, where: string): void {
  try {
    parseFormula(text);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/** An object as read from the standard definitions or the metadata, before relationships are joined. */
interface ObjectPart {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  custom: boolean;
  writable: boolean;
  fields: SfField[];
  rules: readonly ValidationRule[];
}

function makeObject(p: ObjectPart, childRelationships: readonly ChildRelationship[]): SfObject {
  const fields = new Map(p.fields.map((f) => [f.name.toLowerCase(), f]));
  const parents = new Map(
    p.fields.filter((f) => f.relationshipName).map((f) => [f.relationshipName!.toLowerCase(), f]),
  );
  const kids = new Map(childRelationships.map((c) => [c.relationshipName.toLowerCase(), c]));
  return {
    name: p.name,
    label: p.label,
    labelPlural: p.labelPlural,
    keyPrefix: p.keyPrefix,
    custom: p.custom,
    writable: p.writable,
    table: `sf_obj_${p.name.toLowerCase()}`,
    fields: p.fields,
    childRelationships,
    validationRules: p.rules,
    field: (name) => fields.get(name.toLowerCase()),
    parentRelationship: (name) => parents.get(name.toLowerCase()),
    childRelationship: (name) => kids.get(name.toLowerCase()),
  };
}

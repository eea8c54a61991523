import { dirname, join } from 'node:path';
import type { MetadataIssue } from './issues.js';
import type { HubSpotMetadata } from './metadata.js';
import type { HsCustomEntry, HsStandardEntry } from './names.js';
import { HS, HS_CUSTOM_ENTRIES, HS_OPTIONS, HS_OUTPUTS, HS_STANDARD_ENTRIES } from './names.js';

/** What the name check needs to know of a property, whichever file it comes from. */
interface PropertySummary {
  readonly name: string;
  readonly type: string;
  readonly options?: readonly { readonly value: string }[] | undefined;
  readonly referencedObjectType?: string | undefined;
  readonly output?: boolean | undefined;
}

/** `HS.company` etc. as [accessor key, property name] pairs; nested groups (ratings) flattened. */
export function namedProperties(entry: HsStandardEntry | HsCustomEntry): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: object, prefix: string) => {
    for (const [key, name] of Object.entries(value)) {
      if (key === 'objectType' || key === 'object') continue;
      if (typeof name === 'string') out.push([prefix + key, name]);
      else walk(name as object, `${prefix}${key}.`);
    }
  };
  walk(HS[entry], '');
  return out;
}

function checkEntry(
  entry: HsStandardEntry | HsCustomEntry,
  file: string,
  properties: readonly PropertySummary[],
): MetadataIssue[] {
  const issues: MetadataIssue[] = [];
  const index = new Map(properties.map((p, i) => [p.name, i]));
  const named = namedProperties(entry);
  const namedSet = new Set(named.map(([, name]) => name));
  for (const [key, name] of named) {
    if (!index.has(name)) {
      issues.push({
        file,
        path: 'properties',
        message: `HS.${entry}.${key} is "${name}", which this file does not define`,
      });
    }
  }
  const options: Partial<Record<string, readonly string[]>> = HS_OPTIONS[entry];
  const bound = new Map(
    Object.entries(options).map(([key, values]) => [(HS[entry] as Record<string, unknown>)[key], values]),
  );
  properties.forEach((p, i) => {
    if (!namedSet.has(p.name)) {
      issues.push({
        file,
        path: `properties[${i}].name`,
        message: `"${p.name}" is not named in HS.${entry} (names.ts)`,
      });
    }
    const isListed = (p.type === 'enumeration' || p.type === 'bool') && p.referencedObjectType === undefined;
    const expected = bound.get(p.name);
    const actual = (p.options ?? []).map((o) => o.value);
    if (isListed && !expected) {
      issues.push({
        file,
        path: `properties[${i}].options`,
        message: `"${p.name}" has no core values in HS_OPTIONS.${entry}`,
      });
    } else if (expected && actual.join('|') !== expected.join('|')) {
      issues.push({
        file,
        path: `properties[${i}].options`,
        message: `option values [${actual.join(', ')}] differ from the core values [${expected.join(', ')}]`,
      });
    }
  });
  const outputs: readonly string[] = entry in HS_OUTPUTS ? HS_OUTPUTS[entry as keyof typeof HS_OUTPUTS] : [];
  properties.forEach((p, i) => {
    if ((p.output === true) !== outputs.includes(p.name)) {
      issues.push({
        file,
        path: `properties[${i}].output`,
        message: `"${p.name}" is ${p.output === true ? '' : 'not '}marked output, but HS_OUTPUTS says otherwise`,
      });
    }
  });
  return issues;
}

/**
 * Proves the names the adapter uses and the metadata files agree: every name in `HS` is defined,
 * every defined property is named, option values equal the core enums, outputs match.
 */
export function checkNames(metadata: HubSpotMetadata): MetadataIssue[] {
  const dir = dirname(metadata.groups.file);
  const issues: MetadataIssue[] = [];
  for (const entry of HS_STANDARD_ENTRIES) {
    const objectType = HS[entry].objectType;
    const located = metadata.properties.find((p) => p.data.objectType === objectType);
    if (!located) {
      issues.push({
        file: join(dir, 'properties', `${objectType}.json`),
        path: '',
        message: 'file is missing',
      });
      continue;
    }
    issues.push(...checkEntry(entry, located.file, located.data.properties));
    const groups = metadata.groups.data.groups.filter((g) => g.objectType === objectType).map((g) => g.name);
    if (!groups.includes(HS.group)) {
      issues.push({
        file: metadata.groups.file,
        path: 'groups',
        message: `no group "${HS.group}" on ${objectType}`,
      });
    }
  }
  for (const entry of HS_CUSTOM_ENTRIES) {
    const object = HS[entry].object;
    const located = metadata.schemas.find((s) => s.data.name === object);
    if (!located) {
      issues.push({
        file: join(dir, 'schemas', `${object}.json`),
        path: '',
        message: `HS.${entry}.object: file is missing`,
      });
      continue;
    }
    issues.push(...checkEntry(entry, located.file, located.data.properties));
  }
  const known = new Set<string>(HS_CUSTOM_ENTRIES.map((e) => HS[e].object));
  for (const s of metadata.schemas) {
    if (!known.has(s.data.name)) {
      issues.push({
        file: s.file,
        path: 'name',
        message: `custom object "${s.data.name}" is not named in HS (names.ts)`,
      });
    }
  }
  return issues;
}

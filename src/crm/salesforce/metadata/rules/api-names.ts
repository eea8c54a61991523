import type { SalesforceMetadata } from '../model.js';
import { problem, type Problem } from '../problems.js';

/** Letters, digits and single underscores, starting with a letter, not ending with `_`, ≤ 40 characters. */
const STEM = /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/;

export function apiNameError(name: string): string | undefined {
  if (!name.endsWith('__c')) return `${name} must end with __c`;
  const stem = name.slice(0, -3);
  if (stem.length > 40) return `${name} is longer than 40 characters before __c`;
  if (!STEM.test(stem) || stem.endsWith('_')) {
    return `${name} must start with a letter and use only letters, digits and single underscores`;
  }
  return undefined;
}

/** Custom object and field API names follow Salesforce's naming rules. */
export function checkApiNames(meta: SalesforceMetadata): Problem[] {
  const out: Problem[] = [];
  for (const obj of meta.objects.values()) {
    if (obj.custom) {
      const err = apiNameError(obj.name);
      if (err) out.push(problem(`objects/${obj.name}`, err));
    }
    for (const f of obj.fields.values()) {
      const err = apiNameError(f.name);
      if (err) out.push(problem(f.file, err));
      if (f.file.slice(f.file.lastIndexOf('/') + 1) !== `${f.name}.field-meta.xml`) {
        out.push(problem(f.file, `file name does not match fullName ${f.name}`));
      }
    }
  }
  return out;
}

import type { SalesforceMetadata } from './model.js';
import { problem, type Problem } from './problems.js';
import { childObject, isCustomName } from './rules/resolve.js';

type NameTree = { readonly object: string } & { readonly [key: string]: unknown };

/** Every custom field and child relationship named in `names` exists in the metadata. */
export function checkNames(meta: SalesforceMetadata, names: Readonly<Record<string, NameTree>>): Problem[] {
  const out: Problem[] = [];
  for (const [group, tree] of Object.entries(names)) {
    const object = meta.objects.get(tree.object);
    const where = `SF.${group}`;
    if (!object) {
      out.push(problem(where, `object ${tree.object} is not in the metadata`));
      continue;
    }
    const visit = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        if (value.endsWith('__r') && childObject(meta, 'Account', value)?.name !== tree.object) {
          out.push(problem(path, `${value} is not the Account relationship of ${tree.object}`));
        } else if (isCustomName(value) && value !== tree.object && !object.fields.has(value)) {
          out.push(problem(path, `${tree.object}.${value} is not in the metadata`));
        }
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
      }
    };
    for (const [key, value] of Object.entries(tree)) if (key !== 'object') visit(value, `${where}.${key}`);
  }
  return out;
}

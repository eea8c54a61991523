import type { PicklistBinding } from '../names.js';
import type { SalesforceMetadata } from '../model.js';
import { problem, type Problem } from '../problems.js';

const PICKLIST_TYPES = new Set(['Picklist', 'MultiselectPicklist']);

/** Picklist values are unique per field and equal, in order, to the core enum the field stores. */
export function checkPicklists(meta: SalesforceMetadata, bindings: readonly PicklistBinding[]): Problem[] {
  const out: Problem[] = [];
  const bound = new Map(bindings.map((b) => [`${b.object}.${b.field}`, b]));
  for (const obj of meta.objects.values()) {
    for (const f of obj.fields.values()) {
      if (!PICKLIST_TYPES.has(f.type)) continue;
      const seen = new Set<string>();
      for (const v of f.picklistValues) {
        if (seen.has(v)) out.push(problem(f.file, `picklist value "${v}" appears twice`));
        seen.add(v);
      }
      const binding = bound.get(`${obj.name}.${f.name}`);
      if (!binding) {
        out.push(problem(f.file, `picklist ${obj.name}.${f.name} is not bound to a core enum`));
      } else if (f.picklistValues.join('|') !== binding.values.join('|')) {
        out.push(
          problem(
            f.file,
            `picklist values [${f.picklistValues.join(', ')}] differ from the core enum [${binding.values.join(', ')}]`,
          ),
        );
      }
    }
  }
  for (const b of bindings) {
    const f = meta.objects.get(b.object)?.fields.get(b.field);
    if (!f || !PICKLIST_TYPES.has(f.type)) {
      out.push(
        problem(`objects/${b.object}`, `${b.object}.${b.field} should be a picklist bound to a core enum`),
      );
    }
  }
  return out;
}

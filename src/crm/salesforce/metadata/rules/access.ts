import type { SalesforceMetadata } from '../model.js';
import { problem, type Problem } from '../problems.js';
import { missingField } from './resolve.js';

export interface AccessPolicy {
  /** Fields only the integration writes. */
  readonly outputFields: readonly string[];
  /** Qualified `Object.Field` names are built with this object. */
  readonly outputObject: string;
  /** The permission set of the service's integration user. */
  readonly integrationPermissionSet: string;
}

/**
 * Permission sets reference existing fields and objects, never required or master-detail fields
 * (the deploy rejects those), and only the integration user may edit score outputs — and nothing else.
 */
export function checkPermissionSets(meta: SalesforceMetadata, policy: AccessPolicy): Problem[] {
  const out: Problem[] = [];
  const outputs = new Set(policy.outputFields.map((f) => `${policy.outputObject}.${f}`));
  for (const ps of meta.permissionSets) {
    const isIntegration = ps.name === policy.integrationPermissionSet;
    for (const fp of ps.fields) {
      const [object = '', field = ''] = fp.field.split('.');
      const missing = missingField(meta, object, field);
      if (missing) {
        out.push(problem(ps.file, `${missing} (fieldPermissions ${fp.field})`));
        continue;
      }
      const def = meta.objects.get(object)?.fields.get(field);
      if (def && (def.required || def.type === 'MasterDetail')) {
        out.push(
          problem(ps.file, `${fp.field} is required or master-detail; it cannot be in a permission set`),
        );
      }
      if (fp.editable && !fp.readable) out.push(problem(ps.file, `${fp.field} is editable but not readable`));
      if (fp.editable && outputs.has(fp.field) && !isIntegration) {
        out.push(
          problem(
            ps.file,
            `${fp.field} is a score output; only ${policy.integrationPermissionSet} may edit it`,
          ),
        );
      }
      if (fp.editable && !outputs.has(fp.field) && isIntegration) {
        out.push(problem(ps.file, `the integration user may edit score outputs only, not ${fp.field}`));
      }
    }
    for (const op of ps.objects) {
      if (op.object.endsWith('__c') && !meta.objects.has(op.object)) {
        out.push(problem(ps.file, `object ${op.object} does not exist (objectPermissions)`));
      }
    }
  }
  return out;
}

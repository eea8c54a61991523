import { z } from 'zod';
import type { ProvisionReport } from '../../port.js';
import type { FieldDef, ObjectDef, SalesforceMetadata } from '../metadata/index.js';
import { loadSalesforceMetadata, SALESFORCE_SOURCE_DIR } from '../metadata/index.js';
import type { SalesforceApi } from './api.js';

const Describe = z.object({
  name: z.string(),
  fields: z.array(
    z.object({
      name: z.string(),
      picklistValues: z.array(z.object({ value: z.string(), active: z.boolean().optional() })).nullish(),
    }),
  ),
});
type Describe = z.infer<typeof Describe>;

/** The metadata of `metadata/salesforce` (or `root`), or an error naming every problem in the files. */
export function expectedMetadata(root = SALESFORCE_SOURCE_DIR): SalesforceMetadata {
  const loaded = loadSalesforceMetadata(root);
  if (!loaded.ok)
    throw new Error(
      `the KAM metadata in ${root} is invalid:\n${loaded.problems.map((p) => JSON.stringify(p)).join('\n')}`,
    );
  return loaded.metadata;
}

const fieldWords = (f: FieldDef) => `field ${f.name} ("${f.label}", ${f.type})`;

/** What one deployed object lacks compared with the metadata, one sentence per gap. */
export function compareObject(expected: ObjectDef, actual: Describe): string[] {
  const missing: string[] = [];
  const fields = new Map(actual.fields.map((f) => [f.name, f]));
  for (const field of expected.fields.values()) {
    const found = fields.get(field.name);
    if (!found) {
      missing.push(
        `${expected.name}: ${fieldWords(field)} is missing — deploy the project (sf project deploy start), and check that the KAM ` +
          'permission sets give the integration user access to it',
      );
      continue;
    }
    const values = new Set(
      (found.picklistValues ?? []).filter((v) => v.active !== false).map((v) => v.value),
    );
    const absent = field.picklistValues.filter((v) => !values.has(v));
    if (absent.length > 0)
      missing.push(
        `${expected.name}: picklist ${field.name} lacks the value(s) ${absent.join(', ')} — deploy the project again (sf project deploy start)`,
      );
  }
  return missing;
}

/**
 * Checks that the KAM metadata is deployed: describes Account, Contact, Opportunity and the KAM
 * objects (one call each) and compares them with `metadata/salesforce`. Creates nothing: Salesforce
 * metadata is deployed by an admin (`sf project deploy start`); `missing` says what to fix.
 */
export async function provision(api: SalesforceApi, metadata: SalesforceMetadata): Promise<ProvisionReport> {
  const unchanged: string[] = [];
  const missing: string[] = [];
  for (const object of metadata.objects.values()) {
    let described: Describe;
    try {
      described = Describe.parse(await api.request('GET', api.path(`sobjects/${object.name}/describe`)));
    } catch (error) {
      const code = (error as { errorCode?: unknown }).errorCode;
      if (code !== 'NOT_FOUND') throw error;
      missing.push(
        `${object.name}: the ${object.custom ? 'custom object' : 'object'} is not deployed or not visible to the ` +
          'integration user — deploy the project (sf project deploy start) and assign the KAM_Integration permission set',
      );
      continue;
    }
    const gaps = compareObject(object, described);
    if (gaps.length === 0) unchanged.push(`${object.name}: ${object.fields.size} KAM fields deployed`);
    missing.push(...gaps);
  }
  return { created: [], unchanged, missing };
}

import type { SalesforceMetadata } from '../model.js';
import { problem, type Problem } from '../problems.js';
import { missingField } from './resolve.js';

/** `AccountChangeEvent` → `Account`, `KAM_Action__ChangeEvent` → `KAM_Action__c`. */
export const changeEventObject = (entity: string): string | undefined =>
  entity.endsWith('__ChangeEvent')
    ? `${entity.slice(0, -'__ChangeEvent'.length)}__c`
    : entity.endsWith('ChangeEvent')
      ? entity.slice(0, -'ChangeEvent'.length)
      : undefined;

const RECORD_FIELD = /\{!\$Record\.([A-Za-z0-9_]+)\}/g;

/**
 * Change data capture members, outbound messages and the flows that send them reference existing
 * objects and fields; flows never watch `outputFields`, so the service's own writes cannot re-trigger.
 */
export function checkWiring(
  meta: SalesforceMetadata,
  outputObject: string,
  outputFields: readonly string[],
): Problem[] {
  const out: Problem[] = [];
  for (const m of meta.channelMembers) {
    const object = changeEventObject(m.entity);
    if (!object || !meta.objects.has(object))
      out.push(problem(m.file, `change event ${m.entity} has no object in the source`));
  }
  const messages = new Set(meta.outboundMessages.map((m) => `${m.object}.${m.name}`));
  const sent = new Set<string>();
  for (const m of meta.outboundMessages) {
    if (!m.fields.includes('Id')) out.push(problem(m.file, `outbound message ${m.name} must send Id`));
    for (const f of m.fields) {
      const missing = missingField(meta, m.object, f);
      if (missing) out.push(problem(m.file, `${missing} (outbound message ${m.name})`));
    }
  }
  for (const flow of meta.flows) {
    if (!meta.objects.has(flow.object))
      out.push(problem(flow.file, `trigger object ${flow.object} has no KAM metadata`));
    for (const a of flow.actions.filter((x) => x.type === 'outboundMessage')) {
      if (!messages.has(a.name)) out.push(problem(flow.file, `outbound message ${a.name} does not exist`));
      sent.add(a.name);
    }
    for (const [, field] of (flow.filterFormula ?? '').matchAll(RECORD_FIELD)) {
      const missing = missingField(meta, flow.object, field!);
      if (missing) out.push(problem(flow.file, `${missing} (entry formula)`));
      if (flow.object === outputObject && outputFields.includes(field!)) {
        out.push(
          problem(
            flow.file,
            `entry formula watches score output ${field}; the service's own writes would re-trigger`,
          ),
        );
      }
    }
  }
  for (const m of meta.outboundMessages) {
    if (!sent.has(`${m.object}.${m.name}`))
      out.push(problem(m.file, `outbound message ${m.name} is sent by no flow`));
  }
  return out;
}

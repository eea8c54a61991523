import { makeId } from '../ids.js';
import type { Schema } from '../schema/registry.js';
import type { SfField, SfObject } from '../schema/types.js';

/**
 * An outbound message wired to record changes the way the metadata does it: a record-triggered flow
 * (entry formula with ISNEW/ISCHANGED) whose action sends the workflow's outbound message.
 */
export interface OutboundAction {
  /** `04k…`, the outbound message's id */
  readonly actionId: string;
  readonly name: string;
  readonly object: SfObject;
  /** fields sent in each notification (Id first) */
  readonly fields: readonly SfField[];
  /** the flow's entry condition; undefined = every create and update */
  readonly filterFormula?: string;
  readonly flow: string;
  readonly metadataEndpoint: string;
}

/** The flows of the SFDX source that send outbound messages, with the messages they send. */
export function outboundActions(schema: Schema): OutboundAction[] {
  const out: OutboundAction[] = [];
  for (const flow of schema.metadata.flows) {
    for (const action of flow.actions) {
      if (action.type !== 'outboundMessage') continue;
      const [objectName, messageName] = action.name.split('.') as [string, string | undefined];
      const message = schema.metadata.outboundMessages.find(
        (m) => m.object === objectName && m.name === messageName,
      );
      const object = schema.object(flow.object);
      if (!message || !object) continue;
      const fields = message.fields.map((f) => object.field(f)).filter((f): f is SfField => f !== undefined);
      const id = object.field('Id')!;
      out.push({
        actionId: makeId('04k', out.length + 1),
        name: message.name,
        object,
        fields: [id, ...fields.filter((f) => f !== id)],
        ...(flow.filterFormula ? { filterFormula: flow.filterFormula } : {}),
        flow: flow.name,
        metadataEndpoint: message.endpointUrl,
      });
    }
  }
  return out;
}

import { z } from 'zod';
import { accountSubject, recordSubject } from '../../jobs/subjects.js';
import { hubSpotId } from './hubspot-event-schema.js';
import { describeIssues, parsed, refused } from './problem.js';
import type { Parsed } from './problem.js';
import type { IntakeRequest } from './requests.js';

/**
 * The request HubSpot's workflows send to a custom action's `actionUrl` when a record reaches it.
 * Fields HubSpot adds later pass through.
 */
export const WorkflowActionRequest = z.looseObject({
  /** Completes the execution later, when the answer was BLOCK. */
  callbackId: z.string().min(1),
  origin: z.looseObject({
    portalId: z.number().int().positive(),
    actionDefinitionId: z.number().int().positive(),
    actionDefinitionVersion: z.number().int().optional(),
    actionExecutionIndexIdentifier: z
      .looseObject({ enrollmentId: z.number().int(), actionExecutionIndex: z.number().int() })
      .optional(),
  }),
  context: z.looseObject({ source: z.string().min(1), workflowId: z.number().int() }),
  object: z.looseObject({
    objectId: hubSpotId,
    /** `COMPANY`, `CONTACT`, `DEAL`, or a custom object's type id (`2-…`). */
    objectType: z.string().min(1),
    /** the properties the action definition asked for (`objectRequestOptions`) */
    properties: z.record(z.string(), z.string().nullable()).optional(),
  }),
  inputFields: z.record(z.string(), z.unknown()).default({}),
  /** older name of `inputFields`, still sent */
  fields: z.record(z.string(), z.unknown()).optional(),
});
export type WorkflowActionRequest = z.output<typeof WorkflowActionRequest>;

export function parseWorkflowActionRequest(
  body: unknown,
): Parsed<WorkflowActionRequest, 'invalid-action-request'> {
  const result = WorkflowActionRequest.safeParse(body);
  if (!result.success) return refused('invalid-action-request', describeIssues(result.error));
  return parsed(result.data);
}

const TYPE_OF_NAME: Readonly<Record<string, string>> = {
  company: '0-2',
  companies: '0-2',
  contact: '0-1',
  contacts: '0-1',
  deal: '0-3',
  deals: '0-3',
};

/** The subject of the enrolled record: a company is an account, anything else is traced. */
export function workflowSubject(req: WorkflowActionRequest): string {
  const { objectId, objectType } = req.object;
  const typeId = TYPE_OF_NAME[objectType.toLowerCase()] ?? objectType;
  return typeId === '0-2' ? accountSubject(objectId) : recordSubject(typeId, objectId);
}

/** The work an execution asks for; the job's result completes the execution through its callback. */
export function planWorkflowAction(
  req: WorkflowActionRequest,
  now: number,
): { readonly portalId: string; readonly request: IntakeRequest } {
  return {
    portalId: String(req.origin.portalId),
    request: { subject: workflowSubject(req), requestedAt: now, callbacks: [req.callbackId] },
  };
}

/** Values of output fields as HubSpot takes them. */
export type OutputValue = string | number | boolean;
export type OutputFields = Readonly<Record<string, OutputValue>>;

/** The execution is done: its output fields are the answer. */
export function completedAnswer(outputs: OutputFields): { readonly outputFields: OutputFields } {
  return { outputFields: { ...outputs } };
}

/** HubSpot's expiration durations: ISO 8601 weeks, days, hours, minutes, seconds (`P1D`, `PT30M`, `P1WT1H`). */
const ISO_DURATION = /^P(?=\d|T\d)(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

/**
 * The execution waits (HubSpot's BLOCK) until the completion callback, or until `expiration` has
 * passed; the score is computed by a job and sent back through the callback.
 */
export function blockAnswer(expiration = 'P1D'): {
  readonly outputFields: { readonly hs_execution_state: 'BLOCK'; readonly hs_expiration_duration: string };
} {
  if (!ISO_DURATION.test(expiration)) throw new RangeError(`not an ISO 8601 duration: ${expiration}`);
  return { outputFields: { hs_execution_state: 'BLOCK', hs_expiration_duration: expiration } };
}

/** `SUCCESS` continues the workflow with the outputs; `FAIL_CONTINUE` marks the action failed and continues. */
export type ExecutionState = 'SUCCESS' | 'FAIL_CONTINUE';

export interface CompletionBody {
  readonly outputFields: Readonly<Record<string, OutputValue>> & {
    readonly hs_execution_state: ExecutionState;
  };
}

/** Path (under the API base URL) that completes one blocked execution. */
export const completionPath = (callbackId: string) =>
  `/automation/v4/actions/callbacks/${encodeURIComponent(callbackId)}/complete`;

/** Path that completes up to 100 blocked executions at once. */
export const BATCH_COMPLETION_PATH = '/automation/v4/actions/callbacks/complete';
export const MAX_COMPLETIONS_PER_BATCH = 100;

/** Body of the completion callback of one execution. */
export function completionBody(outputs: OutputFields, state: ExecutionState = 'SUCCESS'): CompletionBody {
  return { outputFields: { ...outputs, hs_execution_state: state } };
}

/** Body completing several executions with the same outputs (they waited for the same job). */
export function batchCompletionBody(
  callbackIds: readonly string[],
  outputs: OutputFields,
  state: ExecutionState = 'SUCCESS',
): { readonly inputs: readonly ({ readonly callbackId: string } & CompletionBody)[] } {
  if (callbackIds.length > MAX_COMPLETIONS_PER_BATCH)
    throw new RangeError(
      `at most ${MAX_COMPLETIONS_PER_BATCH} callbacks per batch, got ${callbackIds.length}`,
    );
  return { inputs: callbackIds.map((callbackId) => ({ callbackId, ...completionBody(outputs, state) })) };
}

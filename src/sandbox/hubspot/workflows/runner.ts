import { z } from 'zod';
import { HubSpotError, notFound, validationError } from '../errors.js';
import { signedPost } from '../outbound/signed-post.js';
import type { HubSpotState } from '../state.js';
import type { DefinitionsStore } from './definitions.js';
import { durationMs } from './duration.js';
import type { Execution, ExecutionsStore } from './executions.js';

/** `POST /__sandbox/hubspot/workflows/run`: what a workflow enrolling a record would do. */
export const RunRequest = z.object({
  actionId: z.union([z.string().min(1), z.number().int().positive()]).transform(String),
  objectId: z.union([z.string().min(1), z.number().int().positive()]).transform(String),
  objectType: z.string().min(1),
  inputFields: z.record(z.string(), z.unknown()).default({}),
  workflowId: z.number().int().positive().default(1),
  /** how long to wait for the app's answer */
  timeoutMs: z.number().int().min(1).max(120_000).default(20_000),
});
export type RunRequest = z.infer<typeof RunRequest>;

const Answer = z.looseObject({
  outputFields: z.record(z.string(), z.unknown()).optional(),
  expirationDuration: z.string().optional(),
});

/** HubSpot blocks an execution for a week unless the app says otherwise. */
const DEFAULT_EXPIRATION = 'P1W';

/** Calls custom actions as HubSpot's workflows do, and completes blocked executions on callback. */
export class ActionRunner {
  constructor(
    private readonly s: HubSpotState,
    private readonly definitions: DefinitionsStore,
    private readonly executions: ExecutionsStore,
  ) {}

  async run(req: RunRequest): Promise<Execution> {
    const definition = this.definitions.byId(req.actionId);
    if (!definition) throw notFound(`Action definition ${req.actionId} not found`);
    const type = this.s.types.find(req.objectType);
    if (!type) throw validationError(`Unknown object type: ${req.objectType}`);
    if (!definition.body.objectTypes.some((t) => this.s.types.find(t)?.objectTypeId === type.objectTypeId))
      throw validationError(`Action ${definition.id} does not support ${type.errorName} records`);
    const record = this.s.objects.get(type.objectTypeId, req.objectId);
    if (!record) throw notFound(`${type.errorName} ${req.objectId} not found`);
    const missing = definition.body.inputFields
      .filter((f) => f.isRequired && req.inputFields[f.typeDefinition.name] === undefined)
      .map((f) => f.typeDefinition.name);
    if (missing.length > 0) throw validationError(`Required input fields missing: ${missing.join(', ')}`);
    const app = this.s.auth.clients().find((c) => c.appId === definition.appId);
    if (!app) throw new HubSpotError(409, 'CONFLICT', `App ${definition.appId} is not configured`);

    const enrollmentId = this.executions.reserve(definition.appId);
    const callbackId = `ap-${this.s.portalId}-${enrollmentId}-${definition.id}-0`;
    const objectType = type.custom ? type.objectTypeId : type.errorName;
    const properties = Object.fromEntries(
      (definition.body.objectRequestOptions?.properties ?? []).map((name) => [
        name,
        record.properties[name] ?? null,
      ]),
    );
    const body = JSON.stringify({
      callbackId,
      origin: {
        portalId: this.s.portalId,
        actionDefinitionId: Number(definition.id),
        actionDefinitionVersion: Number(definition.revisionId),
        actionExecutionIndexIdentifier: { enrollmentId, actionExecutionIndex: 0 },
        extensionDefinitionId: Number(definition.id),
        extensionDefinitionVersionId: Number(definition.revisionId),
      },
      context: { source: 'WORKFLOWS', workflowId: req.workflowId },
      object: { objectId: Number(record.id), objectType, properties },
      fields: req.inputFields,
      inputFields: req.inputFields,
    });
    const started = this.s.now();
    const base: Execution = {
      callbackId,
      appId: definition.appId,
      actionDefinitionId: definition.id,
      actionDefinitionVersion: Number(definition.revisionId),
      object: { objectId: Number(record.id), objectType },
      inputFields: req.inputFields,
      state: 'RUNNING',
      executionState: null,
      outputFields: {},
      statusCode: null,
      error: null,
      startedAt: started.toISOString(),
      durationMs: null,
      expiresAt: null,
      completedAt: null,
    };
    this.executions.save(enrollmentId, base);
    const result = await signedPost({
      url: definition.body.actionUrl,
      body,
      secret: app.clientSecret,
      timestamp: started.getTime(),
      timeoutMs: req.timeoutMs,
      withV2: true,
    });
    const answered = {
      ...base,
      statusCode: result.statusCode,
      error: result.error,
      durationMs: result.durationMs,
    };
    const execution = this.outcome(answered, result.statusCode, result.body);
    this.executions.save(enrollmentId, execution);
    return execution;
  }

  /** Completes a blocked execution with the app's output fields. */
  complete(callbackId: string, outputFields: Record<string, unknown>, appId?: number): void {
    const e = this.executions.get(callbackId);
    if (!e || (appId !== undefined && e.appId !== appId)) throw notFound(`Callback ${callbackId} not found`);
    if (e.state === 'EXPIRED') throw validationError(`Callback ${callbackId} has expired`);
    if (e.state !== 'BLOCKED')
      throw validationError(`Callback ${callbackId} is not waiting for completion (state ${e.state})`);
    const state = outputFields.hs_execution_state === 'FAIL_CONTINUE' ? 'FAILED' : 'COMPLETED';
    const executionState =
      typeof outputFields.hs_execution_state === 'string'
        ? outputFields.hs_execution_state
        : e.executionState;
    this.executions.save(this.enrollmentOf(callbackId), {
      ...e,
      state,
      executionState,
      outputFields,
      completedAt: this.s.now().toISOString(),
    });
  }

  /** Checks that every callback can be completed (a batch is all or nothing). */
  assertCompletable(callbackIds: readonly string[], appId?: number): void {
    for (const id of callbackIds) {
      const e = this.executions.get(id);
      if (!e || (appId !== undefined && e.appId !== appId)) throw notFound(`Callback ${id} not found`);
      if (e.state !== 'BLOCKED')
        throw validationError(`Callback ${id} is not waiting for completion (state ${e.state})`);
    }
  }

  private enrollmentOf(callbackId: string): number {
    return Number(callbackId.split('-')[2]);
  }

  private outcome(e: Execution, statusCode: number | null, body: string | null): Execution {
    if (statusCode === null || statusCode < 200 || statusCode >= 300) return { ...e, state: 'FAILED' };
    const answer = Answer.safeParse(parseJson(body));
    if (!answer.success) return { ...e, state: 'FAILED', error: 'the answer is not a JSON object' };
    const outputFields = answer.data.outputFields ?? {};
    const executionState =
      typeof outputFields.hs_execution_state === 'string' ? outputFields.hs_execution_state : 'SUCCESS';
    if (executionState === 'BLOCK' || executionState === 'ASYNC') {
      const text =
        (typeof outputFields.hs_expiration_duration === 'string'
          ? outputFields.hs_expiration_duration
          : undefined) ??
        answer.data.expirationDuration ??
        DEFAULT_EXPIRATION;
      const ms = durationMs(text);
      if (ms === undefined)
        return { ...e, state: 'FAILED', executionState, error: `bad expiration duration: ${text}` };
      const expiresAt = new Date(Date.parse(e.startedAt) + ms).toISOString();
      return { ...e, state: 'BLOCKED', executionState, outputFields, expiresAt };
    }
    const state = executionState === 'FAIL_CONTINUE' ? 'FAILED' : 'SUCCEEDED';
    return { ...e, state, executionState, outputFields, completedAt: this.s.now().toISOString() };
  }
}

function parseJson(text: string | null): unknown {
  if (text === null || text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

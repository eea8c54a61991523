import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { bearerToken } from '../hooks.js';
import type { HubSpotState } from '../state.js';
import { parseInput } from '../validate.js';
import type { ActionRunner } from './runner.js';

const CallbackParams = z.object({ callbackId: z.string().min(1) });
const OutputFields = z.record(z.string(), z.unknown());
const CompleteBody = z.looseObject({ outputFields: OutputFields });
const BatchBody = z.object({
  inputs: z.array(z.looseObject({ callbackId: z.string().min(1), outputFields: OutputFields })).max(100),
});

/**
 * Completion callbacks of blocked custom action executions
 * (`/automation/v4/actions/callbacks/{callbackId}/complete` and the batch form), bearer token.
 * An OAuth token may complete only its own app's callbacks.
 */
export function registerCallbackRoutes(
  app: FastifyInstance,
  state: HubSpotState,
  runner: ActionRunner,
): void {
  const appOfToken = (request: FastifyRequest): number | undefined => {
    const token = bearerToken(request);
    const issued = token ? state.auth.token(token, 'access') : undefined;
    return issued ? state.auth.client(issued.clientId)?.appId : undefined;
  };

  app.post('/automation/v4/actions/callbacks/:callbackId/complete', async (request, reply) => {
    const { callbackId } = parseInput(CallbackParams, request.params, 'path');
    const { outputFields } = parseInput(CompleteBody, request.body, 'body');
    runner.complete(callbackId, outputFields, appOfToken(request));
    return reply.code(204).send();
  });

  app.post('/automation/v4/actions/callbacks/complete', async (request, reply) => {
    const { inputs } = parseInput(BatchBody, request.body, 'body');
    const appId = appOfToken(request);
    runner.assertCompletable(
      inputs.map((i) => i.callbackId),
      appId,
    );
    for (const input of inputs) runner.complete(input.callbackId, input.outputFields, appId);
    return reply.code(204).send();
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../errors.js';
import type { HubSpotState } from '../state.js';
import { DEAL_STAGE_PROBABILITY } from '../standard-properties.js';
import { parseInput } from '../validate.js';

const TypeParams = z.object({ objectType: z.string().min(1) });
const PipelineParams = TypeParams.extend({ pipelineId: z.string().min(1) });
const EPOCH = '2020-01-01T00:00:00Z';
const CLOSED = new Set(['closedwon', 'closedlost']);

/**
 * Pipelines v3 (read): the deal pipeline the portal has. Its stages are the `dealstage` options,
 * so labels a portal gives its stages (the demo's German ones) show here too.
 */
export function registerPipelineRoutes(app: FastifyInstance, state: HubSpotState): void {
  const pipelines = (objectType: string) => {
    if (state.types.resolve(objectType).objectTypeId !== '0-3')
      throw notFound(`Object type ${objectType} has no pipelines in the sandbox`);
    const stageProperty = state.properties.get('0-3', 'dealstage');
    const stages = (stageProperty?.options ?? []).map((o) => ({
      id: o.value,
      label: o.label,
      displayOrder: o.displayOrder,
      metadata: {
        isClosed: String(CLOSED.has(o.value)),
        probability: DEAL_STAGE_PROBABILITY[o.value] ?? '0',
      },
      writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
      createdAt: EPOCH,
      updatedAt: stageProperty?.updatedAt ?? EPOCH,
      archived: false,
    }));
    return [
      {
        id: 'default',
        label: 'Sales Pipeline',
        displayOrder: 0,
        stages,
        createdAt: EPOCH,
        updatedAt: EPOCH,
        archived: false,
      },
    ];
  };

  app.get('/crm/v3/pipelines/:objectType', async (request) => ({
    results: pipelines(parseInput(TypeParams, request.params, 'path').objectType),
  }));

  app.get('/crm/v3/pipelines/:objectType/:pipelineId', async (request) => {
    const { objectType, pipelineId } = parseInput(PipelineParams, request.params, 'path');
    const found = pipelines(objectType).find((p) => p.id === pipelineId);
    if (!found) throw notFound(`Pipeline ${pipelineId} does not exist`);
    return found;
  });
}

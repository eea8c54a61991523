import { HubSpotAdapter } from '../crm/hubspot/adapter/index.js';
import type { TenantPorts } from './tenants/tenant-ports.js';
import type { CallbackResult } from './worker/job-handler.js';

/** The workflow action's output fields for a result (`hs_execution_state` says success or not). */
export function workflowOutputs(result: CallbackResult): Record<string, string> {
  if (result.kind === 'failed')
    return { hs_execution_state: 'FAIL_CONTINUE', kam_error: result.reason.slice(0, 500) };
  const r = result.result;
  return {
    hs_execution_state: 'SUCCESS',
    kam_score: String(r.score),
    kam_tier: r.tier,
    kam_quadrant: r.quadrant,
  };
}

/** Completes blocked HubSpot workflow executions once their account is scored. */
export async function completeWorkflowCallbacks(
  ports: TenantPorts,
  tenantId: string,
  callbackIds: readonly string[],
  result: CallbackResult,
): Promise<void> {
  const { port } = await ports.get(tenantId);
  if (!(port instanceof HubSpotAdapter)) return;
  await port.completeWorkflowCallbacks(callbackIds, workflowOutputs(result));
}

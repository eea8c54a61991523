import type { FastifyInstance } from 'fastify';
import { parseSubject } from '../../jobs/subjects.js';
import type { ServiceContext } from '../context.js';
import { workflowOutputs } from '../hubspot-callbacks.js';
import { HttpError } from '../http/errors.js';
import { jsonBody } from '../http/raw-body.js';
import {
  blockAnswer,
  parseWorkflowActionRequest,
  planWorkflowAction,
  verifyHubSpotRequest,
} from '../intake/index.js';
import type { CallbackResult } from '../worker/job-handler.js';
import { refuseUnsigned, signedRequestOf } from './hubspot-signature.js';
import { tenantRequest } from './intake-common.js';

/** How long the action may take to answer with the score itself before it answers BLOCK. */
const QUICK_ANSWER_MS = 3_000;
/** A blocked execution waits this long for its callback. */
const BLOCK_FOR = 'P1D';

const timeout = (ms: number) =>
  new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/**
 * `POST /hubspot/actions/recompute`: HubSpot's custom workflow action "recompute KAM score" on a
 * company. Answers with the new score and tier when it is ready within a few seconds; otherwise
 * queues the work with the execution's callback and answers BLOCK — the worker completes it.
 */
export function registerWorkflowAction(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/hubspot/actions/recompute', async (request) => {
    refuseUnsigned(verifyHubSpotRequest(signedRequestOf(request, ctx), { acceptV2: true }), ctx, 'workflow');
    const parsed = parseWorkflowActionRequest(jsonBody(request));
    if (!parsed.ok) {
      ctx.metrics.eventsRejected.inc({ source: 'workflow', reason: 'malformed' });
      throw new HttpError(400, 'service.error.badBody', { problem: parsed.problem.message }, 'BAD_BODY');
    }
    const plan = planWorkflowAction(parsed.value, ctx.now());
    const tenant = await ctx.store.tenantByExternalId('hubspot', plan.portalId);
    if (!tenant) {
      ctx.metrics.eventsRejected.inc({ source: 'workflow', reason: 'unknown-portal' });
      throw new HttpError(
        403,
        'service.error.unknownTenant',
        { crm: 'HubSpot', id: plan.portalId },
        'UNKNOWN_TENANT',
      );
    }
    ctx.metrics.eventsReceived.inc({ source: 'workflow' });
    const job = tenantRequest(tenant.id, plan.request);
    const quick = quickScore(ctx, tenant.id, job.subject).catch(() => 'timeout' as const);
    const answer = await Promise.race([quick, timeout(QUICK_ANSWER_MS)]);
    if (answer !== 'timeout') return { outputFields: workflowOutputs(answer) };
    await ctx.queue.enqueue([job]);
    return blockAnswer(BLOCK_FOR);
  });
}

/**
 * The enrolled record's key account scored now (the worker's batching applies), or why there is
 * none: a company is scored itself (its load says if it is no key account); another record is
 * traced to its account first.
 */
async function quickScore(ctx: ServiceContext, tenantId: string, subject: string): Promise<CallbackResult> {
  const s = parseSubject(subject);
  if (!s) throw new Error(`unexpected subject ${subject}`);
  let accountId: string | undefined;
  if (s.kind === 'account') accountId = s.accountId;
  else {
    const { port } = await ctx.ports.get(tenantId);
    const [accounts] = await port.accountsOf([{ type: s.type, id: s.id }]);
    accountId = accounts?.[0];
    if (accountId === undefined) return { kind: 'failed', reason: `${s.id} belongs to no key account` };
  }
  const outcome = await ctx.scorer.score(tenantId, accountId);
  return outcome.kind === 'scored'
    ? { kind: 'scored', result: outcome.result }
    : { kind: 'failed', reason: outcome.reason };
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DEFAULT_MODEL, modelWarnings, ScoringModel } from '../../core/scoring/index.js';
import type { Tenant } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { jsonBody } from '../http/raw-body.js';
import { assertReaches, cardAccess, signedCardTenant } from './card-auth.js';

const AccountParams = z.object({ accountId: z.string().regex(/^[\w-]{1,64}$/, 'must be a CRM record id') });

/** `PUT /api/settings/model`: a model of the tenant's own, or back to the default. */
const ModelChoice = z.union([
  z.object({ useDefault: z.literal(true) }).strict(),
  z.object({ model: z.unknown() }).strict(),
]);

function badBody(problem: string): HttpError {
  return new HttpError(400, 'service.error.badBody', { problem }, 'BAD_REQUEST');
}

/** The first problem of a failed parse as `where.path: message`. */
function problemOf(error: z.ZodError, where: string): string {
  const issue = error.issues[0];
  const path = issue?.path.length ? `${where}.${issue.path.join('.')}` : where;
  return `${path}: ${issue?.message ?? 'invalid'}`;
}

async function modelAnswer(ctx: ServiceContext, tenant: Tenant) {
  const own = await ctx.store.scoringModel(tenant.id);
  const model = own ?? DEFAULT_MODEL;
  return { model, isDefault: own === undefined, warnings: modelWarnings(model) };
}

/**
 * What cards ask besides reading and editing records: score an account now (the score card's
 * "recompute" button), and the installation's scoring model (the app's settings page). The model
 * is an admin's choice: only HubSpot's signature reaches it, never a workspace link.
 */
export function registerCardActions(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/api/accounts/:accountId/recompute', async (request) => {
    const access = await cardAccess(request, ctx);
    const parsed = AccountParams.safeParse(request.params);
    if (!parsed.success) throw badBody(problemOf(parsed.error, 'path'));
    const { accountId } = parsed.data;
    assertReaches(access, accountId);
    const outcome = await ctx.scorer.score(access.tenant.id, accountId);
    if (outcome.kind === 'skipped')
      throw new HttpError(404, 'service.job.notKeyAccount', { id: accountId }, 'NOT_KEY_ACCOUNT');
    if (outcome.kind === 'failed')
      throw new HttpError(502, 'service.error.scoreFailed', { reason: outcome.reason }, 'SCORE_FAILED');
    ctx.portfolio.invalidate(access.tenant.id);
    return { score: outcome.result, written: outcome.written };
  });

  app.get('/api/settings/model', async (request) => modelAnswer(ctx, await signedCardTenant(request, ctx)));

  app.put('/api/settings/model', async (request) => {
    const tenant = await signedCardTenant(request, ctx);
    const choice = ModelChoice.safeParse(jsonBody(request));
    if (!choice.success) throw badBody(problemOf(choice.error, 'body'));
    if ('useDefault' in choice.data) await ctx.store.clearScoringModel(tenant.id);
    else {
      const model = ScoringModel.safeParse(choice.data.model);
      if (!model.success) throw badBody(problemOf(model.error, 'model'));
      await ctx.store.saveScoringModel(tenant.id, model.data);
    }
    ctx.portfolio.invalidate(tenant.id);
    return modelAnswer(ctx, tenant);
  });
}

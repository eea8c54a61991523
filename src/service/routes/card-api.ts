import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { analyseAccount } from '../../core/account-view.js';
import {
  AccountPlan,
  Action,
  Contact,
  Potential,
  Relationship,
  ValueChainNote,
} from '../../core/model/index.js';
import { DEFAULT_MODEL } from '../../core/scoring/index.js';
import type { AccountSnapshot } from '../../core/model/index.js';
import type { CrmPort, KamRecordKind } from '../../crm/port.js';
import { accountSubject } from '../../jobs/subjects.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { jsonBody } from '../http/raw-body.js';
import { tenantInfo } from '../workspace/portfolio.js';
import { assertReaches, cardAccess } from './card-auth.js';

const RECORD_SCHEMAS = {
  relationship: Relationship,
  valueChainNote: ValueChainNote,
  potential: Potential,
  action: Action,
  plan: AccountPlan,
  contact: Contact,
} as const satisfies Record<KamRecordKind, z.ZodType>;

const Kind = z.enum(Object.keys(RECORD_SCHEMAS) as [KamRecordKind, ...KamRecordKind[]]);
const DeletableKind = z.enum(['relationship', 'valueChainNote', 'potential', 'action']);
const AccountParams = z.object({ accountId: z.string().regex(/^[\w-]{1,64}$/, 'must be a CRM record id') });
const RecordParams = AccountParams.extend({ kind: Kind });
const DeleteParams = AccountParams.extend({ kind: DeletableKind, id: z.string().regex(/^[\w-]{1,64}$/) });
const HistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue?.path.length ? `${where}.${issue.path.join('.')}` : where;
    throw new HttpError(
      400,
      'service.error.badBody',
      { problem: `${path}: ${issue?.message ?? 'invalid'}` },
      'BAD_REQUEST',
    );
  }
  return r.data;
}

/** An id the CRM gave (HubSpot: digits; Salesforce: 15/18 letters and digits), not a new record's. */
const isCrmId = (id: string) => /^\d+$/.test(id) || /^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/.test(id);

const RECORDS_OF: Record<
  Exclude<KamRecordKind, 'plan'>,
  (s: AccountSnapshot) => readonly { id: string }[]
> = {
  relationship: (s) => s.relationships,
  valueChainNote: (s) => s.valueChain,
  potential: (s) => s.potentials,
  action: (s) => s.actions,
  contact: (s) => s.contacts,
};

/**
 * A record named by a CRM id must be one of this account's: a request for one account can never
 * change or delete another account's records. New records (other ids) are created for the account.
 */
async function assertOwned(port: CrmPort, accountId: string, kind: KamRecordKind, id: string): Promise<void> {
  // a new record (also a new contact) is created for the account
  if (kind === 'plan' || !isCrmId(id)) return;
  const batch = await port.loadSnapshots([accountId]);
  const snapshot = batch.snapshots[0];
  if (!snapshot || !RECORDS_OF[kind](snapshot).some((r) => r.id === id))
    throw new HttpError(
      404,
      'service.error.notFound',
      { what: `${kind} ${id} (account ${accountId})` },
      'NOT_FOUND',
    );
}

/**
 * The card API for HubSpot cards and the workspace: an account's whole KAM view, its score
 * history, and edits of KAM records. Every call is signed and answers only for the signer's portal.
 * An edit queues a re-score of the account.
 */
export function registerCardApi(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/accounts/:accountId', async (request) => {
    const access = await cardAccess(request, ctx);
    const { tenant } = access;
    const { accountId } = parse(AccountParams, request.params, 'path');
    assertReaches(access, accountId);
    const { port } = await ctx.ports.get(tenant.id);
    const batch = await port.loadSnapshots([accountId]);
    const snapshot = batch.snapshots[0];
    if (batch.notKeyAccounts.includes(accountId))
      throw new HttpError(404, 'service.job.notKeyAccount', { id: accountId }, 'NOT_KEY_ACCOUNT');
    if (!snapshot) {
      const reason = batch.failures[0]?.reason ?? accountId;
      throw new HttpError(404, 'service.error.notFound', { what: reason }, 'NOT_FOUND');
    }
    const model = (await ctx.store.scoringModel(tenant.id)) ?? DEFAULT_MODEL;
    const view = analyseAccount(snapshot, model, new Date(ctx.now()));
    const history = await ctx.store.scoreHistory(tenant.id, accountId, 24);
    return { tenant: tenantInfo(tenant), snapshot, view, history };
  });

  app.get('/api/accounts/:accountId/history', async (request) => {
    const access = await cardAccess(request, ctx);
    const { accountId } = parse(AccountParams, request.params, 'path');
    assertReaches(access, accountId);
    const { limit } = parse(HistoryQuery, request.query, 'query');
    return { history: await ctx.store.scoreHistory(access.tenant.id, accountId, limit) };
  });

  app.put('/api/accounts/:accountId/records/:kind', async (request) => {
    const access = await cardAccess(request, ctx);
    const { tenant } = access;
    const { accountId, kind } = parse(RecordParams, request.params, 'path');
    assertReaches(access, accountId);
    const record = parse(RECORD_SCHEMAS[kind] as unknown as z.ZodType<never>, jsonBody(request), 'body');
    const { port } = await ctx.ports.get(tenant.id);
    await assertOwned(port, accountId, kind, (record as { id: string }).id);
    const saved = await port.saveRecord(accountId, kind, record);
    await ctx.queue.enqueue([
      {
        tenantId: tenant.id,
        subject: accountSubject(accountId),
        requestedAt: ctx.now(),
      },
    ]);
    ctx.metrics.eventsReceived.inc({ source: 'card' });
    ctx.portfolio.invalidate(tenant.id);
    return { record: saved };
  });

  app.delete('/api/accounts/:accountId/records/:kind/:id', async (request, reply) => {
    const access = await cardAccess(request, ctx);
    const { tenant } = access;
    const { accountId, kind, id } = parse(DeleteParams, request.params, 'path');
    assertReaches(access, accountId);
    const { port } = await ctx.ports.get(tenant.id);
    await assertOwned(port, accountId, kind, id);
    await port.deleteRecord(accountId, kind, id);
    await ctx.queue.enqueue([
      {
        tenantId: tenant.id,
        subject: accountSubject(accountId),
        requestedAt: ctx.now(),
      },
    ]);
    ctx.metrics.eventsReceived.inc({ source: 'card' });
    ctx.portfolio.invalidate(tenant.id);
    return reply.code(204).send();
  });
}

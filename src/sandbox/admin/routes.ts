import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { SIDES } from '../faults.js';
import { SideFaults } from '../options.js';
import { SeedRequest } from '../seed/portfolio.js';
import type { SeedReport } from '../seed/portfolio.js';
import type { SandboxCredential, SideContext } from '../side.js';

export interface AdminDeps {
  readonly ctx: SideContext;
  readonly reset: () => void;
  readonly credentials: () => SandboxCredential[];
  readonly seed: (request: SeedRequest) => Promise<SeedReport>;
}

const FaultsBody = z
  .object({ hubspot: SideFaults.partial().optional(), salesforce: SideFaults.partial().optional() })
  .strict();

/** The admin API under `/__sandbox/`: credentials, reset, seed, call statistics, fault injection. */
export async function registerAdmin(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  await app.register(
    async (admin) => {
      admin.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
        const code = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
        return reply.code(code).send({ status: 'error', message: error.message });
      });

      admin.get('/tokens', async () => ({ results: deps.credentials() }));

      admin.post('/reset', async (_request, reply) => {
        deps.reset();
        return reply.code(204).send();
      });

      admin.post('/seed', async (request, reply) => {
        const parsed = SeedRequest.safeParse(request.body ?? {});
        if (!parsed.success) return badRequest(reply, parsed.error);
        return reply.code(201).send(seedAnswer(await deps.seed(parsed.data)));
      });

      admin.get('/stats', async () => deps.ctx.stats.snapshot());
      admin.delete('/stats', async (_request, reply) => {
        deps.ctx.stats.reset();
        return reply.code(204).send();
      });

      admin.get('/faults', async () => currentFaults(deps.ctx));
      admin.post('/faults', async (request, reply) => {
        const parsed = FaultsBody.safeParse(request.body ?? {});
        if (!parsed.success) return badRequest(reply, parsed.error);
        for (const side of SIDES) {
          const patch = parsed.data[side];
          if (patch) deps.ctx.faults.set(side, SideFaults.parse({ ...deps.ctx.faults.get(side), ...patch }));
        }
        return currentFaults(deps.ctx);
      });
      admin.delete('/faults', async () => {
        for (const side of SIDES) deps.ctx.faults.set(side, SideFaults.parse({}));
        return currentFaults(deps.ctx);
      });
    },
    { prefix: '/__sandbox' },
  );
}

/** The report without the id maps (they are for callers in process, not for the wire). */
function seedAnswer(report: SeedReport) {
  const sides = Object.fromEntries(
    Object.entries(report.sides).map(([side, r]) => [
      side,
      { created: r.created, accounts: r.accounts, ms: r.ms },
    ]),
  );
  return { ...report, sides };
}

function currentFaults(ctx: SideContext) {
  return Object.fromEntries(SIDES.map((side) => [side, ctx.faults.get(side)]));
}

function badRequest(reply: FastifyReply, error: z.ZodError) {
  const issue = error.issues[0]!;
  return reply.code(400).send({
    status: 'error',
    message: `${issue.path.join('.') || 'body'}: ${issue.message}`,
    category: 'VALIDATION_ERROR',
  });
}

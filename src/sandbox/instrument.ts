import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultOutcome, SideName } from './faults.js';
import type { SideContext } from './side.js';

export interface SideInstrumentation {
  readonly side: SideName;
  /** the credential a request carries (for stats per token) */
  readonly tokenOf: (request: FastifyRequest) => string | undefined;
  /** answers an injected 429/500/502 in the side's own error shape */
  readonly replyFault: (reply: FastifyReply, kind: 'tooManyRequests' | 'serverError' | 'badGateway') => void;
}

/**
 * Hooks every side shares, added inside the side's plugin so they cover only its routes:
 * counting calls (per route, token, status) and injecting the configured faults.
 */
export function instrumentSide(app: FastifyInstance, ctx: SideContext, inst: SideInstrumentation): void {
  const routeKey = (request: FastifyRequest) =>
    `${request.method} ${request.routeOptions.url ?? '(unmatched)'}`;

  const held = new Set<AbortController>();
  app.addHook('onClose', async () => {
    for (const hold of held) hold.abort();
  });

  app.addHook('onRequest', async (request, reply) => {
    const outcome: FaultOutcome = ctx.faults.roll(inst.side);
    if (outcome.latencyMs > 0) await sleep(outcome.latencyMs);
    if (outcome.kind === 'none') return;
    if (outcome.kind === 'timeout') {
      ctx.stats.record(routeKey(request), inst.tokenOf(request), 0);
      reply.hijack();
      const hold = new AbortController();
      held.add(hold);
      await sleep(outcome.holdMs, undefined, { signal: hold.signal }).catch(() => undefined);
      held.delete(hold);
      request.raw.socket.destroy();
      return;
    }
    inst.replyFault(reply, outcome.kind);
    return reply;
  });

  app.addHook('onResponse', async (request, reply) => {
    ctx.stats.record(routeKey(request), inst.tokenOf(request), reply.statusCode);
  });
}

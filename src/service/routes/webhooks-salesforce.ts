import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../../core/i18n/index.js';
import type { ServiceContext } from '../context.js';
import { requestLang } from '../http/lang.js';
import type { SoapAnswer } from '../intake/index.js';
import { parseOutboundMessage, planOutboundMessage, soapAck, soapFault, toOrgId18 } from '../intake/index.js';
import { claimAndEnqueue, tenantRequest } from './intake-common.js';

const send = (reply: FastifyReply, status: number, answer: SoapAnswer) =>
  reply.code(status).type(answer.contentType).send(answer.body);

/**
 * Failures before the route runs (body too large, unsupported type) answered as SOAP faults too,
 * so the sender always gets the protocol it speaks; anything unexpected is a `Server` fault.
 */
function soapErrorHandler(ctx: ServiceContext) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const lang = requestLang(request, ctx.config.KAM_LANG);
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'outbound message failed');
      return send(reply, 500, soapFault('Server', t('service.error.unavailable', lang)));
    }
    const tooLarge = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
    ctx.metrics.eventsRejected.inc({ source: 'salesforce', reason: tooLarge ? 'too-large' : 'malformed' });
    const message = tooLarge
      ? t('service.error.tooLarge', lang, { max: ctx.config.KAM_MAX_BODY_BYTES })
      : t('service.error.badBody', lang, { problem: error.message });
    return send(reply, status, soapFault('Client', message));
  };
}

/**
 * `POST /webhooks/salesforce`: an outbound message (SOAP). The organization must be an installed
 * tenant; notifications are de-duplicated on their ids; the Ack is sent only once the work is
 * queued durably, so Salesforce keeps retrying anything not yet safe.
 */
export function registerSalesforceWebhooks(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/webhooks/salesforce', { errorHandler: soapErrorHandler(ctx) }, async (request, reply) => {
    const lang = requestLang(request, ctx.config.KAM_LANG);
    const body = typeof request.body === 'string' ? request.body : undefined;
    if (body === undefined) {
      ctx.metrics.eventsRejected.inc({ source: 'salesforce', reason: 'malformed' });
      return send(
        reply,
        415,
        soapFault(
          'Client',
          t('service.error.badBody', lang, { problem: 'expected a SOAP envelope (text/xml)' }),
        ),
      );
    }
    const parsed = parseOutboundMessage(body);
    if (!parsed.ok) {
      ctx.metrics.eventsRejected.inc({ source: 'salesforce', reason: 'malformed' });
      return send(
        reply,
        400,
        soapFault('Client', t('service.error.badBody', lang, { problem: parsed.problem.message })),
      );
    }
    const message = parsed.value;
    const orgId = toOrgId18(message.organizationId);
    const tenant = await ctx.store.tenantByExternalId('salesforce', orgId);
    if (!tenant) {
      ctx.metrics.eventsRejected.inc({ source: 'salesforce', reason: 'unknown-organization' });
      request.log.warn(
        { organizationId: orgId },
        'outbound message of an organization without an installation',
      );
      return send(
        reply,
        403,
        soapFault('Client', t('service.error.unknownTenant', lang, { crm: 'Salesforce', id: orgId })),
      );
    }
    const { fresh, duplicates } = await claimAndEnqueue(
      ctx,
      message.notifications,
      (n) => `salesforce:${orgId}:${n.id}`,
      (notifications) =>
        planOutboundMessage({ ...message, notifications }, ctx.now()).requests.map((r) =>
          tenantRequest(tenant.id, r),
        ),
    );
    ctx.metrics.eventsDuplicate.inc({ source: 'salesforce' }, duplicates);
    ctx.metrics.eventsReceived.inc({ source: 'salesforce' }, fresh.length);
    return send(reply, 200, soapAck());
  });
}

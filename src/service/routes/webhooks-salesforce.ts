import type { FastifyInstance, FastifyReply } from 'fastify';
import { t } from '../../core/i18n/index.js';
import type { ServiceContext } from '../context.js';
import type { SoapAnswer } from '../intake/index.js';
import { parseOutboundMessage, planOutboundMessage, soapAck, soapFault, toOrgId18 } from '../intake/index.js';
import { checkedRequest, claimAndEnqueue } from './intake-common.js';

const send = (reply: FastifyReply, status: number, answer: SoapAnswer) =>
  reply.code(status).type(answer.contentType).send(answer.body);

/**
 * `POST /webhooks/salesforce`: an outbound message (SOAP). The organization must be an installed
 * tenant; notifications are de-duplicated on their ids; the Ack is sent only once the work is
 * queued durably, so Salesforce keeps retrying anything not yet safe.
 */
export function registerSalesforceWebhooks(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/webhooks/salesforce', async (request, reply) => {
    const lang = ctx.config.KAM_LANG;
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
          checkedRequest('salesforce', tenant.id, r),
        ),
    );
    ctx.metrics.eventsDuplicate.inc({ source: 'salesforce' }, duplicates);
    ctx.metrics.eventsReceived.inc({ source: 'salesforce' }, fresh.length);
    return send(reply, 200, soapAck());
  });
}

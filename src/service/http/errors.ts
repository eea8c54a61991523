import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang, MessageKey, MessageParams } from '../../core/i18n/index.js';
import { t } from '../../core/i18n/index.js';
import { requestLang } from './lang.js';

/** An answer with a status and a message in the reader's language. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    /** A stable code for programs (`BAD_SIGNATURE`, `UNKNOWN_TENANT`, …). */
    readonly code: string = 'ERROR',
  ) {
    super(t(key, 'en', params));
  }
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ status: 'error', code, message });
}

/**
 * Every failure leaves as `{ status, code, message }` with the message in the reader's language;
 * Fastify's own 4xx (bad JSON, body too large, unsupported type) included; an unexpected error is
 * logged with a reference and answered 500 without details.
 */
export function installErrorHandler(app: FastifyInstance, defaultLang: Lang, maxBodyBytes: number): void {
  app.setErrorHandler((error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply) => {
    const lang = requestLang(request, defaultLang);
    if (error instanceof HttpError)
      return sendError(reply, error.statusCode, error.code, t(error.key, lang, error.params));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendError(reply, 413, 'TOO_LARGE', t('service.error.tooLarge', lang, { max: maxBodyBytes }));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500)
      return sendError(
        reply,
        status,
        error.code ?? 'BAD_REQUEST',
        t('service.error.badBody', lang, { problem: error.message }),
      );
    const ref = randomUUID().slice(0, 8);
    request.log.error({ err: error, ref }, 'request failed');
    return sendError(reply, 500, 'INTERNAL', t('service.error.internal', lang, { ref }));
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      404,
      'NOT_FOUND',
      t('service.error.notFound', requestLang(request, defaultLang), {
        what: `${request.method} ${request.url.split('?')[0]}`,
      }),
    ),
  );
}

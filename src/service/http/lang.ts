import type { FastifyRequest } from 'fastify';
import type { Lang } from '../../core/i18n/index.js';

/** The reader's language: `?lang=`, else the first de/en in Accept-Language, else the default. */
export function requestLang(request: FastifyRequest, fallback: Lang): Lang {
  const q = (request.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'de' || q === 'en') return q;
  const header = request.headers['accept-language'];
  if (typeof header === 'string')
    for (const part of header.split(',')) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if (tag === 'de' || tag === 'en') return tag;
    }
  return fallback;
}

import { CardApiError } from './api.js';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';

/**
 * What a person reads about a failure: the service's own message (already in the user's language) or
 * the client's localized one; anything else (a script error, in English) as a general text.
 */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof CardApiError && error.message) return error.message;
  return t('card.error.unexpected', lang);
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof CardApiError ? error.code : undefined;
}
